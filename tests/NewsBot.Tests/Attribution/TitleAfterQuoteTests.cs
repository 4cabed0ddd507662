using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "“…,” harbour duty officer Ilse Dorn told reporters": lowercase words for a person's job between the quote and the
/// name are her title, part of the source, not words of the quote; the quote keeps all its sentences and goes on after
/// the attribution.
/// </summary>
public sealed class TitleAfterQuoteTests
{
    [Fact]
    public void TheTitleBetweenTheQuoteAndTheNameIsTheSources()
    {
        var quote = Assert.Single(Quotes("\"The channel is clear,\" harbour duty officer Ilse Dorn told reporters on Monday."));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"The channel is clear,\"", ContentOf(quote));
        Assert.Equal(("Ilse Dorn", "harbour duty officer"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    [Fact]
    public void AQuoteOfTwoSentencesKeepsBothAndGoesOn()
    {
        var quote = Assert.Single(Quotes("\"The channel is clear. Nobody is in danger,\" harbour duty officer Ilse Dorn told reporters on Monday. \"We will reopen the lock tomorrow.\""));
        Assert.Equal("\"The channel is clear. Nobody is in danger,\" | \"We will reopen the lock tomorrow.\"", ContentOf(quote));
    }
}
