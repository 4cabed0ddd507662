using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>“…,” lead researcher Jo Doe of the Harmon Institute in Harrow told Reuters.: a lowercase title, a name, an affiliation and its place before the cue.</summary>
public sealed class TitleNameAffiliationSourceTests
{
    private const string Trial =
        "The pill cut fevers by half, the doctors reported.\n\n"
        + "“This is the best result we have had,” lead researcher Ines Volta of the Danube Institute in Linz told Reuters.\n\n"
        + "“What struck us most was how long it lasted.\n\n"
        + "“But we must be careful. One year is short,” she said.";

    [Fact]
    public void TheNamedResearcherSaidTheQuote()
    {
        var quote = Assert.Single(Quotes(Trial), q => q.Paragraph == 2);
        Assert.Equal("Ines Volta", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void TheQuoteOverTwoParagraphsAfterItIsHersToo()
    {
        Assert.Contains(Quotes(Trial), q => q.Paragraph >= 3 && q.Speaker?.Name == "Ines Volta" && ContentOf(q).Contains("What struck us"));
    }

    [Fact]
    public void AnUnnamedDescriptionWithAPlaceStaysUnnamed()
    {
        var quote = Assert.Single(Quotes("“This is the best result,” a nurse at the clinic in Linz told Reuters."));
        Assert.EndsWith("(unnamed)", quote.Speaker?.Name);
    }
}
