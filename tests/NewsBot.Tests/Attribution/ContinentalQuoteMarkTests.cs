using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Sentences;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// The quote marks of continental European typography, which English editions of German, Nordic and Central
/// European papers keep: „…“ (a low mark opens, a left-hand high mark closes), »…« and «…». The high mark that
/// opens a quote in English closes one opened with a low mark.
/// </summary>
public sealed class ContinentalQuoteMarkTests
{
    private static List<string> QuotedSpans(string body) => QuoteMarks.Find(TestArticles.Parse("Headline\n\n" + body)).Select(s => s.Text).ToList();

    [Fact]
    public void ALowOpeningMarkIsClosedByTheHighLeftMark()
    {
        Assert.Equal(["„The ferry timetable is a mess,“", "„Nobody trusts it.“"],
            QuotedSpans("„The ferry timetable is a mess,“ Ms. Quist said. „Nobody trusts it.“"));
    }

    [Fact]
    public void PointingGuillemetsInEitherDirectionMarkAQuote()
    {
        Assert.Equal(["»The pier must reopen,«"], QuotedSpans("»The pier must reopen,« the harbour board said."));
        Assert.Equal(["«The pier must reopen,»"], QuotedSpans("«The pier must reopen,» the harbour board said."));
    }

    [Fact]
    public void AQuoteInLowMarksHasItsSpeaker()
    {
        var quote = Assert.Single(Quotes("„We have nothing to add,“ the spokeswoman for Vellmar Shipping said."));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("„We have nothing to add,“", ContentOf(quote));
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void AQuoteInLowMarksAfterASpeakerNamedBeforeGoesToThatSpeaker()
    {
        var quotes = Quotes("Harbour master Ilse Dorn said on Monday that the channel was clear.\n\n„There is no danger to shipping. The buoys are back in place,“ Dorn said.");
        var direct = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Ilse Dorn", direct.Speaker?.Name);
        Assert.Equal("„There is no danger to shipping. The buoys are back in place,“", ContentOf(direct));
    }

    [Fact]
    public void AQuoteInLowMarksRunsOnIntoTheNextParagraph()
    {
        Assert.Equal(["„The channel is clear.\n\n„The buoys are back in place,“"],
            QuotedSpans("„The channel is clear.\n\n„The buoys are back in place,“ Ilse Dorn said."));
    }

    [Fact]
    public void AClosingHighMarkAfterAFullStopEndsTheSentenceWithIt()
    {
        var sentences = SentenceSplitter.Split(TestArticles.Parse("Headline\n\n„The buoys are back.“ The harbour reopened on Friday. »The channel is clear.« Ships came in."))
            .Where(s => s.Paragraph > 0).Select(s => s.Text).ToList();
        Assert.Equal(["„The buoys are back.“", "The harbour reopened on Friday.", "»The channel is clear.«", "Ships came in."], sentences);
    }

    [Fact]
    public void AQuoteInLowMarksGoingOnAfterItsAttributionIsOneStatement()
    {
        var quote = Assert.Single(Quotes("„The channel is clear,“ Ilse Dorn said. „The buoys are back in place.“"));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("„The channel is clear,“ | „The buoys are back in place.“", ContentOf(quote));
    }

    [Fact]
    public void AParagraphEndingInAClosingContinentalMarkIsNoSubheading()
    {
        Assert.False(ArticleParser.LooksLikeSubheading("„The channel is clear,“ Ilse Dorn said. „The buoys are back.“"));
        Assert.False(ArticleParser.LooksLikeSubheading("»The channel is clear,« Ilse Dorn said. »The buoys are back.«"));
        Assert.True(ArticleParser.LooksLikeSubheading("„Nobody reads the timetable“"));
    }
}
