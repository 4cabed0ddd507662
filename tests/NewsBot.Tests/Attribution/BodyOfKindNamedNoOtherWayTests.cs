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
        var quotes = Quotes("MARLOW, Vestria - Councillors of Marlow city council put off their flower market decision until spring.\n\n"
            + "The florists' guild said it would appeal to the Council of State, the highest administrative court, should the move go ahead.\n\n"
            + "The council said a study of the new site would take six weeks.");
        var council = Assert.Single(quotes, q => ContentOf(q).Contains("six weeks"));
        Assert.NotEqual("Council of State", council.Speaker?.Name);
    }

    [Fact]
    public void TheCouncilIsTheOneNamedWhenNoOtherIsWritten()
    {
        var quotes = Quotes("OSTRA - The florists' appeal reached the Council of State, the highest administrative court.\n\n"
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
