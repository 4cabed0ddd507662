using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "said in a statement to the harbor board": whom a statement went to belongs to the cue, never to what was said.
/// </summary>
public sealed class VenueRecipientTests
{
    [Fact]
    public void TheRecipientBeforeThatIsNoPartOfWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The ferry line said in a statement to the port exchange that its profit would halve."));
        Assert.Equal("its profit would halve", ContentOf(quote));
    }

    [Fact]
    public void ARecipientClosingTheSentenceIsNoSecondQuote()
    {
        var quotes = Quotes("Bookings fell by a third in June, the ferry line said in a statement to the port exchange.");
        var quote = Assert.Single(quotes);
        Assert.StartsWith("Bookings fell by a third", ContentOf(quote));
    }

    [Fact]
    public void ANoteToClientsIsAVenueBeforeWhatWasWritten()
    {
        var quote = Assert.Single(Quotes("Analysts at Ferrow Capital wrote in a note to investors that the ferry line was \"unlikely to recover this year\"."));
        Assert.StartsWith("the ferry line was", ContentOf(quote));
    }
}
