using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Deputy Prime Minister and Finance Minister Ilse Varga said": two titles joined by "and" before a name are one
/// person's, and their role keeps both, so that either title finds them later.
/// </summary>
public sealed class TwoTitlesBeforeNameTests
{
    [Theory]
    [InlineData("Deputy Prime Minister and Finance Minister Ilse Varga said the levy would stay.", "Ilse Varga", "Deputy Prime Minister and Finance Minister")]
    [InlineData("Mayor and party leader Tomas Brekke said the town would appeal.", "Tomas Brekke", "Mayor and party leader")]
    [InlineData("Chairman and chief executive Orla Fenwick said the cannery would keep its staff.", "Orla Fenwick", "Chairman and chief executive")]
    public void BothTitlesAreTheRole(string body, string name, string role)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, role), (speaker?.Name, speaker?.Role));
    }

    [Theory]
    [InlineData("the finance minister")]
    [InlineData("the deputy prime minister")]
    public void EitherTitleFindsThemLater(string description)
    {
        var quotes = Quotes("Deputy Prime Minister and Finance Minister Ilse Varga said the levy would stay.\n\n"
            + "\"We cannot let the stocks collapse,\" " + description + " told reporters in Dunmore.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ilse Varga", q.Speaker?.Name));
    }

    [Fact]
    public void ALowercaseSecondTitleFindsThemLater()
    {
        var quotes = Quotes("Chairman and chief executive Orla Fenwick said the cannery would keep its staff.\n\n"
            + "\"We will ride it out,\" the chairman said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Orla Fenwick", q.Speaker?.Name));
    }
}
