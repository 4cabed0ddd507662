using Microsoft.Extensions.Logging;
using NewsBot.Knowledge;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Index;

public sealed class KnowledgeStoreTests
{
    [Fact]
    public void BrokenArticleFilesAreSkippedWithAWarningNamingThemAndTheOthersAreIndexed()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        File.WriteAllBytes(articles["empty.txt"], []);
        File.WriteAllBytes(articles["binary.txt"], [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]);
        File.WriteAllBytes(articles["latin1.txt"], [0x43, 0x61, 0x66, 0xE9, 0x0A, 0x4F, 0x6B, 0x2E]);
        var logger = new RecordingLogger<KnowledgeStore>();
        using var store = new KnowledgeStore(articles.Path, index.Path, logger);

        var result = store.Synchronize();

        Assert.Equal(1, result.Indexed);
        Assert.Equal(3, result.Skipped);
        Assert.True(store.IsReady);
        var warnings = logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        foreach (var name in new[] { "empty.txt", "binary.txt", "latin1.txt" })
            Assert.Contains(warnings, w => w.Contains(name));
        Assert.NotEmpty(store.Index.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("text", "psaki")), 5));
    }

    [Fact]
    public void ManyMoreArticlesThanTheQueueBetweenAttributionAndIndexingHoldsAreEachIndexedOnceInFolderOrder()
    {
        using var articles = new TempFolder();
        using var index = new TempFolder();
        // several times the queue's bound (four per core), with unreadable files among them, so attributors wait on
        // the index writers and skipped articles leave holes in the order
        int count = 8 * Environment.ProcessorCount + 20;
        for (int i = 0; i < count; i++)
        {
            if (i % 9 == 4) File.WriteAllBytes(articles[$"article-{i:D3}.txt"], []);
            else File.WriteAllText(articles[$"article-{i:D3}.txt"], $"Ferry number {i} sails again\n\"We are ready,\" harbor master Ines Okafor said of ferry {i}.\n");
        }
        using var store = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());

        var result = store.Synchronize();

        var expected = Enumerable.Range(0, count).Where(i => i % 9 != 4).Select(i => $"article-{i:D3}").ToList();
        Assert.Equal(new KnowledgeStore.SyncResult(Indexed: expected.Count, Reused: 0, Skipped: count - expected.Count, Removed: 0), result);
        Assert.Equal(expected, store.Articles.Select(a => a.Id));
        Assert.Equal(2 * expected.Count, store.Index.SentenceCount());
    }

    [Fact]
    public void ASecondStoreOnAnIndexInUseIsRefusedAndTheIndexIsKept()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        using var store = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        store.Synchronize();
        var files = Directory.GetFiles(index.Path).Order().ToList();

        var refused = Assert.Throws<InvalidOperationException>(() => new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>()));

        Assert.Contains("in use by another process", refused.Message);
        Assert.Equal(files, Directory.GetFiles(index.Path).Order().ToList());
        Assert.NotEmpty(store.Index.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("text", "psaki")), 5));
    }

    [Fact]
    public void AnUnchangedArticleIsReusedAndAChangedOrRemovedOneIsNot()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        File.WriteAllText(articles["second.txt"], "Second headline\nThe mayor said the bridge will reopen in May.\n");
        using (var first = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>()))
            Assert.Equal(2, first.Synchronize().Indexed);

        File.AppendAllText(articles["second.txt"], "\"It is safe,\" the mayor said.\n");
        File.Delete(articles["white-house-russia-could-attack-ukraine.txt"]);
        File.WriteAllText(articles["third.txt"], "Third headline\nNothing else happened.\n");
        using var second = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        var result = second.Synchronize();

        Assert.Equal(new KnowledgeStore.SyncResult(Indexed: 2, Reused: 0, Skipped: 0, Removed: 1), result);
        Assert.Equal(["second", "third"], second.Articles.Select(a => a.Id).Order());
    }

    [Fact]
    public void ReindexingManyArticlesLeavesNoDeletedDocumentsBehind()
    {
        using var articles = new TempFolder();
        using var index = new TempFolder();
        for (int i = 0; i < 20; i++) File.WriteAllText(articles[$"a{i}.txt"], $"Headline {i}\nThe mayor said bridge {i} will reopen in May.\n");
        using var store = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        store.Synchronize();

        // half of them change: their old documents share segments with the unchanged ones
        for (int i = 0; i < 10; i++) File.WriteAllText(articles[$"a{i}.txt"], $"Headline {i}\nThe mayor said bridge {i} will reopen in June.\n");
        store.Synchronize();

        Assert.Equal(0, store.Index.DeletedDocuments());
        Assert.Equal(10, store.Index.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("text", store.Index.Terms("June")[0])), 50).Count);
        Assert.Equal(10, store.Index.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("text", store.Index.Terms("May")[0])), 50).Count);
    }

    [Fact]
    public void ReindexingIsIdempotent()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        using (var first = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>())) first.Synchronize();
        using var again = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        int sentences = again.Index.SentenceCount();

        var result = again.Synchronize();
        again.Synchronize();

        Assert.Equal(0, result.Indexed);
        Assert.Equal(1, result.Reused);
        Assert.Equal(sentences, again.Index.SentenceCount());
        Assert.Equal(22, sentences);
    }

    [Fact]
    public void ACorruptedIndexIsRebuiltFromTheArticles()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        using (var first = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>())) first.Synchronize();
        foreach (var file in Directory.GetFiles(index.Path).Where(f => !f.EndsWith("write.lock")))
            File.WriteAllBytes(file, [1, 2, 3, 4, 5]);

        var logger = new RecordingLogger<KnowledgeStore>();
        using var store = new KnowledgeStore(articles.Path, index.Path, logger);
        var result = store.Synchronize();

        Assert.Equal(1, result.Indexed);
        Assert.Equal(22, store.Index.SentenceCount());
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("rebuilding"));
    }

    [Fact]
    public void AWriteLockLeftByAKilledProcessDoesNotBlockTheNextStart()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        using (var first = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>())) first.Synchronize();
        File.WriteAllText(Path.Combine(index.Path, "write.lock"), "");

        using var store = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        Assert.Equal(1, store.Synchronize().Reused);
    }
}
