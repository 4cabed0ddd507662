using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Harbour councillor Vera Lisk of the Tidewater Party blamed …": the party or place after a person's name and "of" is
/// their affiliation, never the speaker — also when the lexicon does not know the given name, as long as a word for a
/// person comes before the name or "of the" after it. An organization named with "of" ("Friends of the Coast") stays whole.
/// </summary>
public sealed class AffiliationAfterDescribedNameTests
{
    [Fact]
    public void ThePartyAfterADescribedNameIsNotTheSpeaker()
    {
        var quote = Assert.Single(Quotes("Harbour councillor Vera Lisk of the Tidewater Party, who chairs the audit panel, blamed the port board for \"a habit of secrecy\"."));
        Assert.Equal(("Vera Lisk", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void ThePlaceAfterADescribedNameIsNotPartOfIt()
    {
        var quote = Assert.Single(Quotes("Harbour councillor Vera Lisk of Greenfield said the port board had misled the council."));
        Assert.Equal("Vera Lisk", quote.Speaker?.Name);
    }

    [Fact]
    public void TwoNamesBeforeOfTheAreAPersonWithTheirAffiliation()
    {
        var quote = Assert.Single(Quotes("Vera Lisk of the Tidewater Party said the port board had misled the council."));
        Assert.Equal("Vera Lisk", quote.Speaker?.Name);
    }

    [Fact]
    public void AnOrganizationNamedWithOfTheStaysWhole()
    {
        var quote = Assert.Single(Quotes("Friends of the Coast said the port board had misled the council."));
        Assert.Equal("Friends of the Coast", quote.Speaker?.Name);
    }
}
