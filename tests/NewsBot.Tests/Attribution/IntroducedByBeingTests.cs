using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Among those waiting was a retired tram driver … “…,” he said. ¶ The driver, Otto Kessler, said …": a person
/// introduced after "was a" is the "he" right after, and the one the next paragraph names.
/// </summary>
public sealed class IntroducedByBeingTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void TheHeAfterAnIntroducedDriverIsTheDriverNamedNext()
    {
        var quotes = BodyQuotes("Among the commuters was a retired tram driver who worked the night line until 2019. \"I have never seen it this bad,\" he said.\n\n"
            + "The driver, Otto Kessler, 71, said the trams used to come every ten minutes.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Otto Kessler", q.Speaker?.Name));
    }

    [Fact]
    public void AGroupIntroducedIsNoHe()
    {
        var quotes = BodyQuotes("Among the commuters were retired tram drivers who worked the night line for decades. \"I have never seen it this bad,\" he said.");
        Assert.Null(Assert.Single(quotes).Speaker);
    }
}
