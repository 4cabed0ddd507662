using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the Coastal Crew Guild, which represents about 800 drivers … The union said": an organization that represents
/// people is the union. A union of states the article names only further on is not.
/// </summary>
public sealed class UnionKindTests
{
    private static IReadOnlyList<Quote> Quotes(string article) => TestArticles.Attribute(article).Quotes;

    [Fact]
    public void AnOrganizationThatRepresentsWorkersIsTheUnionThatSpeaksNext()
    {
        var quotes = Quotes("Ferry fares to rise\n\nThe plan has drawn fire from the Coastal Crew Guild, which represents about 800 drivers on the two bus lines. The union called the plan a bad bargain and warned the fares would \"empty the boats by winter.\"");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("empty the boats"));
        Assert.Equal("Coastal Crew Guild", quote.Speaker?.Name);
    }

    [Fact]
    public void AnOrganizationThatRepresentsFirmsIsNoUnion()
    {
        var quotes = Quotes("Ferry fares to rise\n\nThe plan has drawn fire from the Harbor Trade Council, which represents about 300 shops on the waterfront. The union called the plan a bad bargain and warned the fares would \"empty the boats by winter.\"");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("empty the boats"));
        Assert.NotEqual("Harbor Trade Council", quote.Speaker?.Name);
    }

    [Fact]
    public void AUnionOfStatesNamedOnlyLaterIsNotTheUnionThatSpokeBefore()
    {
        var quotes = Quotes("Port cuts\n\nGunnar Pell, the head of the Dockworkers' Federation, warned that the cuts would hit the smaller ports. The union said some 800 jobs at a planned terminal in Osby were frozen.\n\n"
            + "Brussels has promised that the European Union will pay about a quarter of the costs.");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("800 jobs"));
        Assert.NotEqual("European Union", quote.Speaker?.Name);
    }
}
