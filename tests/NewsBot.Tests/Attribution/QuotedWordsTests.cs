using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>Quoted words tied to their speaker by a verb or noun the cue list does not hold, and clauses that run past an attribution.</summary>
public sealed class QuotedWordsTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    private static string ContentOf(Quote quote) => string.Join(" | ", quote.Content.Select(c => c.Text));

    [Fact]
    public void AQuoteAsTheObjectOfAnUnlistedVerbIsMixedSpeechOfItsSubject()
    {
        var quote = Assert.Single(Quotes("Dana Whitfield openly admires the mayor as a “strong leader,” comparing him favorably to his rival."));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.StartsWith("the mayor as a “strong leader,”", ContentOf(quote));
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }

    [Fact]
    public void ADashAfterTheQuoteGivesTheSentenceBackToTheReporter()
    {
        var quote = Assert.Single(Quotes("Senator Harold Crane has been steadily pounding the governor as a “con artist” ― just as he did with others in 2012."));
        Assert.Equal("the governor as a “con artist”", ContentOf(quote));
    }

    [Fact]
    public void QuotedWordsWithNoVerbBeforeThemAreNotSpeech()
    {
        Assert.Empty(Quotes("The film, titled “Arrogant,” was shown in three cities last week."));
    }

    [Fact]
    public void AClaimNounAfterAPossessiveReportsItsOwnersWords()
    {
        var quote = Assert.Single(Quotes("Fact-checkers looked at Donald Trump’s claim that there have been “thousands of shootings” in the city this year."));
        Assert.Equal("there have been “thousands of shootings” in the city this year", ContentOf(quote));
        Assert.Equal("Donald Trump’s", quote.Source?.Text);
    }

    [Fact]
    public void AnAdverbialBetweenTheCueAndThatIsNotPartOfWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("Lena Ortiz tweeted in the early morning hours that the report was “disgusting” and false."));
        Assert.Equal("the report was “disgusting” and false", ContentOf(quote));
    }

    [Fact]
    public void AParticipleAfterTheAttributionLeavesTheClauseBeforeItAsTheContent()
    {
        var quotes = Quotes("“You squeezed employees to the breaking point” to drive up the stock price, Senator Ruth Hale said, referencing the bank’s sales targets.");
        Assert.Contains(quotes, q => ContentOf(q) == "“You squeezed employees to the breaking point” to drive up the stock price" && q.Speaker?.Name == "Ruth Hale");
    }

    [Fact]
    public void AQuoteGoesOnAfterItsAttributionEvenWhenThePronounStaysUnresolved()
    {
        var quote = Assert.Single(Quotes("\"He better live,\" she said. \"I swear he better live.\""));
        Assert.Equal("\"He better live,\" | \"I swear he better live.\"", ContentOf(quote));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ANameKeepsItsQuotePastAnAppositionAndARelativeClause()
    {
        var quote = Assert.Single(Quotes("Angela Brenner, a Denver-based developer and spokeswoman for the Builders Coalition, which is made up of investors and developers, said many projects were fine."));
        Assert.Equal("Angela Brenner", quote.Speaker?.Name);
        Assert.Equal("many projects were fine", ContentOf(quote));
    }

    [Fact]
    public void ASentenceOpeningParticipleIsNotASourceAndTheSubjectAfterTheCommaIs()
    {
        var quote = Assert.Single(Quotes("Following initial reports of the explosion, officials said the area was safe."));
        Assert.Equal("officials", quote.Source?.Text);
        Assert.Equal("the area was safe", ContentOf(quote));
    }

    [Fact]
    public void TwoPeopleSpeakingTogetherAreNotResolvedToEitherOfThem()
    {
        var quote = Assert.Single(Quotes("Mr. Grassley and Mr. Leahy say the program needs changes."));
        Assert.Equal("Mr. Grassley and Mr. Leahy", quote.Source?.Text);
        Assert.Null(quote.Speaker);
    }
}
