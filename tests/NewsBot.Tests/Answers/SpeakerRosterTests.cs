using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Answers;

public sealed class SpeakerRosterTests
{
    private static readonly SpeakerRoster Roster = new(
    [
        new SpeakerCount("Obama's former campaign strategist (unnamed)", SpeakerType.Person, null, 3, 3, 0, ["Obama's former campaign strategist"]),
        new SpeakerCount("Barack Obama", SpeakerType.Person, "President", 1, 1, 0, ["Obama"]),
        new SpeakerCount("James O'Neill", SpeakerType.Person, "Commissioner", 2, 2, 0, ["O'Neill"]),
    ]);

    [Fact]
    public void AnOwnerInADescriptionIsSomeoneElse()
    {
        Assert.Equal(["Barack Obama"], Roster.Match("Obama"));
        Assert.Empty(new SpeakerRoster(Roster.Speakers.Where(s => s.Name != "Barack Obama")).Match("Obama"));
        Assert.Equal(["Obama's former campaign strategist (unnamed)"], Roster.Match("the campaign strategist"));
    }

    [Fact]
    public void ASpeakerGivenTwoTitlesInTwoArticlesIsFoundByEither()
    {
        var roster = new SpeakerRoster(
        [
            new SpeakerCount("Tomas Brill", SpeakerType.Person, "Sen.", 2, 2, 0, ["Brill"]),
            new SpeakerCount("Tomas Brill", SpeakerType.Person, "Oregon Sen.", 3, 3, 0, ["Brill", "The senator"]),
        ]);
        Assert.Equal(["Tomas Brill"], roster.Match("the Oregon senator"));
        Assert.Equal(["Sen.", "Oregon Sen."], roster.Roles("Tomas Brill"));
    }

    [Fact]
    public void AChiefExecutiveIsTheCeoOfTheCompanyWhoseTitleItIs()
    {
        var roster = new SpeakerRoster(
        [
            new SpeakerCount("Ada Corrigall", SpeakerType.Person, "Quarrie Labs' chief executive", 3, 2, 1, ["Corrigall"]),
            new SpeakerCount("Otto Vance", SpeakerType.Person, "Halcyon's chief financial officer", 1, 1, 0, ["Vance"]),
            new SpeakerCount("Quarrie Labs", SpeakerType.Organization, null, 1, 0, 1),
        ]);
        Assert.Equal(["Ada Corrigall"], roster.Match("the Quarrie CEO"));
        Assert.Equal(["Ada Corrigall"], roster.Match("the CEO"));
        Assert.Equal(["Otto Vance"], roster.Match("the Halcyon CFO"));
        // the title's owner narrows the title down, but is no name of the person
        Assert.Empty(roster.Match("the Halcyon CEO"));
        Assert.Equal(["Quarrie Labs"], roster.Match("Quarrie"));
    }

    [Fact]
    public void AnOrganisationIsFoundByItsInitials()
    {
        var roster = new SpeakerRoster(
        [
            new SpeakerCount("Coastal Ferry Authority", SpeakerType.Organization, null, 2, 0, 2, ["the authority"]),
            new SpeakerCount("Carla Fenn Aldana", SpeakerType.Person, "Mayor", 1, 1, 0, ["Aldana"]),
        ]);
        // the mayor's initials are the same letters, but a person's initials are not how anyone asks for them
        Assert.Equal(["Coastal Ferry Authority"], roster.Match("the CFA"));
    }

    [Fact]
    public void AnOrganisationIsFoundWithTheOwnerItsNameOpensWith()
    {
        var roster = new SpeakerRoster([new SpeakerCount("Norland's Interior Ministry", SpeakerType.Organization, null, 2, 0, 2, ["The ministry"])]);
        Assert.Equal(["Norland's Interior Ministry"], roster.Match("Norland's interior ministry"));
        Assert.Equal(["Norland's Interior Ministry"], roster.Match("the interior ministry"));
        // the owner alone is someone else: Norland is not its ministry
        Assert.Empty(roster.Match("Norland"));
    }

    [Fact]
    public void AnApostropheInsideANameStillMatches() => Assert.Equal(["James O'Neill"], Roster.Match("O'Neill"));

    [Fact]
    public void ADescriptionOwnedBySomeoneNotQuotedDoesNotAnswerForThem()
    {
        var roster = new SpeakerRoster([new SpeakerCount("the mayor's spokesman (unnamed)", SpeakerType.Person, null, 1, 1, 0, ["the mayor's spokesman"])]);
        Assert.Empty(roster.Match("the mayor"));
        Assert.Single(roster.Match("the spokesman"));
    }

    [Fact]
    public void AnAbbreviatedTitleAndTheWordsLinkingADescriptionStillMatch()
    {
        var roster = new SpeakerRoster(
        [
            new SpeakerCount("Elizabeth Warren", SpeakerType.Person, "Massachusetts Sen.", 4, 4, 0, ["Warren"]),
            new SpeakerCount("Ted Cruz", SpeakerType.Person, "Sen.", 3, 3, 0, ["Cruz"]),
            new SpeakerCount("Chris Christie", SpeakerType.Person, "New Jersey Gov.", 2, 2, 0, ["Christie"]),
        ]);
        Assert.Equal(["Elizabeth Warren"], roster.Match("the senator from Massachusetts"));
        Assert.Equal(["Chris Christie"], roster.Match("the governor of New Jersey"));
        Assert.Equal(2, roster.Match("the senator").Count);
    }

    [Fact]
    public void ATitleHolderOutranksAnUnnamedSourceAndSomeoneOnceDescribedByTheTitle()
    {
        var roster = new SpeakerRoster(
        [
            new SpeakerCount("state senator (unnamed)", SpeakerType.Person, null, 2, 2, 0, ["the state senator"]),
            new SpeakerCount("Lena Fisk", SpeakerType.Person, null, 3, 3, 0, ["Fisk", "The former first lady and state senator"]),
            new SpeakerCount("Ana Ruiz", SpeakerType.Person, "Democratic Sen.", 1, 1, 0, ["Ruiz"]),
        ]);
        Assert.Equal(["Ana Ruiz"], roster.Match("the senator"));
        Assert.Equal(["state senator (unnamed)"], roster.Match("the state senator"));
    }
}
