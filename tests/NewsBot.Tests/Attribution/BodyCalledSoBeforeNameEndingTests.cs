using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "… a grain pact the Ostrava Pact Union signed" in the lead, then "the Vale Growers' Guild (VGG), the
/// region's largest farm union," and "The union said …": the body whose name ends in the word is no longer taken as
/// meant when the article called another body by it; the union that spoke is never credited to the Ostrava Pact Union.
/// </summary>
public sealed class BodyCalledSoBeforeNameEndingTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    private const string Story =
        "Farmers blocked roads around Tarnbury on Tuesday over a grain pact the Ostrava Pact Union signed with its southern neighbours.\n\n"
        + "The Vale Growers\u2019 Guild (VGG), the region\u2019s largest farm union, organised the blockades, which it says will last as long as the pact stands.\n\n"
        + "The union said the road blocks would continue until ministers promised to oppose the deal.";

    [Fact]
    public void TheUnionIsNotTheUnionOfStatesTheLeadNamed()
    {
        var quote = Assert.Single(BodyQuotes(Story), q => q.Content[0].Text.Contains("road blocks would continue"));
        Assert.NotEqual("Ostrava Pact Union", quote.Speaker?.Name);
    }

    [Fact]
    public void TheFundIsStillTheOneBodyWhoseNameEndsSo()
    {
        var quote = Assert.Single(BodyQuotes("The Orvane Lending Fund approved a loan to Tarnbury on Monday.\n\n"
            + "The fund said the loan would come in three parts."), q => q.Content[0].Text.Contains("three parts"));
        Assert.Equal("Orvane Lending Fund", quote.Speaker?.Name);
    }
}
