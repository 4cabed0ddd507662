using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>Broken or odd text gives best-effort output: never an exception, never a runaway.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Broken() => new(
        "\"An unbalanced quote, Maria Lopez said.\n\nThe next paragraph has none.",
        "A quote never closed \u201cruns on and on, she said\n\nand on.",
        "Mismatched marks \u201dhere\u201c and \"there\u201d, John Smith said.",
        "\"Nested 'single' quotes inside \u2018curly\u2019 ones,\" John Smith said, \"and 'more'.\"",
        "\"\"\"\" \u201c\u201c\u201d\u201d said said said, according to , told",
        "said that",
        ", said Smith",
        "according to",
        "\u2015 \u2014 \u2013 \"\" \u2015 Smith",
        string.Concat(Enumerable.Repeat("words with no punctuation at all said the man ", 400)),
        string.Concat(Enumerable.Repeat("\"a, \" b said, \u201c", 500)),
        "She said: " + new string('x', 10_000) + ".");

    [Theory]
    [MemberData(nameof(Broken))]
    public void BrokenTextNeverThrowsAndEverySpanPointsIntoTheText(string body)
    {
        var attributed = TestArticles.Attribute("Headline\n\n" + body);
        var text = attributed.Article.Text;
        foreach (var quote in attributed.Quotes)
        {
            Assert.NotEmpty(quote.Content);
            foreach (var span in quote.Content.Concat(new[] { quote.Source, quote.Cue }.OfType<TextSpan>()))
                Assert.Equal(span.Text, text.Substring(span.Start, span.End - span.Start));
        }
        foreach (var sentence in attributed.Sentences) attributed.QuoteOf(sentence);
    }

    [Fact]
    public void ATenThousandCharacterSentenceOfQuotesAndCuesIsAttributed()
    {
        // speed is the benchmark's business; here it must simply finish with sensible output
        string sentence = string.Concat(Enumerable.Repeat("\"The official, Maria Lopez, said that it is late,\" she said, ", 170)) + ".";
        Assert.True(sentence.Length >= 10_000);
        var attributed = TestArticles.Attribute("Headline\n\n" + sentence);
        Assert.NotEmpty(attributed.Quotes);
        Assert.All(attributed.Quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }
}
