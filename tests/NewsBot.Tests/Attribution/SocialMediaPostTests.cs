using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "wrote in a Facebook post that …", "wrote in a post on Instagram: “…”": where the words were posted stands between the
/// cue and what was said, and is no part of it; the quote after the colon is the writer's own words.
/// </summary>
public sealed class SocialMediaPostTests
{
    private const string Lead = "Harbour councillor Daniel Varek resigned from the Tessby ferry board on Monday.\n\n";

    [Theory]
    [InlineData("Varek wrote in a Facebook post that the ferry cuts were a mistake.")]
    [InlineData("Varek said in a Facebook post that the ferry cuts were a mistake.")]
    [InlineData("He wrote in his resignation letter that the ferry cuts were a mistake.")]
    public void AVenueWithAWordOfItsOwnBeforeThatIsNoPartOfWhatWasSaid(string sentence)
    {
        var quote = Assert.Single(Quotes(Lead + sentence), q => q.Paragraph == 2);
        Assert.Equal("the ferry cuts were a mistake", ContentOf(quote));
        Assert.Equal("Daniel Varek", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteAfterWroteInAPostOnAPlatformAndAColonIsTheWritersDirectSpeech()
    {
        var quote = Assert.Single(Quotes(Lead + "He wrote in a post on Instagram: \u201cI have given this town ten years.\u201d"), q => q.Paragraph == 2);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\u201cI have given this town ten years.\u201d", ContentOf(quote));
        Assert.Equal("Daniel Varek", quote.Speaker?.Name);
    }
}
