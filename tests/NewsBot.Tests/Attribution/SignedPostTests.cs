using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>An embedded post signed at the end of its paragraph, "— Name (@handle) Month Day, Year", is the signer's.</summary>
public sealed class SignedPostTests
{
    [Fact]
    public void AnEmbeddedPostIsTheWordsOfItsSigner()
    {
        var quotes = Quotes("The station shared a clip on Tuesday.\n\nTide Talk returns with the mayor.@AnaRuiz joins us on the pier.#TideTalk — Harbor Radio (@harborradio) May 3, 2026.\n\nThe show airs weekly.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Harbor Radio", quote.Speaker?.Name);
        Assert.StartsWith("Tide Talk returns with the mayor", ContentOf(quote));
        Assert.EndsWith("#TideTalk", ContentOf(quote));
    }

    [Fact]
    public void ADashAndANameWithoutTheHandleAndDateSignNothing()
    {
        var quotes = Quotes("The pier opened late — Harbor Radio covered it live.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Harbor Radio");
    }
}
