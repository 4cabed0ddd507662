using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Minister X has urged …, and the parliament is expected to …, according to three people close to the negotiations": the
/// unnamed source vouches for the whole sentence; the minister is not quoted.
/// </summary>
public sealed class AccordingToWholeSentenceTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void AnUnnamedSourceAfterConjoinedClausesReportsTheWholeSentence()
    {
        var quotes = BodyQuotes("Trade Minister Petra Lund has urged exporters to hire more apprentices, and the parliament is expected to vote on a training levy before summer, "
            + "according to three people close to the negotiations.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Petra Lund");
        var quote = Assert.Single(quotes);
        Assert.Contains("parliament is expected", quote.Content[0].Text);
    }

    [Fact]
    public void ANamedSourceLeavesTheSubjectsWordsHis()
    {
        var quotes = BodyQuotes("Trade Minister Petra Lund has urged exporters to hire more apprentices, according to the Valdoria Herald.");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Petra Lund");
    }
}
