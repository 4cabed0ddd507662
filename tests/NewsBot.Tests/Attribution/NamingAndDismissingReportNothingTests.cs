using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, as Ornvik was once called, before the ice came": a passive "called" with nothing after it is what a place was
/// named; "…, a proposal the guild dismissed as unworkable": the guild's verb has the proposal for its object. Neither reports
/// anything, so neither gives a quote of its own.
/// </summary>
public sealed class NamingAndDismissingReportNothingTests
{
    [Fact]
    public void WhatAPlaceWasCalledIsNoQuote()
    {
        var quote = Assert.Single(Quotes("Holm Varga said the barge had been carrying the king to Selby, as Ornvik was once called, before the ice came."));
        Assert.Equal("Holm Varga", quote.Speaker?.Name);
    }

    [Fact]
    public void WhatTheGuildDismissedTheProposalAsIsNoQuote()
    {
        var quotes = Quotes("Minister Ossi Tarvanen added that divers who took objects could be fined, a proposal the guild dismissed as unworkable.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ossi Tarvanen", quote.Speaker?.Name);
    }

    [Fact]
    public void DismissingAProposalNamedAfterTheVerbStillReports()
    {
        var quote = Assert.Single(Quotes("The Dockers' Union dismissed the minister's proposal as unworkable."));
        Assert.Equal("Dockers' Union", quote.Speaker?.Name);
    }
}
