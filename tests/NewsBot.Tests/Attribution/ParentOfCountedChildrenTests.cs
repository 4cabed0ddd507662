using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The father of two said …", "the mother of three said": a word for a parent and the number of their children is a
/// description whose statement is found, and it is the one person the article was just about, as "the 44-year-old" is.
/// </summary>
public sealed class ParentOfCountedChildrenTests
{
    [Fact]
    public void AFatherOfTwoIsThePersonDescribedJustBefore()
    {
        var quote = Assert.Single(Quotes("Tomas Ekwall, 44, runs the only bakery in Vessby.\n\nThe father of two said the rent on the shop \"doubled overnight.\""));
        Assert.Equal("Tomas Ekwall", quote.Speaker?.Name);
    }

    [Fact]
    public void AMotherOfThreeWithNobodyBeforeIsUnnamed()
    {
        var quote = Assert.Single(Quotes("The mother of three said the rent on the Vessby flat doubled overnight."));
        Assert.Equal("mother of three (unnamed)", quote.Speaker?.Name);
    }
}
