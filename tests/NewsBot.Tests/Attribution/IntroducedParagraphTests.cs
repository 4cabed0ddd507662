using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A paragraph that is one quote from end to end, introduced by the paragraph before closing on a colon that names a
/// statement: "Ruiz made the following comment:", "… this statement by Tom Ellery on June 11:".
/// </summary>
public sealed class IntroducedParagraphTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Quotes(body);

    [Fact]
    public void AQuoteParagraphAfterMadeTheFollowingCommentIsTheSubjectsStatement()
    {
        var quotes = Quotes("Mayor Ana Ruiz spoke at the pier on Friday.\n\nOn May 3, Ruiz made the following comment:\n\n"
            + "“For riders who take the early ferry, the fare is too high. For riders who take the late ferry, it is fair.”");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal(3, quote.Paragraph);
        Assert.StartsWith("“For riders", TestArticles.ContentOf(quote));
    }

    [Fact]
    public void AStatementByANameIsThatNamesNotTheRatersWhoseVerbIntroducesIt()
    {
        var quotes = Quotes("The bias shows when looking at how the council rated this statement by Tom Ellery on June 11:\n\n"
            + "“If you look at the docks, the pilots are an example: 40 percent vacancies; 40 percent.”");
        var quote = Assert.Single(quotes);
        Assert.Equal("Tom Ellery", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void ALeftQuoteMarkTypedAtTheParagraphsEndClosesTheQuote()
    {
        var quotes = Quotes("Ruiz made the following comment:\n\n“For riders who take the early ferry, the fare is 33 percent.  If they are late, it is 51 percent.“");
        var quote = Assert.Single(quotes);
        Assert.EndsWith("51 percent.“", TestArticles.ContentOf(quote));
        Assert.Equal("Ruiz", quote.Speaker?.Name);
    }

    [Fact]
    public void AnIntroducedParagraphWithoutQuoteMarksIsNobodysQuote()
    {
        Assert.DoesNotContain(Quotes("The council made the following comment:\n\nThe ferry will run until the ice comes."), q => q.Speaker is not null);
    }
}
