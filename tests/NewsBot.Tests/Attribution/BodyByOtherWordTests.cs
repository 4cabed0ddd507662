using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the regulator said" after "the Fair Trading Commission", "the court said" after "the Brenn Tribunal", "the firm
/// said" after "Tarran Marine Consultants, a small diving firm engaged by the harbour board", "the report said" after "a
/// 2018 report by the Tollan Bird Institute": a body named once and then called by what it is or does is that body;
/// and a forum, a tribunal or a research firm is an organization, never a person.
/// </summary>
public sealed class BodyByOtherWordTests
{
    private static (string?, SpeakerType?) Of(Quote q) => (q.Speaker?.Name, q.Speaker?.Type);

    [Fact]
    public void TheRegulatorIsTheOneCommissionNamed()
    {
        var quotes = Quotes("Two bakery chains must pay $12 million after the Fair Trading Commission found they fixed bread prices for three years.\n\n"
            + "The regulator said families had paid about $90 more a year.");
        Assert.Equal(("Fair Trading Commission", SpeakerType.Organization), Of(quotes[^1]));
    }

    [Fact]
    public void TheCourtIsTheTribunalNamed()
    {
        var quotes = Quotes("The Brenn Tribunal found Kovac, 61, guilty of fraud on Monday.\n\nThe court said his office was an aggravating factor.");
        Assert.All(quotes, q => Assert.Equal(("Brenn Tribunal", SpeakerType.Organization), Of(q)));
        Assert.Contains(quotes, q => q.Content[0].Text.StartsWith("his office", StringComparison.Ordinal));
    }

    [Fact]
    public void TheForumIsTheForumNamedAndNoPerson()
    {
        var quotes = Quotes("The Velland Timber Industry Forum, a body for sawmills and growers, said on Monday that the levy was \"a tax on trees\". "
            + "The forum said the levy had been set without a hearing.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Velland Timber Industry Forum", SpeakerType.Organization), Of(q)));
    }

    [Fact]
    public void PollstersNamedForResearchOrInsightAreOrganizations()
    {
        var quotes = Quotes("A poll of 900 adults by Ridgeway Research found 40 per cent wanted the law.\n\n"
            + "A poll of 800 voters by Harlow Insight found that 30 per cent disagreed.");
        Assert.Equal([("Ridgeway Research", SpeakerType.Organization), ("Harlow Insight", SpeakerType.Organization)], quotes.Select(Of));
    }

    [Fact]
    public void TheFirmIsTheOneDescribedAsAFirmHiredByAnother()
    {
        var quotes = Quotes("Last spring the pier was surveyed by Tarran Marine Consultants, a small diving firm engaged by the harbour board. "
            + "The firm called the pier \"safe\" and urged new piles within two years.");
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(("Tarran Marine Consultants", SpeakerType.Organization), Of(q)));
    }

    [Fact]
    public void TheReportIsTheOneItsAuthorWasNamedWith()
    {
        var quotes = Quotes("A 2018 report by the Tollan Bird Institute found the heron count had fallen. "
            + "\"The marsh needs a wider buffer,\" the report said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Tollan Bird Institute", SpeakerType.Organization), Of(q)));
    }
}
