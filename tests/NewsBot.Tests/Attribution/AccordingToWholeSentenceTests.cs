using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Minister X has urged …, and the cabinet is expected to …, according to three people familiar with the draft": the
/// unnamed source vouches for the whole sentence; the minister is not quoted.
/// </summary>
public sealed class AccordingToWholeSentenceTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void AnUnnamedSourceAfterConjoinedClausesReportsTheWholeSentence()
    {
        var quotes = BodyQuotes("Housing Minister Petra Lund has repeatedly urged landlords to freeze rents, and the cabinet is expected to approve new rules next month, "
            + "according to three people familiar with the draft.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Petra Lund");
        var quote = Assert.Single(quotes);
        Assert.Contains("cabinet is expected", quote.Content[0].Text);
    }

    [Fact]
    public void ANamedSourceLeavesTheSubjectsWordsHis()
    {
        var quotes = BodyQuotes("Housing Minister Petra Lund has repeatedly urged landlords to freeze rents, according to the Valdoria Herald.");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Petra Lund");
    }
}
