using NewsBot.Knowledge;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// What the article calls a speaker beside their name — a description after it ("said Alan Voss, an economist at …"),
/// one before it ("Her longtime partner at Corvane, Lara Bix, called …"), an outlet's possessive ("noted WKRA's Dan Oyelaran")
/// — is their role or affiliation, never part of the name nor the speaker in their place.
/// </summary>
public sealed class ApposedDescriptionTests
{
    [Fact]
    public void ADescriptionAfterAnInvertedSpeakerIsTheirRole()
    {
        var quote = Assert.Single(Quotes("\"It is tinkering around the margins,\" said Alan Voss, an economist at the Harbor Institute."));
        Assert.Equal("Alan Voss", quote.Speaker?.Name);
        Assert.Equal("economist at the Harbor Institute", quote.Speaker?.Role);
    }

    [Fact]
    public void TheRoleOfADescriptionReadLaterInTheArticleIsKnownForTheFirstQuote()
    {
        var quotes = Quotes("\"We will not sign,\" Ms. Fisk said.\n\nLena Fisk, a lawyer for the dockworkers, spoke after the vote.");
        Assert.Equal("lawyer for the dockworkers", quotes[0].Speaker?.Role);
    }

    [Fact]
    public void ADescriptionEndsBeforeARelativeClauseAndBeforeASecondDescription()
    {
        var quotes = Quotes("\"This is not reform,\" said Dana Holm, an economist who once ran the budget office. "
            + "\"It is a mess,\" Rhea Lindqvist, director of the Harbor Institute and a professor at Dover College, said of the plan.");
        Assert.Equal(["economist", "director of the Harbor Institute"], quotes.Select(q => q.Speaker?.Role));
    }

    [Fact]
    public void ATitleBeforeTheNameStaysTheRole()
    {
        var quote = Assert.Single(Quotes("\"We are ready,\" said Harbor Commissioner Dana Holm, a former pilot."));
        Assert.Equal("Harbor Commissioner", quote.Speaker?.Role);
    }

    [Fact]
    public void TheEconomistAsAskedFindsTheSpeakerTheArticleDescribedSo()
    {
        var attributed = TestArticles.Attribute("Headline\n\n\"It is tinkering around the margins,\" said Alan Voss, an economist at the Harbor Institute.");
        var roster = new SpeakerRoster(KnowledgeStore.Summarize(attributed, "test").Speakers);
        Assert.Equal(["Alan Voss"], roster.Match("the economist"));
    }

    [Fact]
    public void ANameInAppositionToADescriptionOpeningTheSentenceIsTheSpeaker()
    {
        var quote = Assert.Single(Quotes("Her longtime business partner at Corvane, Lawrence B. Cumberbatch, called her a genius at rescuing failing firms."));
        Assert.Equal("Lawrence B. Cumberbatch", quote.Speaker?.Name);
        Assert.Equal("longtime business partner at Corvane", quote.Speaker?.Role);
    }

    [Fact]
    public void AnOutletsPossessiveBeforeANameIsAnAffiliationNotPartOfIt()
    {
        var quote = Assert.Single(Quotes("But debates rarely move the race, noted WKRA's Dan Oyelaran."));
        Assert.Equal("Dan Oyelaran", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Fact]
    public void APronounAfterAnOutletsWriterIsThatWriter()
    {
        var quotes = Quotes("\"People know her,\" said Sean Pryce, a strategist for the party.\n\n"
            + "But debates rarely move the race, noted WKRA's Dan Oyelaran.\n\n"
            + "\"Remember that debates happen late in the campaign,\" he wrote.\n\n"
            + "\"By then most voters have made up their minds,\" he added.");
        Assert.Equal(["Sean Pryce", "Dan Oyelaran", "Dan Oyelaran", "Dan Oyelaran"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void AWordBeforeTheHeadOfSomeonesDescriptionDoesNotMakeThemItsHolder()
    {
        var quotes = Quotes("The county's campaign chairman, Dale Fenwick, said he had not read the memo.\n\n"
            + "Ana Ruiz wants students to join a service corps.\n\nThe campaign says the candidate will announce a new program Friday.");
        Assert.Equal("county's campaign chairman", quotes[0].Speaker?.Role);
        var campaign = Assert.Single(quotes, q => q.Source?.Text == "The campaign");
        Assert.NotEqual("Dale Fenwick", campaign.Speaker?.Name);
    }

    [Theory]
    [InlineData("If the candidate is Tom Fenwick, the answer is no, the mayor said.")]
    [InlineData("But for Tom Fenwick, Lee's podcast proved a friendly venue, the mayor said.")]
    [InlineData("Tom Fenwick, of Springfield, was there.")]
    public void AClauseOrAHometownAfterTheNameIsNoRole(string body)
    {
        var quotes = Quotes(body + "\n\n\"We will sign,\" said Tom Fenwick.");
        Assert.Null(Assert.Single(quotes, q => q.Speaker?.Name == "Tom Fenwick").Speaker!.Role);
    }

    [Fact]
    public void AConjunctionBeforeARelativeClauseIsNoPartOfTheRole()
    {
        var quote = Quotes("\"It matters,\" said Dale Fenwick, the executive director at the Harbor Center and whose book came out in May.")[0];
        Assert.Equal("executive director at the Harbor Center", quote.Speaker?.Role);
    }
}
