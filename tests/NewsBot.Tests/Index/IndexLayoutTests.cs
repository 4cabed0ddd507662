using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Index;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Index;

/// <summary>An index written by another version of NewsBot, whose fields the current one could not add to, is rebuilt.</summary>
public sealed class IndexLayoutTests
{
    // an index as an earlier NewsBot wrote it: the sentence's place as a numeric doc value, no layout kept with the commit
    private static void WriteEarlierIndex(string path)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(path));
        using var analyzer = new Lucene.Net.Analysis.En.EnglishAnalyzer(SentenceIndex.Version);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SentenceIndex.Version, analyzer));
        writer.AddDocument(new Document
        {
            new StringField("type", "sentence", Field.Store.NO), new StringField("article", "old", Field.Store.NO),
            new TextField("text", "The old harbor wall held.", Field.Store.NO), new NumericDocValuesField("place", 42),
        });
        writer.Commit();
    }

    [Fact]
    public void AnIndexWrittenWithAnotherLayoutIsRebuiltFromTheArticles()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        WriteEarlierIndex(index.Path);
        var logger = new RecordingLogger<KnowledgeStore>();

        using var store = new KnowledgeStore(articles.Path, index.Path, logger);
        var result = store.Synchronize();

        Assert.Equal(1, result.Indexed);
        Assert.Contains(logger.Entries, e => e.Message.Contains("written by another version of NewsBot"));
        Assert.DoesNotContain(store.Index.Search(new Lucene.Net.Search.TermQuery(new Term("text", "wall")), 5), h => h.Sentence.ArticleId == "old");
        Assert.NotEmpty(store.Index.Search(new Lucene.Net.Search.TermQuery(new Term("text", "psaki")), 5));
    }

    [Fact]
    public void AnIndexWrittenBeforeSentencesKeptTheirSeveralSpeakersIsRebuilt()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        // the layout before a sentence kept every speaker it reports: its other speakers would find nothing
        using (var directory = new NIOFSDirectory(new DirectoryInfo(index.Path)))
        using (var analyzer = new Lucene.Net.Analysis.En.EnglishAnalyzer(SentenceIndex.Version))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SentenceIndex.Version, analyzer)))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["newsbot.layout"] = "4" });
            writer.Commit();
        }
        var logger = new RecordingLogger<KnowledgeStore>();

        using var store = new KnowledgeStore(articles.Path, index.Path, logger);
        store.Synchronize();

        Assert.Contains(logger.Entries, e => e.Message.Contains("written by another version of NewsBot"));
    }

    [Fact]
    public void AnIndexOfTheCurrentLayoutIsReopenedAsItIs()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var index = new TempFolder();
        using (var first = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>())) first.Synchronize();
        var logger = new RecordingLogger<KnowledgeStore>();

        using var second = new KnowledgeStore(articles.Path, index.Path, logger);

        Assert.Equal(new KnowledgeStore.SyncResult(Indexed: 0, Reused: 1, Skipped: 0, Removed: 0), second.Synchronize());
        Assert.DoesNotContain(logger.Entries, e => e.Message.Contains("another version"));
    }
}
