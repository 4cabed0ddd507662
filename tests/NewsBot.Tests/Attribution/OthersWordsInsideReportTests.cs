using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The trust said the plan had been described as “a betrayal” by residents": quoted words that a body's report gives
/// to others are theirs, never the body's; the sentence is shown as the others' words or as nobody's.
/// </summary>
public sealed class OthersWordsInsideReportTests
{
    private const string Lead = "The Tessby Harbour Trust defended its plan for the old quay on Monday.\n\n";

    [Theory]
    [InlineData("The trust said the plan had been described as \u201ca betrayal\u201d by residents.", "a betrayal")]
    [InlineData("The trust said what critics called \u201cdaylight robbery\u201d was lawful.", "daylight robbery")]
    [InlineData("The trust said the levy, which opponents have branded \u201ca tax on the poor,\u201d would be dropped next year.", "a tax on the poor")]
    public void TheQuotedWordsAreNotTheBodysStatement(string sentence, string words)
    {
        var article = Attribute("Headline\n\n" + Lead + sentence);
        var said = article.Sentences.Single(s => s.Text.Contains(words, StringComparison.Ordinal));
        Assert.NotEqual("Tessby Harbour Trust", article.QuoteOf(said)?.Speaker?.Name);
        Assert.DoesNotContain(article.Quotes, q => q.Speaker?.Name == "Tessby Harbour Trust" && q.Kind != Knowledge.Attribution.QuoteKind.Indirect && ContentOf(q).Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void TheBodysReportStaysItsOwn()
    {
        var quotes = Quotes(Lead + "The trust said the plan had been described as \u201ca betrayal\u201d by residents.");
        Assert.Contains(quotes, q => q.Paragraph == 2 && q.Speaker?.Name == "Tessby Harbour Trust" && ContentOf(q).StartsWith("the plan had been described", StringComparison.Ordinal));
    }
}
