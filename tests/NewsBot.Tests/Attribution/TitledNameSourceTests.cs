using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Names and titles inside the source phrase: "The Minister for Fisheries, Maeve Corrigan, said" names Maeve Corrigan,
/// not a person called "Fisheries"; a body's name is kept whole; a kin word carries its possessor's surname.
/// </summary>
public sealed class TitledNameSourceTests
{
    [Fact]
    public void ATitleForAFieldBeforeAnApposedNameIsThatPersonsTitle()
    {
        var quotes = Quotes("The Minister for Fisheries, Maeve Corrigan, said the new quota was \"not up for debate\".\n\n"
            + "The minister said the inshore fleet would be paid for its lost days.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Maeve Corrigan", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void APersonOfAFirmIsOneSpeaker()
    {
        var quotes = Quotes("\"The board has folded,\" said Dara Quill of Fenner Lane Partners.\n\n"
            + "Quill said the shares would \"drift for months\".");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Dara Quill", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Theory]
    [InlineData("The Bishop Street Traders Association warned in a written notice that its members were \"alarmed\" by the vote.", "Bishop Street Traders Association")]
    [InlineData("The Prince Avenue Residents Council said the buses would \"ruin the quiet\".", "Prince Avenue Residents Council")]
    [InlineData("The Bishop Street Market District said the parking plan was \"short-sighted\".", "Bishop Street Market District")]
    [InlineData("The King Road Heritage Area said the towers would \"dwarf the terraces\".", "King Road Heritage Area")]
    public void ABodyNamedForAStreetKeepsTheTitleWordThatOpensIt(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void AKinGivenByFirstNameTakesThePossessorsSurname()
    {
        var quotes = Quotes("Nadia Benedek, 52, who has packed boxes at the mill for 30 years, said the plant was \"all this town has\".\n\n"
            + "Her younger sister, Carla, 49, works the night shift. \"We both need this job,\" Carla said.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("both need")).Speaker;
        Assert.Equal(("Carla Benedek", SpeakerType.Person), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void ASpouseGivenByFirstNameKeepsNoSurname()
    {
        var quotes = Quotes("Nadia Benedek, 52, who has packed boxes at the mill for 30 years, said the plant was \"all this town has\".\n\n"
            + "Her husband, Carlo, 55, drives a delivery van. \"We will manage,\" Carlo said.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("manage")).Speaker;
        Assert.Equal(("Carlo", SpeakerType.Person), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void AQuoteClosedByALongTitleAndANameIsThatPersons()
    {
        var quotes = Quotes("Pell Valley Haulage said its drivers would stay home on Monday.\n\n"
            + "\"Our drivers are worn out. Nobody trained for this,\" the guild's director of member services, Orla Dunphy, said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("worn out"));
        Assert.Equal(("Orla Dunphy", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void AQuoteClosedByADescriptionAndANameIsThatPersons()
    {
        var quotes = Quotes("\"Our drivers are worn out,\" the guild's director of member services, Orla Dunphy, said.");
        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal(("Orla Dunphy", SpeakerType.Person), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void ACountrysMinistryIsANamedBody()
    {
        var speaker = Assert.Single(Quotes("Peru's trade ministry said the tariffs were \"a hostile act\".")).Speaker;
        Assert.Equal(SpeakerType.Organization, speaker?.Type);
        Assert.DoesNotContain("unnamed", speaker?.Name ?? "");
    }

    [Fact]
    public void ABodyNamedForARegionByItsInitialsIsNotTheRegion()
    {
        var quotes = Quotes("Floods cut roads across the Lower Tamar Valley (LTV) on Sunday.\n\n"
            + "The coast road stayed shut overnight, Highways for LTV said.");
        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal(("Highways for LTV", SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void ABrotherTakesTheSurnameOfTheManJustNamedThoughHeHasNotSpoken()
    {
        var quotes = Quotes("Tobias Lindqvar, 38, has driven forklifts at the depot for a decade. His younger brother, Emil, 33, loads the night trucks.\n\n"
            + "\"We cannot both be out of work,\" Emil said.");
        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal(("Emil Lindqvar", SpeakerType.Person), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void ANameAfterADescriptionWithItsAgeAndASecondDescriptionIsTheSpeaker()
    {
        var quotes = Quotes("Ferry deckhand Tomas Reidy, 29, the duty officer at Pellow Cove Rowing Club, said the swell had been \"worse than any forecast\" that week.");
        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal("Tomas Reidy", speaker?.Name);
    }

    [Fact]
    public void AnAmpersandStaysInTheNameOfTheBodyASpokeswomanSpeaksFor()
    {
        var speaker = Assert.Single(Quotes("A spokeswoman for Pell & Crane said the stores would \"stay open through spring\".")).Speaker;
        Assert.Contains("Pell & Crane", speaker?.Name ?? "");
    }

    [Fact]
    public void AFirmNamedForAStreetIsFoundByItsShortName()
    {
        var quotes = Quotes("Copper Lane Capital, the activist fund that owns 5 per cent of Dunmore, urged directors to open talks.\n\n"
            + "Copper Lane said it would call a general meeting.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("general meeting")).Speaker;
        Assert.Equal(("Copper Lane Capital", SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }
}
