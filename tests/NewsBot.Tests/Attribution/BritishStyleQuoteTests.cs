using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// British style: single quotation marks around direct quotes, "said Mr Ruiz" with a courtesy title and no period,
/// a quote continued after its attribution, and apostrophes inside words that never open or close a quote.
/// </summary>
public sealed class BritishStyleQuoteTests
{
    private const string Ferry =
        "The harbour master, Ana Ruiz, said the ferry would ‘never sail’ again.\n\n" +
        "‘The town’s boats have done their work since the 1990s,’ said Ms Ruiz. ‘Nobody asked the crews. We won’t be told what to do.’\n\n" +
        "Ruiz later posted on X: ‘Long day at the pier. The fleet stays.’";

    [Fact]
    public void SingleMarksQuoteAndTheQuoteGoesOnAfterAnInvertedAttributionWithATitle()
    {
        var quote = Assert.Single(Quotes(Ferry), q => q.Paragraph == 2);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("‘The town’s boats have done their work since the 1990s,’ | ‘Nobody asked the crews. We won’t be told what to do.’", ContentOf(quote));
    }

    [Fact]
    public void APartialQuoteInSingleMarksMakesTheStatementMixed()
    {
        var quote = Assert.Single(Quotes(Ferry), q => q.Paragraph == 1);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("the ferry would ‘never sail’ again", ContentOf(quote));
    }

    [Fact]
    public void APostOnAPlatformIsTheQuoteAfterTheColon()
    {
        var quote = Assert.Single(Quotes(Ferry), q => q.Paragraph == 3);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("‘Long day at the pier. The fleet stays.’", ContentOf(quote));
    }

    [Fact]
    public void APluralPossessiveInsideAQuoteDoesNotCloseIt()
    {
        var quote = Assert.Single(Quotes("‘The members’ vote was clear, and we accept it,’ said Mr Tate."));
        Assert.Equal("‘The members’ vote was clear, and we accept it,’", ContentOf(quote));
        Assert.Equal("Tate", quote.Speaker?.Name);
    }

    [Fact]
    public void ADoubleQuoteNestedInASingleOneLeavesTheArticleBritish()
    {
        const string text =
            "The baker, Tom Idris, said the inspectors had come ‘without warning’.\n\n" +
            "‘I handed them the certificate. One of them read it and said, “Out of date,” and walked off,’ Mr Idris said. ‘I’ve run this oven for twenty years.’";
        var quote = Assert.Single(Quotes(text), q => q.Paragraph == 2);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Tom Idris", quote.Speaker?.Name);
        Assert.Equal("‘I handed them the certificate. One of them read it and said, “Out of date,” and walked off,’ | ‘I’ve run this oven for twenty years.’", ContentOf(quote));
    }

    [Fact]
    public void AnArticleWithDoubleMarksKeepsItsApostrophesOutOfQuotes()
    {
        var quote = Assert.Single(Quotes("\"We are ready,\" said Ana Ruiz, the port’s director. ‘Tis the season, the crews’ union said."), q => q.Kind == QuoteKind.Direct);
        Assert.Equal("\"We are ready,\"", ContentOf(quote));
    }

    [Fact]
    public void StraightSingleMarksQuoteAndTheReportInsideIsTheQuotes()
    {
        var quotes = Quotes("Ana Oduya, a teacher in Pellham, fled the flood on Tuesday.\n\n"
            + "'Nobody told us where to go,' she said. 'We didn't know the river's banks would break.'");
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Ana Oduya", quote.Speaker?.Name);
        Assert.Equal("'Nobody told us where to go,' | 'We didn't know the river's banks would break.'", ContentOf(quote));
    }

    [Fact]
    public void AnApostropheAloneMakesNoStraightQuote()
    {
        var quote = Assert.Single(Quotes("Ana Oduya said the members' vote in the '90s was rock 'n' roll at its best."));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the members' vote in the '90s was rock 'n' roll at its best", ContentOf(quote));
    }
}
