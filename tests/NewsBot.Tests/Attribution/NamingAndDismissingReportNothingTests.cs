using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, as Selby was then called, when the storm struck": a passive "called" with nothing after it is what a place was
/// named; "…, a threat the union dismissed as bluster": the union's verb has the threat for its object. Neither reports
/// anything, so neither gives a quote of its own.
/// </summary>
public sealed class NamingAndDismissingReportNothingTests
{
    [Fact]
    public void WhatAPlaceWasCalledIsNoQuote()
    {
        var quote = Assert.Single(Quotes("Holm Varga said the barge had been carrying the king to Selby, as Ornvik was then called, when the storm struck."));
        Assert.Equal("Holm Varga", quote.Speaker?.Name);
    }

    [Fact]
    public void WhatTheUnionDismissedTheThreatAsIsNoQuote()
    {
        var quotes = Quotes("Minister Ossi Tarvanen added that divers who took objects could be fined, a threat the union dismissed as intimidation.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ossi Tarvanen", quote.Speaker?.Name);
    }

    [Fact]
    public void DismissingAThreatNamedAfterTheVerbStillReports()
    {
        var quote = Assert.Single(Quotes("The Dockers' Union dismissed the minister's threat as intimidation."));
        Assert.Equal("Dockers' Union", quote.Speaker?.Name);
    }
}
