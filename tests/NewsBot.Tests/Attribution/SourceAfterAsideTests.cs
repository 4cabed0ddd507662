using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// What stands between a speaker's name and the cue — a party label, an apposition with a number in it, a
/// description before the name — leaves the speaker the subject, never a phrase after the cue ("Ruiz's plan").
/// </summary>
public sealed class SourceAfterAsideTests
{
    [Theory]
    [InlineData("D-Minn.")]
    [InlineData("R-Ky.")]
    public void APartyLabelWithItsPeriodLeavesTheLawmakerTheSpeaker(string label)
    {
        var quotes = Quotes($"Sen. Alma Trask, {label}, praised Ana Ruiz's ferry plan, saying the nominee had \"done more than anyone.\"");
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("Alma Trask", q.Speaker?.Name));
    }

    [Fact]
    public void AnAppositionCountingMembersLeavesTheUnionTheSpeaker()
    {
        var quotes = Quotes("A poll by Tidewatch Research found that most riders blame the council.\n\nThe Harbor Crews Alliance, a union that represents about 4,000 deckhands, said its members \"will not be pawns.\" The union urged the council to pass the fare bill.");
        Assert.Equal(2, quotes.Count(q => q.Paragraph == 2));
        Assert.All(quotes.Where(q => q.Paragraph == 2), q => Assert.Equal("Harbor Crews Alliance", q.Speaker?.Name));
    }

    [Fact]
    public void AnOrganizationsPossessiveBeforeTheNameIsTheirRole()
    {
        var quotes = Quotes("The port's regional director for North and South Harbor, Samuel Okello, said the ferries would run.\n\n\"We have fuel for a week,\" Okello said.");
        Assert.All(quotes, q => Assert.Equal("Samuel Okello", q.Speaker?.Name));
        var quotes2 = Quotes("Tidewatch's regional director for North and South Harbor, Samuel Okello, said the ferries would run.");
        Assert.Equal("Tidewatch's regional director for North and South Harbor", Assert.Single(quotes2).Speaker?.Role);
    }

    [Fact]
    public void OthersAreSomeUnnamedPeopleNeverAPersonSoNamed()
    {
        var quotes = Quotes("Several riders spoke against the fare rise. Others urged the council to approve it.");
        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal("others (unnamed)", speaker?.Name);
    }

    [Fact]
    public void NobodyIsNoSpeaker()
    {
        var quotes = Quotes("Nobody wants the ferry to close, the harbor board argued on Monday.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Nobody");
    }

    [Fact]
    public void TheStatementIsTheOneTheSpeakerJustIssued()
    {
        var quotes = Quotes("The ferry line's chief executive, Tom Arkwright, said in a written statement that the company regrets the delays. The line has refunded every rider, the statement said.");
        Assert.Equal("Tom Arkwright", Assert.Single(quotes, q => ContentOf(q).Contains("refunded every rider")).Speaker?.Name);
    }

    [Fact]
    public void AStatementFromParagraphsAgoSpeaksForNobodyNamed()
    {
        var quotes = Quotes("Tom Arkwright said in a statement that the company regrets the delays.\n\nRiders waited in the rain.\n\nThe boats were old.\n\nThe line has refunded every rider, the statement said.");
        Assert.NotEqual("Tom Arkwright", Assert.Single(quotes, q => ContentOf(q).Contains("refunded every rider")).Speaker?.Name);
    }
}
