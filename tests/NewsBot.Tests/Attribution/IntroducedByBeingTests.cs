using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Among the mourners was a retired miner … “…,” he said. ¶ The miner, Anselm Grieve, said …": a person
/// introduced after "was a" is the "he" right after, and the one the next paragraph names.
/// </summary>
public sealed class IntroducedByBeingTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void TheHeAfterAnIntroducedMinerIsTheMinerNamedNext()
    {
        var quotes = BodyQuotes("Among the mourners was a retired miner who worked the Dunfell pit until 2015. \"She taught half this town to swim,\" he said.\n\n"
            + "The miner, Anselm Grieve, 74, said the chapel had not been so full since the flood.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Anselm Grieve", q.Speaker?.Name));
    }

    [Fact]
    public void AGroupIntroducedIsNoHe()
    {
        var quotes = BodyQuotes("Among the mourners were retired miners who worked the Dunfell pit for decades. \"She taught half this town to swim,\" he said.");
        Assert.Null(Assert.Single(quotes).Speaker);
    }
}
