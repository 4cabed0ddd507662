using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>Quoted words tied to their speaker by a verb or noun the cue list does not hold, and clauses that run past an attribution.</summary>
public sealed class QuotedWordsTests
{
    [Fact]
    public void AQuoteAsTheObjectOfAnUnlistedVerbIsMixedSpeechOfItsSubject()
    {
        var quote = Assert.Single(Quotes("Dana Whitfield openly praises the mayor as a “steady hand,” ranking him well above his opponent."));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.StartsWith("the mayor as a “steady hand,”", ContentOf(quote));
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }

    [Fact]
    public void ADashAfterTheQuoteGivesTheSentenceBackToTheReporter()
    {
        var quote = Assert.Single(Quotes("Senator Harold Crane has been steadily branding the governor as a “snake oil seller” ― much as he treated others in 2010."));
        Assert.Equal("the governor as a “snake oil seller”", ContentOf(quote));
    }

    [Fact]
    public void QuotedWordsWithNoVerbBeforeThemAreNotSpeech()
    {
        Assert.Empty(Quotes("The film, titled “Arrogant,” was shown in three cities last week."));
    }

    [Fact]
    public void AClaimNounAfterAPossessiveReportsItsOwnersWords()
    {
        var quote = Assert.Single(Quotes("Fact-checkers looked at Tom Vedder’s claim that there have been “hundreds of break-ins” in the town this year."));
        Assert.Equal("there have been “hundreds of break-ins” in the town this year", ContentOf(quote));
        Assert.Equal("Tom Vedder’s", quote.Source?.Text);
    }

    [Fact]
    public void AnAdverbialBetweenTheCueAndThatIsNotPartOfWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("Lena Ortiz posted late on Sunday night that the report was “shameful” and false."));
        Assert.Equal("the report was “shameful” and false", ContentOf(quote));
    }

    [Fact]
    public void AParticipleAfterTheAttributionLeavesTheClauseBeforeItAsTheContent()
    {
        var quotes = Quotes("“You worked your drivers until they dropped” to lift the quarterly profit, Senator Ruth Hale said, citing the firm’s delivery quotas.");
        Assert.Contains(quotes, q => ContentOf(q) == "“You worked your drivers until they dropped” to lift the quarterly profit" && q.Speaker?.Name == "Ruth Hale");
    }

    [Fact]
    public void AQuoteGoesOnAfterItsAttributionEvenWhenThePronounStaysUnresolved()
    {
        var quote = Assert.Single(Quotes("\"She has to pull through,\" she said. \"I promise you she has to pull through.\""));
        Assert.Equal("\"She has to pull through,\" | \"I promise you she has to pull through.\"", ContentOf(quote));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ANameKeepsItsQuotePastAnAppositionAndARelativeClause()
    {
        var quote = Assert.Single(Quotes("Angela Brenner, a Harrow-based landlord and spokeswoman for the Tenants First Alliance, which is made up of owners and builders, said many projects were fine."));
        Assert.Equal("Angela Brenner", quote.Speaker?.Name);
        Assert.Equal("many projects were fine", ContentOf(quote));
    }

    [Fact]
    public void ASentenceOpeningParticipleIsNotASourceAndTheSubjectAfterTheCommaIs()
    {
        var quote = Assert.Single(Quotes("Following early word of the blast, officials said the area was safe."));
        Assert.Equal("officials", quote.Source?.Text);
        Assert.Equal("the area was safe", ContentOf(quote));
    }

    [Fact]
    public void TwoPeopleSpeakingTogetherAreNotResolvedToEitherOfThem()
    {
        var quote = Assert.Single(Quotes("Mr. Vedder and Mr. Crane say the program needs changes."));
        Assert.Equal("Mr. Vedder and Mr. Crane", quote.Source?.Text);
        Assert.Null(quote.Speaker);
    }
}
