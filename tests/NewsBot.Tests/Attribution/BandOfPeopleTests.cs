using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Citizens' groups named for their members and their cause ("Parents for …", "Friends of …"): an organization,
/// whole, never a person called by the words after "for" or "of"; and "the group" after it is that group.
/// </summary>
public sealed class BandOfPeopleTests
{
    [Fact]
    public void AGroupNamedWithForIsAnOrganizationKeptWhole()
    {
        var quotes = Quotes("Taxpayers for Quiet Streets said the bypass plan was rushed. \"Nobody asked the orchard growers,\" the group wrote.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Taxpayers for Quiet Streets", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker!.Type)));
    }

    [Fact]
    public void AGroupNamedWithOfIsAnOrganizationAndTheGroupAfterIt()
    {
        var quotes = Quotes("Friends of Lantern Bay, a watchdog group, said on Friday that the ferry fare was too high.\n\n\"The board ignored every warning,\" the group wrote in a letter.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Friends of Lantern Bay", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker!.Type)));
    }

    [Fact]
    public void ADayBeforeTheGroupsNameIsNoPartOfIt()
    {
        var quotes = Quotes("On Friday Friends of Lantern Bay, a watchdog group, said the ferry fare was too high.\n\n\"The board ignored every warning,\" the group wrote in a letter.");
        Assert.Equal("Friends of Lantern Bay", Assert.Single(quotes, q => q.Cue?.Text.StartsWith("wrote") == true).Speaker?.Name);
    }

    [Fact]
    public void AnArticleInsideTheCauseStaysInTheName()
    {
        var quote = Assert.Single(Quotes("Neighbors for the Old Mill Park said the road plan was rushed."));
        Assert.Equal("Neighbors for the Old Mill Park", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void AWordThatOnlyModifiesATitleInTheCauseStaysInTheName()
    {
        var quote = Assert.Single(Quotes("Veterans of Foreign Marches said the memorial at Dunmere would be rebuilt by spring."));
        Assert.Equal(("Veterans of Foreign Marches", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }
}
