using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Ana Koru, who chairs the residents' society, said … ¶ The 66-year-old retired schoolteacher, who …, said": an aged
/// description by a trade (a compound such as "schoolteacher", or a trade word such as "skipper") right after the
/// paragraph about a named person is that person, as "the 61-year-old farmer" already was.
/// </summary>
public sealed class AgedTradeAfterNameTests
{
    [Fact]
    public void AnAgedCompoundTradeIsThePersonOfTheParagraphBefore()
    {
        var quotes = Quotes("Ana Koru, who chairs the residents' society, said the committee had ignored its own plan.\n\n"
            + "The 66-year-old retired schoolteacher, who has lived in Kessa since 1990, said the society had collected 31,000 dollars.");
        Assert.All(quotes, q => Assert.Equal("Ana Koru", q.Speaker?.Name));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void AnAgedFormerTradeAfterAQuoteIsThePersonOfTheParagraphBefore()
    {
        var quotes = Quotes("Ivo Strand, chief executive of the trawler company Nordhav, said the industry was losing money.\n\n"
            + "\"Every season without a deal is money thrown into the sea,\" the 47-year-old former skipper said.");
        Assert.Equal("Ivo Strand", Assert.Single(quotes, q => q.Kind == NewsBot.Knowledge.Attribution.QuoteKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void ASkipperTheArticleIntroducedIsNotThePersonBefore()
    {
        var quotes = Quotes("Ivo Strand, chief executive of Nordhav, said the industry was losing money. A 47-year-old skipper waited on the quay.\n\n"
            + "\"Every season without a deal is money thrown into the sea,\" the 47-year-old skipper said.");
        Assert.NotEqual("Ivo Strand", Assert.Single(quotes, q => q.Kind == NewsBot.Knowledge.Attribution.QuoteKind.Direct).Speaker?.Name);
    }
}
