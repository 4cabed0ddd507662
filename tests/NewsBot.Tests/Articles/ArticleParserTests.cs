using System.Text;
using NewsBot.Knowledge.Articles;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Articles;

public sealed class ArticleParserTests
{
    [Fact]
    public void TheFirstNonEmptyLineIsTheHeadlineAndEveryLineAParagraph()
    {
        var article = TestArticles.Parse("\n\nThe headline\nFirst paragraph.\nA subheading\nSecond paragraph.\n\n");
        Assert.Equal("The headline", article.Headline);
        Assert.Equal(["The headline", "First paragraph.", "A subheading", "Second paragraph."], article.Paragraphs.Select(article.TextOf));
        Assert.Equal(ParagraphKind.Subheading, article.Paragraphs[2].Kind);
        Assert.Equal([0, 1, 2, 3], article.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void BlankLinesSplitParagraphsWhenTheBodyHasThem()
    {
        var article = TestArticles.Parse("Headline\r\n\r\nOne line\r\nwrapped here.\r\n\r\nSecond block.\r\n");
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("One line\r\nwrapped here.", article.TextOf(article.Paragraphs[1]));
    }

    [Fact]
    public void TheSampleArticleIsNumberedAsTheContractSays()
    {
        var article = TestArticles.Sample();
        Assert.Equal(21, article.Paragraphs.Count);
        Assert.StartsWith("\"No option is off the table,\" Press Secretary Jen Psaki", article.TextOf(article.Paragraphs[3]));
        Assert.Equal("Blinken: Russia rejects new talks", article.TextOf(article.Paragraphs[5]));
        Assert.Equal(ParagraphKind.Subheading, article.Paragraphs[5].Kind);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty")]
    [InlineData(new byte[] { 0x48, 0x00, 0x49, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x48, 0x69, 0xC3, 0x28, 0x0A }, "UTF-8")]
    public void BrokenFilesAreRefusedWithAReason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<InvalidArticleException>(() => ArticleReader.Parse("x", bytes));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void AByteOrderMarkIsRemovedSoOffsetsMatchTheTextAsRead()
    {
        var article = ArticleReader.Parse("x", Encoding.UTF8.GetPreamble().Concat("Headline\nBody.\n"u8.ToArray()).ToArray());
        Assert.Equal("Headline", article.Headline);
        Assert.Equal(0, article.Paragraphs[0].Start);
    }

    [Theory]
    [InlineData("‘They went straight for the cash drawer’", ParagraphKind.Subheading)]
    [InlineData("“Nobody warned the night shift”", ParagraphKind.Subheading)]
    [InlineData("“Nobody warned the night shift.”", ParagraphKind.Body)]
    public void AShortLineWhollyInQuoteMarksIsAPullQuoteSubheading(string line, ParagraphKind kind)
    {
        var article = TestArticles.Parse("Headline\n\nThe kiosk was robbed on Friday.\n\n" + line + "\n\nThe owner said the thieves knew the shop.");
        Assert.Equal(kind, article.Paragraphs[2].Kind);
    }
}
