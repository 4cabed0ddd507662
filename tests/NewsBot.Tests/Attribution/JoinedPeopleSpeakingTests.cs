using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Two people joined by "and" speak together: neither alone is the speaker, whether the first is a bare title standing
/// for someone the article named ("The President and First Lady Ines Vell said") or both are named ("Mayor Anja Lin and
/// her deputy, Piet Sorensen, both said"), and so are two subjects joined by "and" however each is written ("The mayor and
/// her deputy said", "He and his wife said"). And a surname two of them share, right after one of them spoke, stays with
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
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("quotas were unfair"));
        Assert.Null(quote.Speaker);
        Assert.StartsWith("Mayor Anja Lin and", quote.Source?.Text);
    }

    [Theory]
    [InlineData("The mayor and her deputy said the ferry plan was dead.", "The mayor and her deputy")]
    [InlineData("Mayor Orsa Dent and her deputy said the ferry plan was dead.", "Mayor Orsa Dent and her deputy")]
    [InlineData("He and his wife said the ferry plan was dead.", "He and his wife")]
    [InlineData("The mayor and Bram Oster said the ferry plan was dead.", "The mayor and Bram Oster")]
    [InlineData("The mayor, her deputy and the harbour master said the ferry plan was dead.", "The mayor, her deputy and the harbour master")]
    [InlineData("The mayor, her deputy, and the harbour master said the ferry plan was dead.", "The mayor, her deputy, and the harbour master")]
    [InlineData("On Monday, the mayor and the deputy mayor said the ferry plan was dead.", "the mayor and the deputy mayor")]
    [InlineData("The mayor and her deputy both said the ferry plan was dead.", "The mayor and her deputy")]
    [InlineData("The mayor and her deputy, Bram Oster, said the ferry plan was dead.", "The mayor and her deputy, Bram Oster")]
    public void TwoSubjectsJoinedByAndAreNeitherOfThem(string sentence, string source)
    {
        var quotes = Quotes("Mayor Orsa Dent opened the pier in Kelmarsh on Sunday.\n\n" + sentence);
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("ferry plan"));
        Assert.Null(quote.Speaker);
        Assert.Equal(source, quote.Source?.Text);
    }

    [Fact]
    public void ADirectQuoteOfTwoSubjectsKeepsItsOwnWords()
    {
        var quotes = Quotes("\u201cThe ferry plan is dead,\u201d the mayor and her deputy said.");
        var quote = Assert.Single(quotes);
        Assert.Equal("\u201cThe ferry plan is dead,\u201d", ContentOf(quote));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ASecondClauseAfterAndKeepsItsOwnSubject()
    {
        var quotes = Quotes("The ferry plan stalled and the mayor said it was dead.");
        Assert.Equal("mayor (unnamed)", Assert.Single(quotes, q => ContentOf(q).Contains("it was dead")).Speaker?.Name);
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
