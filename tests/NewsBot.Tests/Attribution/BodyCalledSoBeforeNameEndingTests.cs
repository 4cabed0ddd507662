using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "… a trade pact between the European Union and its neighbours" in the lead, then "the Vale Growers' Guild (VGG), the
/// region's largest farm union," and "The union said …": the body whose name ends in the word is no longer taken as
/// meant when the article called another body by it; the union that spoke is never credited to the European Union.
/// </summary>
public sealed class BodyCalledSoBeforeNameEndingTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    private const string Story =
        "Farmers blocked roads around Tarnbury on Tuesday in protest at a trade pact between the European Union and its southern neighbours.\n\n"
        + "The protest was called by the Vale Growers\u2019 Guild (VGG), the region\u2019s largest farm union, which says the pact would flood the market with cheap grain.\n\n"
        + "The union said in a statement that the blockades would go on until the government promised to vote against the pact.";

    [Fact]
    public void TheUnionIsNotTheEuropeanUnion()
    {
        var quote = Assert.Single(BodyQuotes(Story), q => q.Content[0].Text.Contains("blockades would go on"));
        Assert.NotEqual("European Union", quote.Speaker?.Name);
    }

    [Fact]
    public void TheFundIsStillTheOneBodyWhoseNameEndsSo()
    {
        var quote = Assert.Single(BodyQuotes("The International Lending Fund approved a loan to Tarnbury on Monday.\n\n"
            + "The fund said the money would be paid in three parts."), q => q.Content[0].Text.Contains("three parts"));
        Assert.Equal("International Lending Fund", quote.Speaker?.Name);
    }
}
