using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Drummond Vale Rugby League said …", "the panel said in its written decision": a league and a panel are bodies
/// that speak as one, never a person.
/// </summary>
public sealed class SportBodyTypeTests
{
    [Fact]
    public void ALeagueIsAnOrganization()
    {
        var quote = Assert.Single(Quotes("The Drummond Vale Rugby League said on Friday it backed the ban."));
        Assert.Equal("Drummond Vale Rugby League", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void APanelIsAnOrganization()
    {
        var quote = Assert.Single(Quotes("The forward was suspended for four matches on Tuesday, the panel said in its written decision."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
