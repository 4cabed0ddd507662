using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Two bodies that speak together ("the Farmers' Union and the Grain Traders Association said in a joint statement")
/// are neither one of them alone, and never one body under a merged name.
/// </summary>
public sealed class TwoBodiesTogetherTests
{
    [Theory]
    [InlineData("The Pell Farmers' Union and the Grain Traders Association said in a joint statement that prices were too low.")]
    [InlineData("The Pell Farmers' Union and Grain Traders Association said in a joint statement that prices were too low.")]
    [InlineData("\"Prices are too low,\" the Pell Farmers' Union and the Grain Traders Association said in a joint statement.")]
    public void NeitherBodyIsNamed(string sentence)
    {
        Assert.Null(Assert.Single(Quotes(sentence)).Speaker);
    }

    [Theory]
    [InlineData("Pell Savings Bank and Trust Company")]
    [InlineData("Corvan Securities and Investments Commission")]
    public void OneBodysNameWithAndStaysWhole(string body)
    {
        var quotes = Quotes($"The {body} said on Monday that deposits had grown.");
        Assert.Equal(body, Assert.Single(quotes).Speaker?.Name);
    }
}
