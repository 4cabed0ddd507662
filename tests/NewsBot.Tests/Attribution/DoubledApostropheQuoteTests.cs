using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Sentences;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Two straight apostrophes ('') as quote marks, the convention of newspaper archives typed on keyboards without a
/// double quote: they open and close a quote wherever " and “ ” do, and a single apostrophe stays a possessive or an elision.
/// </summary>
public sealed class DoubledApostropheQuoteTests
{
    private static List<string> Sentences(string body) =>
        SentenceSplitter.Split(TestArticles.Parse("Headline\n\n" + body)).Where(s => s.Paragraph > 0).Select(s => s.Text).ToList();

    private static List<string> QuotedSpans(string body) => QuoteMarks.Find(TestArticles.Parse("Headline\n\n" + body)).Select(s => s.Text).ToList();

    [Fact]
    public void DoubledApostrophesMarkAQuoteFromOpeningToClosingPair()
    {
        Assert.Equal(["''The ferry runs late,''", "''Nobody waits.''"],
            QuotedSpans("''The ferry runs late,'' Ms. Quist said. ''Nobody waits.''"));
    }

    [Fact]
    public void ASingleApostropheIsAPossessiveOrAnElisionNotAQuote()
    {
        Assert.Empty(QuotedSpans("Ms. Quist's band played the '90s hits and some rock 'n' roll at the harbor's fair."));
        Assert.Equal(["''Ms. Quist's band plays rock 'n' roll,''"],
            QuotedSpans("''Ms. Quist's band plays rock 'n' roll,'' the promoter said."));
    }

    [Fact]
    public void AQuoteClosedWithANestedQuoteKeepsBothMarks()
    {
        Assert.Equal(["''He told me, 'Wait here.'''"], QuotedSpans("''He told me, 'Wait here.''' Ms. Quist said."));
    }

    [Fact]
    public void AnInvertedAttributionAfterTheClosingPairGivesTheQuoteItsSpeaker()
    {
        var quote = Assert.Single(Quotes("''There is no money left for the pier,'' said Nora Quist, a harbor commissioner."));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("''There is no money left for the pier,''", ContentOf(quote));
        Assert.Equal("Nora Quist", quote.Speaker?.Name);
    }

    [Fact]
    public void AVerbOfSpeechInsideTheQuoteIsNotItsAttribution()
    {
        var quote = Assert.Single(Quotes("''The mayor believes the pier must reopen by spring,'' said Nora Quist, an aide to the mayor."));
        Assert.Equal("Nora Quist", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void AQuoteGoingOnAfterItsAttributionIsTheSameDirectStatement()
    {
        var quotes = Quotes("Nora Quist runs the harbor board.\n\n''The pier is safe,'' Ms. Quist said. ''The inspectors agreed. We will open Monday.''");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(["''The pier is safe,''", "''The inspectors agreed. We will open Monday.''"], quote.Content.Select(c => c.Text));
        Assert.Equal("Nora Quist", quote.Speaker?.Name);
    }

    [Fact]
    public void SentencesEndAfterTheClosingPairAndStartAtTheOpeningOne()
    {
        Assert.Equal(["''We're ready,'' Ms. Quist said.", "''It is late.''", "Then she left."],
            Sentences("''We're ready,'' Ms. Quist said. ''It is late.'' Then she left."));
        Assert.Equal(["''Why wait?'' Ms. Quist asked.", "The board agreed."], Sentences("''Why wait?'' Ms. Quist asked. The board agreed."));
        Assert.Equal(["''Mr. Aldana was late,'' she said."], Sentences("''Mr. Aldana was late,'' she said."));
    }

    // "" and '' mark the same quotes: every case runs with both
    private static string Marked(string body, string mark) => body.Replace("\"", mark);

    private static List<(string Sentence, string? Speaker)> SpeakerOfEachSentence(string body)
    {
        var attributed = TestArticles.Attribute("Headline\n\n" + body);
        return attributed.Sentences.Where(s => s.Paragraph > 0).Select(s => (s.Text, attributed.QuoteOf(s)?.Speaker?.Name)).ToList();
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("''")]
    public void EverySentenceOfAQuoteClosedByItsAttributionIsTheSpeakers(string mark)
    {
        var speakers = SpeakerOfEachSentence(Marked("Nora Quist runs the harbor board. \"The pier is old. It needs work. We start Monday,\" Ms. Quist said. The board adjourned.", mark));
        Assert.Equal([null, "Nora Quist", "Nora Quist", "Nora Quist", null], speakers.Select(s => s.Speaker));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("''")]
    public void EverySentenceOfAQuoteBeforeAnInvertedAttributionIsTheSpeakers(string mark)
    {
        var speakers = SpeakerOfEachSentence(Marked("\"The pier is old. It needs work,\" said Nora Quist, a harbor commissioner.", mark));
        Assert.Equal(["Nora Quist", "Nora Quist"], speakers.Select(s => s.Speaker));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("''")]
    public void EverySentenceOfAQuoteGoingOnAfterItsAttributionIsTheSpeakers(string mark)
    {
        var speakers = SpeakerOfEachSentence(Marked("Nora Quist runs the harbor board.\n\n\"I don't judge,\" Ms. Quist said. \"But most of us wish we had saved. Start now.\"", mark));
        Assert.Equal([null, "Nora Quist", "Nora Quist", "Nora Quist"], speakers.Select(s => s.Speaker));
    }
}
