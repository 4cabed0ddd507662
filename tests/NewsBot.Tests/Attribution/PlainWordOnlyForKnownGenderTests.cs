using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the woman, <Name>" names the one unnamed person quoted before only when the article showed that person to be a
/// woman: a consultant who requested anonymity, of no told gender, is never merged with a traveller named later.
/// </summary>
public sealed class PlainWordOnlyForKnownGenderTests
{
    [Fact]
    public void AnUnnamedSourceOfNoToldGenderIsNotTheWomanNamedLater()
    {
        var quotes = Quotes("A fleet consultant who requested anonymity said the collapse was no surprise to lenders. \"It took too long,\" the consultant said.\n\n"
            + "A retired teacher waited at the counter.\n\n\"Nobody told me anything,\" said the woman, Odile Varga, 71.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes.Take(2), q => Assert.NotEqual("Odile Varga", q.Speaker?.Name));
        Assert.Equal("Odile Varga", quotes[2].Speaker?.Name);
    }
}
