using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Headlines that tell what happened, in a headline's shorthand, and report nobody's words: a passive with its "were"
/// dropped, a clause of time opened by "as", and goods taken back by a recall.
/// </summary>
public sealed class HeadlineNarrationTests
{
    private static IReadOnlyList<Quote> Quotes(string article) => TestArticles.Attribute(article).Quotes;

    [Fact]
    public void AHeadlinesPastParticipleAfterItsSubjectIsPassive()
    {
        var quotes = Quotes("Two brothers charged after £41,500 Dunmore warehouse fire\n\nTwo brothers were charged on Monday.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 0);
    }

    [Fact]
    public void AHeadlinesPresentCueStillReports()
    {
        var quotes = Quotes("Mayor Mara Velde says harbor fees will rise in May\n\nMayor Mara Velde spoke on Friday.");
        Assert.Equal("Mara Velde", Assert.Single(quotes, q => q.Paragraph == 0).Speaker?.Name);
    }

    [Fact]
    public void ACueAfterAsWithNoCommaReportsNothingBeforeIt()
    {
        var quotes = Quotes("Flu cases double in Harrowgate as WHA declares epidemic\n\nThe WHA said cases had doubled.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 0 && TestArticles.ContentOf(q).Contains("Flu cases"));
    }

    [Fact]
    public void ACueAfterAsWithNoCommaReportsWhatFollowsIt()
    {
        var quotes = Quotes("Ferry strike enters third day as Harbor Guild defends pay claim\n\nThe Harbor Guild said the claim was fair.");
        var headline = Assert.Single(quotes, q => q.Paragraph == 0);
        Assert.Equal("Harbor Guild", headline.Speaker?.Name);
        Assert.Equal("pay claim", TestArticles.ContentOf(headline));
    }

    [Fact]
    public void ARecallOfCountedGoodsIsNoMemoryTold()
    {
        var quotes = Quotes("Korvin recalls 310,500 kettles in Europe after scalding reports\n\n"
            + "Kitchenware maker Korvin is recalling about 310,500 of its kettles after at least 12 reports of scalding, the company said.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text.StartsWith("recall") == true);
        Assert.Single(quotes, q => q.Paragraph == 1);
    }

    [Fact]
    public void RecallingWhatHappenedIsStillSpeech()
    {
        var quotes = TestArticles.Quotes("Mara Velde recalled that the ferry had never once run late.");
        Assert.Equal("Mara Velde", Assert.Single(quotes).Speaker?.Name);
    }

    [Theory]
    [InlineData("The recall began two days after the watchdog ordered Korvin to stop selling the kettle in Norway, where nine of the scalds were reported.")]
    [InlineData("The recall began two days after the watchdog ordered Korvin to stop selling the kettle in Tarnby, where six fires were reported.")]
    public void APassiveCueInsideAWhereClauseReportsNothingBeforeIt(string body)
    {
        Assert.Empty(TestArticles.Quotes(body));
    }

    [Fact]
    public void APullQuoteSetAsASubheadingIsNoStatementOfItsOwn()
    {
        var quotes = Quotes("Kiosk robbed in Tarnby\n\nThe kiosk was robbed on Friday.\n\n‘They knew exactly which drawer to force’\n\nThe owner, Lise Brun, said the thieves knew the shop well.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2);
        Assert.Equal("Lise Brun", Assert.Single(quotes).Speaker?.Name);
    }
}
