using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"rose eight basis points to 4.12 percent": a unit a number counts is a figure, never the cue "points to".</summary>
public sealed class CountedUnitCueTests
{
    [Fact]
    public void AFigureInPointsIsNoQuote()
    {
        Assert.Empty(Quotes("Estonia's 10-year government bond yield rose eight basis points to 4.12 percent on Tuesday."));
        Assert.Empty(Quotes("The index fell 3 points to 1,204 by the close."));
    }

    [Fact]
    public void AReportThatPointsToSomethingStillSpeaks()
    {
        var quote = Assert.Single(Quotes("A survey of 500 voters points to a close race in the east."));
        Assert.Contains("close race", ContentOf(quote));
    }
}
