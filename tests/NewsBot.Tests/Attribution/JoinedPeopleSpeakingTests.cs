using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Two people joined by "and" speak together: neither alone is the speaker, whether the first is a bare title standing
/// for someone the article named ("The President and First Lady Ines Vell said") or both are named ("Mayor Anja Lin and
/// her deputy, Piet Sorensen, both said").
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
}
