using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>Speech the frames used to miss: a quoted characterisation after a verb of attack, a quote after a dash, a participle after a copula, a one-word reply, a quote after "put it …:".</summary>
public sealed class MissedSpeechTests
{
    [Fact]
    public void GoingAfterSomeoneAsAQuotedNameIsTheirCharacterisation()
    {
        var quotes = Quotes("Senator Tom Ellery spoke on Monday.\n\nAll spring, Ellery went after the port board as a “club of sleepy toll collectors.”");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("Tom Ellery", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void ASpeakerAfterADashHasAQuoteOfTheirOwn()
    {
        var quotes = Quotes("After Ana Ruiz complained that the ferry fees went unpaid ― a claim the port board checked in March ― Tom Ellery joked, “Then I saved the city money.”");
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Direct && q.Speaker?.Name == "Tom Ellery" && q.Content[0].Text == "“Then I saved the city money.”");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Ana Ruiz" && q.Content[0].Text.Contains("joked"));
    }

    [Fact]
    public void AParticipleAfterACopulaSpeaksForItsSubject()
    {
        var quotes = Quotes("Mayor Tom Ellery spoke at the pier.\n\nEllery was calm about the broken crane, saying, “Cranes break and we fix them.”");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("Tom Ellery", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void AOneWordReplyOpeningItsSentenceIsSpeechNotATitle()
    {
        var quotes = Attribute("Editor\n\nMs. Lena Osk runs the Gazette.\n\nMs. Osk laughed when I told her this. \"Fine,\" she said. \"Someone ought to.\"").Quotes;
        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Osk", quote.Speaker?.Name);
        Assert.Equal("\"Fine,\" | \"Someone ought to.\"", ContentOf(quote));
    }

    [Fact]
    public void PuttingItSomeWayBeforeAColonGivesTheQuoteAfterIt()
    {
        var quotes = Attribute("Editor\n\nMs. Lena Osk runs the Gazette. She put it more plainly over coffee at the harbor cafe: \"Mayors who write books are just clerks with ambition.\"").Quotes;
        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Osk", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.StartsWith("\"Mayors who write", ContentOf(quote));
    }

    [Fact]
    public void OneOfSomeNamedWithWhereTheyComeFromWroteThePost()
    {
        var quote = Assert.Single(Quotes("Fans were held in the stadium for an hour. One of those fans, Tia Rusk from Leith, wrote on X: \"Stuck in the stand till midnight with no food. Shambles.\""));
        Assert.Equal("Tia Rusk", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void APostersHandleAsideKeepsTheQuoteFromThePersonQuotedBefore()
    {
        var quotes = Attribute("Ferry\n\n\"It was awful,\" Tia Rusk said.\n\nGuests vented online. \"Day 3 on the ferry. Awful food,\" one passenger, identified only as @blue_gull, wrote on Instagram on Monday.").Quotes;
        var post = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("passenger (unnamed)", post.Speaker?.Name);
    }
}

