using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the council" in a story about "Marlow city council" is that council, which the article names no other way, not the
/// "Council of State" (a court) it also names; where the article writes of no other council, "the council" is the one it names.
/// </summary>
public sealed class BodyOfKindNamedNoOtherWayTests
{
    [Fact]
    public void TheCouncilOfACityIsNotTheCouncilTheArticleNames()
    {
        var quotes = Quotes("MARLOW, Vestria - Marlow city council on Monday postponed a vote on moving the flower market.\n\n"
            + "The traders' association said it would take the city to the Council of State, the highest administrative court, if the plan went ahead.\n\n"
            + "The council said in a statement that a study of the new site would take six weeks.");
        var council = Assert.Single(quotes, q => ContentOf(q).Contains("six weeks"));
        Assert.NotEqual("Council of State", council.Speaker?.Name);
    }

    [Fact]
    public void TheCouncilIsTheOneNamedWhenNoOtherIsWritten()
    {
        var quotes = Quotes("OSTRA - The traders took their case to the Council of State, the highest administrative court.\n\n"
            + "The council said it would rule by March.");
        Assert.Equal("Council of State", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void ADescriptionWithWordsOfItsOwnStillFindsTheBody()
    {
        var quotes = Quotes("A panel of the Vestrian Court of Appeals for the Northern Circuit overruled a district court judge on Friday.\n\n"
            + "The appeals court ruled that the harbour levy broke the shipping code.");
        Assert.Equal("Vestrian Court of Appeals for the Northern Circuit", Assert.Single(quotes).Speaker?.Name);
    }
}
