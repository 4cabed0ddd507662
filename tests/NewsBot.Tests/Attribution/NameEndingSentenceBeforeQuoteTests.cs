using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "\"We are waiting,\" said one fisherman, Jon Eide. \"Nobody calls,\" …": a name that ends the sentence closes the
/// description set beside the speaker, whether the next sentence opens with a word or with a quote mark.
/// </summary>
public sealed class NameEndingSentenceBeforeQuoteTests
{
    [Theory]
    [InlineData("\"We are waiting,\" said one fisherman, Jon Eide. \"Nobody calls,\" the fisherman added.", "Jon Eide")]
    [InlineData("\"We are waiting,\" said a baker, Lise Amundsen. “Nobody buys,” she added.", "Lise Amundsen")]
    public void TheNameIsTheSpeakerOfBothQuotes(string body, string name)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(name, q.Speaker?.Name));
    }

    [Fact]
    public void OneBeforeTheDescriptionIsNoPartOfTheRole()
    {
        var quote = Quotes("\"We are waiting,\" said one fisherman, Jon Eide. \"Nobody calls,\" the fisherman added.")[0];
        Assert.Equal(("Jon Eide", "fisherman"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }
}
