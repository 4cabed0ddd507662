using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the premier said" after "North Velland's premier, Oskar Brede,"; "the company said" after "Harvik Motorworks, the
/// Swedish carmaker," or "the vessel's operator, PT Laut Biru Lines,": the title or the word for a company finds the one
/// the article named with it, whatever the owner's name or the trade it gave.
/// </summary>
public sealed class TradeAndOwnerTests
{
    [Fact]
    public void AnOwnerOfTwoWordsStillDescribesTheNameAfterIt()
    {
        var quotes = Quotes("Talks\n\nNorth Velland's premier, Oskar Brede, said the region would fight the plan.\n\n"
            + "\"We will not let them go quietly,\" the premier said. \"Not this time.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Oskar Brede", q.Speaker?.Name));
    }

    [Fact]
    public void TheCompanyIsTheCarmakerTheLedeNamed()
    {
        var quotes = Quotes("Closure\n\nHarvik Motorworks, the Swedish carmaker, will shut a parts depot in Brenn next spring.\n\n"
            + "The company said the work would go to its site near Varlo.");
        Assert.Equal(("Harvik Motorworks", SpeakerType.Organization), Assert.Single(quotes).Speaker is { } s ? (s.Name, s.Type) : default);
    }

    [Fact]
    public void TheCompanyIsTheOperatorNamedJustBefore()
    {
        var quotes = Quotes("Ferry\n\nAt least 12 people died when the boat sank on Thursday.\n\n"
            + "The vessel's operator, PT Laut Biru Lines, said its crew had trained for storms.\n\n"
            + "\"We are helping every family,\" the company said in a statement.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("PT Laut Biru Lines", SpeakerType.Organization), q.Speaker is { } s ? (s.Name, s.Type) : default));
    }
}
