using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The injured were two cooks and a driver, provincial governor Amalia Restrepo Vidal said at an evening press conference
/// in the hill town of Olberg.": a long phrase of where it was said closes the attribution as a short one does, so what was said is the
/// clause before the cue, not the place after it; a clause after the cue is still what was said.
/// </summary>
public sealed class WhereItWasSaidAfterTheCueTests
{
    [Fact]
    public void TheClauseBeforeTheCueIsWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The injured were two cooks and a driver, provincial governor Amalia Restrepo Vidal said at an evening press conference in the hill town of Olberg."));
        Assert.Equal("The injured were two cooks and a driver", ContentOf(quote));
        Assert.Equal("Amalia Restrepo Vidal", quote.Speaker?.Name);
    }

    [Fact]
    public void AClauseAfterTheCueIsStillWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("After the meeting, Amalia Restrepo Vidal said at an evening press conference in the hill town of Olberg that the road had reopened."));
        Assert.Contains("the road had reopened", ContentOf(quote), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatABeliefIsInIsNoPlace()
    {
        var quote = Assert.Single(Quotes("Like the old mayor, I believe in the good sense of the people of this valley."));
        Assert.Contains("the good sense", ContentOf(quote), StringComparison.Ordinal);
    }

    [Fact]
    public void AClauseAfterACommaEndsThePlace() =>
        Assert.Empty(Quotes("The guild will issue a revised forecast in March, after the spring catch ends."));
}
