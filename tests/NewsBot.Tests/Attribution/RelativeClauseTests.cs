using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Attributions inside a relative clause: the source between "which" and a verb of naming ("which the chief
/// executive, Dana Whitlock, called ''…''"), and the name or organization a "who" or "which" clause describes
/// ("the Harbor Commission, which contended that …").
/// </summary>
public sealed class RelativeClauseTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Quotes(body);

    [Fact]
    public void AQuoteNamingWhatTheRelativePronounStandsForIsTheApposedNamesOwnWords()
    {
        var quote = Assert.Single(Quotes("Perhaps it is a small irony, but given the commission's efforts to collect -- which the firm's chief executive, "
            + "Dana Whitlock, called ''pure bureaucratic nonsense'' -- one question is whether ferries will move home."));
        Assert.Equal("Dana Whitlock", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("''pure bureaucratic nonsense''", TestArticles.ContentOf(quote));
    }

    [Fact]
    public void AQuoteInARelativeClauseIsNotRunOnIntoTheMainClause()
    {
        var quote = Assert.Single(Quotes("The fine, which Mayor Ana Ruiz called \"a fair start,\" was paid on Monday."));
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.DoesNotContain("paid", TestArticles.ContentOf(quote));
    }

    [Fact]
    public void AnOrganizationAWhichClauseDescribesSaysWhatTheClauseReports()
    {
        var quote = Assert.Single(Quotes("Consider the $3 million toll levied by the Harbor Commission, which contended that the port "
            + "undercharged the company, as one more reason ferries dock elsewhere."));
        Assert.Equal("Harbor Commission", quote.Speaker?.Name);
        Assert.Equal("the port undercharged the company", TestArticles.ContentOf(quote));
    }

    [Fact]
    public void ANamedPersonAWhoClauseDescribesSaysWhatTheClauseReports()
    {
        var quote = Assert.Single(Quotes("The toll was dropped after Ana Ruiz, who said the fees were illegal, sued the city."));
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("the fees were illegal", TestArticles.ContentOf(quote));
    }

    [Fact]
    public void AWhichClauseOnAThingReportsNobody()
    {
        Assert.DoesNotContain(Quotes("The ferry plan, which called for two new docks, was dropped.\n\n"
            + "The Harbor Plan, which states that every dock needs a pilot, was dropped."), q => q.Speaker is not null);
    }

    [Fact]
    public void ANameInsideAPrepositionalPhraseIsNotWhatTheWhoClauseDescribes()
    {
        Assert.DoesNotContain(Quotes("The change is likely to calm nervous Democrats on Harbor Island, who have argued that the ferry helps them."),
            q => q.Speaker?.Name.Contains("Harbor Island") == true);
    }

    [Fact]
    public void HavingSaidThatIsAConnectiveAndThePeopleAWhoClauseDescribesAreTheSource()
    {
        var quote = Assert.Single(Quotes("Having said that, there remain a few economists who argue that port fees should be very low."));
        Assert.EndsWith("economists (unnamed)", quote.Speaker?.Name);
        Assert.Equal("port fees should be very low", TestArticles.ContentOf(quote));
    }

    [Fact]
    public void ThatSaidIsAConnectiveNotAStatement()
    {
        Assert.DoesNotContain(Quotes("That said, the ferry will keep running until spring."), q => q.Speaker is not null);
    }

    [Fact]
    public void ANameInsideAWhoseClauseIsNeverTheSpeaker()
    {
        var quote = Assert.Single(Quotes("Marta Lindqvist, whose brother, Oskar, farmed the land for a decade, said the new road would cut the farm in two."));
        Assert.Equal("Marta Lindqvist", quote.Speaker?.Name);
        Assert.Equal("the new road would cut the farm in two", TestArticles.ContentOf(quote));
    }
}
