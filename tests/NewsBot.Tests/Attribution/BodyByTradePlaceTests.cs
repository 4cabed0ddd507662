using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the brewery said in a statement" after "Fenwick Brewing Co.": a word for the place a trade is done is a body,
/// never a person, and it is the one organization named for that trade ("-ery" and "-ing"); two such leave it unnamed.
/// </summary>
public sealed class BodyByTradePlaceTests
{
    [Fact]
    public void TheBreweryIsTheOneBodyNamedForBrewing()
    {
        var quotes = Quotes("Fenwick Brewing Co. has recalled 40,000 bottles of its pale ale after a customer found glass in one.\n\nThe brewery said in a statement that no one had been hurt.");
        var quote = Assert.Single(quotes);
        Assert.Equal(("Fenwick Brewing Co.", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void TwoBodiesNamedForBrewingLeaveTheBreweryUnnamed()
    {
        var quotes = Quotes("Fenwick Brewing Co. and Oster Brewing Co. were fined on Monday after beer spilled into the river.\n\nThe brewery said in a statement that no one had been hurt.");
        var quote = Assert.Single(quotes);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
        Assert.DoesNotContain("Brewing", quote.Speaker?.Name);
    }
}
