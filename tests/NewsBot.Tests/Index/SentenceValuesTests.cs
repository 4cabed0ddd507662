using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Index;

public sealed class SentenceValuesTests
{
    [Fact]
    public void ASentenceComesBackFromTheIndexWithItsAttributionHeadlineAndPlace()
    {
        using var articles = new TempFolder();
        using var index = new TempFolder();
        File.WriteAllText(articles["harbor.txt"], "Harbor plan wins council vote\n\nCouncil backs the plan\n\n\"We will dredge the channel by May,\" Mayor Vera Lind said on Tuesday. The vote was 7 to 2.\n");
        using var store = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        store.Synchronize();

        var (quote, _) = store.Index.Search(new TermQuery(new Term("text", "dredg")), 1).Single();
        var (narration, _) = store.Index.Search(new TermQuery(new Term("text", "vote")), 5).Single(h => h.Sentence.Text.StartsWith("The vote"));
        var (heading, _) = store.Index.Search(new TermQuery(new Term("text", "back")), 1).Single();

        Assert.Equal(("harbor", "Harbor plan wins council vote", 2, QuoteKind.Direct), (quote.ArticleId, quote.Headline, quote.Paragraph, quote.Kind));
        Assert.Equal("Vera Lind", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
        Assert.Equal("Mayor", quote.Speaker?.Role);
        Assert.Equal("\"We will dredge the channel by May,\" Mayor Vera Lind said on Tuesday.", quote.Text);
        Assert.Equal((null, null, quote.Position + 1, false), (narration.Kind, narration.Speaker, narration.Position, narration.IsHeading));
        Assert.True(heading.IsHeading);
        var source = File.ReadAllText(articles["harbor.txt"]);
        Assert.Equal(quote.Text, source[quote.Start..quote.End]);
    }

    [Fact]
    public void ASentenceTooLongForADocValueIsStoredAndReadBackWhole()
    {
        using var articles = new TempFolder();
        using var index = new TempFolder();
        var endless = "The council debated " + string.Join(" and ", Enumerable.Range(0, 5_000).Select(i => $"item{i}")) + " until dawn.";
        File.WriteAllText(articles["long.txt"], $"Long meeting\n\n{endless}\n");
        using var store = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        store.Synchronize();

        var (sentence, _) = store.Index.Search(new TermQuery(new Term("text", "dawn")), 1).Single();

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(sentence.Text) > 32_766);
        Assert.Equal(endless, sentence.Text);
    }
}
