using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Swede said", "the Egyptian told": a word for the people of a place after "the" is a person, never an
/// organization; the one named person the article has just met, or an unnamed person when it has met several. With
/// an age or an adjective before it ("the 31-year-old Nigerian"), it is a description of a person as "the 31-year-old"
/// is, never a person called "Nigerian". Before a full name ("the Chilean Anselmo Quirada") it says where the person is
/// from and is no part of the name. With several people named, "the Hungarian" is the one the article described as
/// from Hungary; never another person when the word was set before a name nobody took for a person's.
/// </summary>
public sealed class DemonymSpeakerTests
{
    [Fact]
    public void AWordForAPlacesPeopleIsTheOnePersonJustNamed()
    {
        var quote = Assert.Single(Quotes("Helen Marsk, a former trade envoy, spoke at the harbor forum. The Norwegian said the fishing pact \"must be kept.\""));
        Assert.Equal("Helen Marsk", quote.Speaker?.Name);
    }

    [Fact]
    public void WithTwoPeopleNamedItIsAnUnnamedPersonNotAnOrganization()
    {
        var quote = Assert.Single(Quotes("Helen Marsk met Tom Varley at the harbor forum. The Norwegian said the fishing pact \"must be kept.\""));
        Assert.Equal(("Norwegian (unnamed)", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ANewspapersOneWordNameStaysAnOrganization()
    {
        var quote = Assert.Single(Quotes("The Guardian said the fishing pact \"must be kept.\""));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void AnAgeBeforeTheWordIsThePersonJustQuoted()
    {
        var quotes = Quotes("Club president Maren Solvik said the board would sell the training ground.\n\n"
            + "Defender Tomas Okonkwo-Lindahl, the team's vice-captain, said the players had agreed to keep training.\n\n"
            + "\"Some of the reserves cannot pay their bills,\" the 31-year-old Nigerian told the daily Sportbladet.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("reserves", StringComparison.Ordinal));
        Assert.Equal("Tomas Okonkwo-Lindahl", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAdjectiveBeforeTheWordNeverMakesItAName()
    {
        var quotes = Quotes("Club president Maren Solvik said the board would sell the training ground.\n\n"
            + "Coach Ida Brekke said the season was not lost.\n\n"
            + "\"I trust these players,\" the veteran Norwegian said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("trust", StringComparison.Ordinal));
        Assert.NotEqual("Norwegian", quote.Speaker?.Name);
        Assert.True(quote.Speaker is null || quote.Speaker.Name.EndsWith("(unnamed)", StringComparison.Ordinal) || quote.Speaker.Name == "Ida Brekke", quote.Speaker?.Name);
    }

    [Fact]
    public void AWordForAPlacesPeopleBeforeAFullNameIsNoPartOfIt()
    {
        var quotes = Quotes("The Chilean Anselmo Quirada said the climb was \"the hardest of my life.\" Quirada added that he would return.\n\n"
            + "Kenyan Jomo Tarrik said the course was too steep.");
        Assert.Equal(["Anselmo Quirada", "Anselmo Quirada", "Jomo Tarrik"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void ABodyNamedForAPlacesPeopleKeepsTheWord()
    {
        var quote = Assert.Single(Quotes("The Chilean Development Bank said the loans would be repaid."));
        Assert.Equal(("Chilean Development Bank", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void WithSeveralPeopleItIsTheOneDescribedAsFromThatPlace()
    {
        var quotes = Quotes("Jomo Tarrik and Peter Okello led the marathon from the start.\n\n"
            + "Lena Varga, a veteran runner from Hungary, said she would retire. \"It is time,\" the Hungarian said.");
        Assert.Equal(["Lena Varga", "Lena Varga"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void ADescriptionFromAPlaceLeavesNoUnnamedSpeakerBesideTheName()
    {
        var quotes = Quotes("Amos Tirop, a veteran from Kenya, said the climb was hard.\n\n"
            + "\"The course was brutal,\" said Jomo Tarrik, a veteran from Uganda.");
        Assert.Equal(["Amos Tirop", "Jomo Tarrik"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void TheWordSetBeforeANameNobodyTookForAPersonIsNeverTheOtherPerson()
    {
        var quote = Assert.Single(Quotes("Jomo Tarrik and Peter Okello led the marathon from the start.\n\n"
            + "The Chilean Anselmo Quirada finished third. \"I am proud,\" the Chilean said."));
        Assert.NotEqual("Peter Okello", quote.Speaker?.Name);
    }

    [Fact]
    public void AWordForAPlacesPeopleBeforeCommonNounsDescribesABodyItNeverNames()
    {
        var quotes = Quotes("Danish inquiry says pilots ignored warning before Varn crash\n\n"
            + "A Danish air safety inquiry has concluded that the pilots of the cargo plane Vella ignored a warning for 40 minutes.\n\n"
            + "A Greek official, who asked not to be named, said the valve was old.");
        Assert.All(quotes, q => Assert.DoesNotContain(q.Speaker?.Name, new[] { "Danish", "Greek" }));
        Assert.Equal("Danish air safety inquiry (unnamed)", Assert.Single(quotes, q => ContentOf(q).Contains("40 minutes", StringComparison.Ordinal)).Speaker?.Name);
        Assert.Equal(("Greek official (unnamed)", SpeakerType.Person), (Assert.Single(quotes, q => ContentOf(q).Contains("valve", StringComparison.Ordinal)).Speaker?.Name,
            Assert.Single(quotes, q => ContentOf(q).Contains("valve", StringComparison.Ordinal)).Speaker!.Type));
    }

    [Fact]
    public void ANamedBodyAfterTheWordKeepsItsName()
    {
        var quote = Assert.Single(Quotes("The Danish firm Dalgren Hof said it would appeal the ruling."));
        Assert.Equal("Dalgren Hof", quote.Speaker?.Name);
    }

    [Fact]
    public void AGivenNameThatOpensLikeAPlacesNameIsNoDemonym()
    {
        var quote = Assert.Single(Quotes("\"We will not sign this,\" said Jordi Vallès Roig, the dockers' spokesman in Tarragona."));
        Assert.Equal("Jordi Vallès Roig", quote.Speaker?.Name);
    }

    [Fact]
    public void AWordForAPlacesPeopleBeforeOneWordNoPersonBearsIsABody()
    {
        var quote = Assert.Single(Quotes("Danish Harvest said profits at its Vellmar plant fell."));
        Assert.Equal(("Danish Harvest", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void AWordForAPlacesPeopleBeforeWordsOfABusinessIsABody()
    {
        var quotes = Quotes("Norwegian Air Kestrel said the route to Pellham would close in March.\n\n"
            + "Norwegian Fjord Freight said the harbor at Dunmere was too shallow.");
        Assert.Equal([("Norwegian Air Kestrel", SpeakerType.Organization), ("Norwegian Fjord Freight", SpeakerType.Organization)],
            quotes.Select(q => (q.Speaker?.Name, q.Speaker!.Type)));
    }

    [Fact]
    public void AWordForAPlacesPeopleBeforeASurnameTheArticleGaveIsThatPerson()
    {
        var quotes = Quotes("Jomo Tarrik won the race at Dunmere.\n\nKenyan Tarrik said the course was too steep.");
        Assert.All(quotes, q => Assert.Equal(("Jomo Tarrik", SpeakerType.Person), (q.Speaker?.Name, q.Speaker!.Type)));
    }

    [Fact]
    public void ABodyWithAHeadWordAfterAWordForAPlacesPeopleKeepsItsPossessive()
    {
        var quote = Assert.Single(Quotes("Tarvish Dockers' Union said wages at three quays in Vellmar were late."));
        Assert.Equal(("Tarvish Dockers' Union", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }
}
