using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The father of three said …": a word for a parent and the number of their children is a description whose
/// statement is found, and it is the one person the article met in that paragraph or the one before. Never another
/// speaker met in between (an anonymous official, a union chief): then it stays unnamed.
/// </summary>
public sealed class ParentOfCountedChildrenTests
{
    [Fact]
    public void AFatherOfThreeIsTheOnePersonDescribedJustBefore()
    {
        var quote = Assert.Single(Quotes("Ferry crews in Dunmere walked out on Monday over unpaid wages.\n\n"
            + "Among the strikers was Oskar Fennel, a 38-year-old deckhand.\n\n"
            + "\"We have not been paid since March,\" the father of three said."));
        Assert.Equal("Oskar Fennel", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAnonymousOfficialQuotedBeforeIsNeverTheFather()
    {
        var quotes = Quotes("Ferry crews in Dunmere walked out on Monday over unpaid wages.\n\n"
            + "Among the strikers was Oskar Fennel, a 38-year-old deckhand.\n\n"
            + "A ministry official, who asked not to be named, said the wages would be paid \"within days.\"\n\n"
            + "\"We have not been paid since March,\" the father of three said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("March", StringComparison.Ordinal));
        Assert.Equal("father of three (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AnotherSpeakerBetweenLeavesTheFatherUnnamed()
    {
        var quotes = Quotes("Ferry crews in Dunmere walked out on Monday over unpaid wages.\n\n"
            + "Among the strikers was Oskar Fennel, a 38-year-old deckhand. Union chief Per Lundvik said the strike would go on.\n\n"
            + "\"We have not been paid since March,\" the father of three said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("March", StringComparison.Ordinal));
        Assert.Equal("father of three (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AMotherOfTwoWithNobodyBeforeIsUnnamed()
    {
        var quote = Assert.Single(Quotes("The mother of two said the rent on the Dunmere flat doubled overnight."));
        Assert.Equal("mother of two (unnamed)", quote.Speaker?.Name);
    }
}
