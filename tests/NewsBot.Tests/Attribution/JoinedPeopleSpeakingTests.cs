using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Two people joined by "and" speak together: neither alone is the speaker, whether the first is a bare title standing
/// for someone the article named ("The President and First Lady Ines Vell said") or both are named ("Mayor Anja Lin and
/// her deputy, Piet Sorensen, both said"). And a surname two of them share, right after one of them spoke, stays with
/// that one only while nobody else spoke in between.
/// </summary>
public sealed class JoinedPeopleSpeakingTests
{
    [Fact]
    public void ABareTitleAndANamedPersonAreNeitherOfThem()
    {
        var quotes = Quotes("President Tomas Ruiz opened the harbour in Velmora on Sunday.\n\n"
            + "The President and First Lady Ines Vell said the new pier would bring trade back to the coast.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("new pier"));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void TwoNamedPeopleWhoBothSaidAreNeitherOfThem()
    {
        var quotes = Quotes("Mayor Anja Lin and her deputy, Piet Sorensen, both said the quotas were unfair.");
        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void TwoSurnamesThatBothSaidAreNeitherOfThem()
    {
        var quotes = Quotes("Mayor Anja Lin toured the pier with her deputy, Piet Sorensen.\n\nLin and Sorensen both said the quotas were unfair.");
        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void AWifeWhoJustSpokeKeepsTheSharedSurname()
    {
        var quotes = Quotes("Jon Eide's wife, Sara Eide, said the farm had been in debt for years.\n\n\"We could not pay the feed bill,\" Eide said.");
        Assert.Equal("Sara Eide", Assert.Single(quotes, q => ContentOf(q).Contains("feed bill")).Speaker?.Name);
    }

    [Fact]
    public void AWifeWhoSpokeBeforeSomeoneElseLeavesTheSharedSurnameToNobody()
    {
        var quotes = Quotes("Jon Eide's wife, Sara Eide, said the farm had been in debt for years.\n\n"
            + "\"Prices are the same everywhere,\" said Lars Holm, who runs the feed store.\n\n\"We could not pay the feed bill,\" Eide said.");
        Assert.Null(Assert.Single(quotes, q => ContentOf(q).Contains("feed bill")).Speaker);
    }
}
