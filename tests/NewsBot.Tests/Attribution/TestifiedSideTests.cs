using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"testified for the prosecution", "testified against his partner": the side a witness took is no statement.</summary>
public sealed class TestifiedSideTests
{
    [Fact]
    public void TestifyingForASideSaysNothing()
    {
        Assert.Empty(Quotes("Brask pleaded guilty in March and testified for the prosecution."));
        Assert.Empty(Quotes("Brask testified against his former partner in June."));
    }

    [Fact]
    public void TestifyingThatSomethingHappenedIsAStatement()
    {
        var quote = Assert.Single(Quotes("Brask testified that the ledgers had been altered."));
        Assert.Equal("the ledgers had been altered", ContentOf(quote));
    }
}
