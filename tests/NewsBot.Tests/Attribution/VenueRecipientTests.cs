using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "said in a statement to the stock exchange": whom a statement went to belongs to the cue, never to what was said.
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
}
