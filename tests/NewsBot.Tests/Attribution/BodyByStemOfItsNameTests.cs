using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the regulator said" after "the Office of Grid Regulation", "the association said" after "the Union of Beekeeping
/// Associations of Dravia": a word for a body finds the one organization named before with a word of its stem in its
/// name; two such names, and it finds neither. And "the company said" after a takeover, when the buyer spoke and the
/// bought "… Company" is the only name ending in "Company", is left unnamed rather than given to the wrong firm.
/// </summary>
public sealed class BodyByStemOfItsNameTests
{
    [Fact]
    public void TheRegulatorIsTheBodyNamedForRegulation()
    {
        var quotes = Quotes("The government will freeze power bills, Minister Ivo Pranec said on Monday after talks with the Tolvan Trade Commission.\n\n"
            + "In a filing on Monday, the Office of Grid Regulation backed the help for families.\n\n"
            + "\"Frozen prices must stay a short-term tool,\" the regulator said.\n\n"
            + "A spokesperson for the Tolvan Trade Commission told reporters the plan was being studied.");
        var tool = Assert.Single(quotes, q => ContentOf(q).Contains("short-term tool"));
        Assert.Equal(("Office of Grid Regulation", SpeakerType.Organization), tool.Speaker is { } s ? (s.Name, s.Type) : default);
    }

    [Fact]
    public void TheAssociationIsTheBodyOfAssociations()
    {
        var quotes = Quotes("Dravia head coach Anton Weel resigned on Monday, the Union of Beekeeping Associations of Dravia (UBAD) said.\n\n"
            + "\"He gave the team eight good years,\" the association said.\n\n"
            + "The association said a new coach would be named soon.");
        var association = quotes.Where(q => ContentOf(q).Contains("eight good years") || ContentOf(q).Contains("new coach")).ToList();
        Assert.Equal(2, association.Count);
        Assert.All(association, q => Assert.Equal("Union of Beekeeping Associations of Dravia", q.Speaker?.Name));
    }

    [Fact]
    public void TwoBodiesOfTheStemAreNeither()
    {
        var quotes = Quotes("Officials of the Union of Beekeeping Associations of Dravia and the Rowing Associations Council met on Monday.\n\n"
            + "\"We will act,\" the association said.");
        var act = Assert.Single(quotes);
        Assert.DoesNotContain("Dravia", act.Speaker?.Name ?? "");
        Assert.DoesNotContain("Rowing", act.Speaker?.Name ?? "");
    }

    [Fact]
    public void TheCompanyAfterTheBuyerSpokeIsNotTheCompanyBought()
    {
        var quotes = Quotes("Danish brewing group Holm Kessel has agreed to buy Tarrow Cider Company for 30 million euros, both firms confirmed.\n\n"
            + "In a statement, Holm Kessel said the deal would give it a foothold in Tolvan.\n\n"
            + "\"Tarrow is the kind of maker we admire,\" Holm Kessel's chief executive, Ida Brun, said in the statement.\n\n"
            + "The company pledged to keep all 40 jobs for two years.");
        var jobs = Assert.Single(quotes, q => ContentOf(q).Contains("40 jobs"));
        Assert.NotEqual("Tarrow Cider Company", jobs.Speaker?.Name);
        Assert.NotEqual("Ida Brun", jobs.Speaker?.Name);
    }

    [Fact]
    public void TheCompanyIsStillTheOnlyCompanyThatSpoke()
    {
        var quotes = Quotes("Tarrow Cider Company will close its bottling line in May.\n\n"
            + "The company said the work would move to its main site.");
        Assert.Equal("Tarrow Cider Company", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void TheCompanyIsTheCompanyThatSpokeLast()
    {
        var quotes = Quotes("A judge on Monday upheld a complaint against Tarrow Cider Company filed by the Kelmar Wood Forum, a conservation group.\n\n"
            + "The group welcomed the ruling and said it would ask for a wider review.\n\n"
            + "Tarrow Cider Company told reporters its lawyers were reading the judgment.\n\n"
            + "The company said the orchard would stay open.");
        var orchard = Assert.Single(quotes, q => ContentOf(q).Contains("orchard"));
        Assert.Equal("Tarrow Cider Company", orchard.Speaker?.Name);
    }
}
