using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"climbed 15 basis points to 2.9%": a unit a number counts is a figure, never the cue "points to".</summary>
public sealed class CountedUnitCueTests
{
    [Fact]
    public void AFigureInPointsIsNoQuote()
    {
        Assert.Empty(Quotes("The yield on Harlan's two-year bond climbed 15 basis points to 2.9% by Friday's close."));
        Assert.Empty(Quotes("The index fell 3 points to 1,204 by the close."));
    }

    [Fact]
    public void AReportThatPointsToSomethingStillSpeaks()
    {
        var quote = Assert.Single(Quotes("A survey of 500 voters points to a close race in the east."));
        Assert.Contains("close race", ContentOf(quote));
    }
}
