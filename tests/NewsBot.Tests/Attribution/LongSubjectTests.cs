using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Statements whose speaker stands far from the verb: a name set off by a long description between commas or dashes
/// ("Maria Lenz, an adviser to … and a lecturer at …, said …"), and a "who" clause with a time between the pronoun and
/// its verb ("Senator Hale, who in 2010 said …", "who said on Monday that …").
/// </summary>
public sealed class LongSubjectTests
{
    [Fact]
    public void ANameBeforeALongDescriptionBetweenCommasSaysWhatFollowsTheCue()
    {
        var quote = Assert.Single(Quotes("Maria Lenz, an outside adviser to the port authority on budget issues and a lecturer at the state college of marine trades, "
            + "said that the dredging plan was taking shape and that the harbor would reopen in the spring."));
        Assert.Equal("Maria Lenz", quote.Speaker?.Name);
        Assert.StartsWith("the dredging plan was taking shape", ContentOf(quote));
    }

    [Fact]
    public void ANameBeforeADescriptionBetweenDashesSaysTheQuoteAfterTheCue()
    {
        var quote = Assert.Single(Quotes("Tom Reyes -- the director of Bluefin Media, the firm that owns the harbor radio station -- told me, \"We are only a content provider.\""));
        Assert.Equal("Tom Reyes", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"We are only a content provider.\"", ContentOf(quote));
    }

    [Fact]
    public void ACommaMayOpenTheDescriptionThatADashCloses()
    {
        var quote = Assert.Single(Quotes("Tom Reyes, the director of Bluefin Media -- the firm that owns the harbor radio station -- said the station would stay on the air."));
        Assert.Equal("Tom Reyes", quote.Speaker?.Name);
        Assert.Equal("the station would stay on the air", ContentOf(quote));
    }

    [Fact]
    public void AnOpeningConnectiveIsNoNameBeforeADescription()
    {
        var quote = Assert.Single(Quotes("Still, the harbor board, after a long meeting that ran past midnight, said the dock would close."));
        Assert.Equal("the harbor board", quote.Source?.Text);
    }

    [Fact]
    public void AListOfNamesIsNotADescription()
    {
        Assert.DoesNotContain(Quotes("Ruiz, Ortiz, Lee and Park, said the memo, wanted the dock closed."), q => q.Speaker?.Name.Contains("Ruiz") == true);
    }

    [Fact]
    public void AClauseAfterTheCueIsNeverTheSourceOfAnInvertedAttribution()
    {
        Assert.DoesNotContain(Quotes("Dana Holm, who ran the harbor office for years and then taught at two colleges in the north, "
            + "a long career by any measure, said that the plan was ''taking shape.''"), q => q.Source?.Text.StartsWith("that") == true);
    }

    [Theory]
    [InlineData("The mayor met Senator Hale, who in 2010 said the city's most important goal was to close the port.")]
    [InlineData("The mayor met Senator Hale, who said in 2010 that the city's most important goal was to close the port.")]
    [InlineData("The mayor met Senator Hale, who on Monday told reporters that the city's most important goal was to close the port.")]
    public void ATimeInsideAWhoClauseStillLetsTheNameSayWhatItReports(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal("Hale", quote.Speaker?.Name);
        Assert.Equal("the city's most important goal was to close the port", ContentOf(quote));
    }

    [Fact]
    public void PeopleSomeOfWhomSaidSomethingAreItsSource()
    {
        var quote = Assert.Single(Quotes("The mayor thanked the economists, most of whom argued that port fees should be very low."));
        Assert.Equal("economists (unnamed)", quote.Speaker?.Name);
        Assert.Equal("port fees should be very low", ContentOf(quote));
    }

    [Fact]
    public void NoneOfWhomSaidReportsNothing()
    {
        Assert.Empty(Quotes("The mayor met the sailors, none of whom said the fees were low."));
    }

    [Fact]
    public void TheWhoClausesPersonIsNotRunBackThroughTheVerbBeforeIt()
    {
        var quote = Assert.Single(Quotes("The council hired a lawyer who said he was never paid for the work."));
        Assert.Equal("lawyer (unnamed)", quote.Speaker?.Name);
        Assert.Equal("a lawyer who", quote.Source?.Text);
    }
}
