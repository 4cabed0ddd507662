using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, but the dockers rejected it because it froze overtime": a cue verb whose object is a bare pronoun
/// followed by the reason for the deed reports no words; the sentence's report is the sources' who said it.
/// </summary>
public sealed class PronounObjectDeedTests
{
    private const string Text =
        "Three aides briefed on the dispute said the Orvane port board had proposed a new wage scale, but the dockers rejected it because it froze overtime.";

    [Fact]
    public void TheDeedWithAPronounObjectIsNoQuote()
    {
        Assert.DoesNotContain(Quotes(Text), q => q.Speaker?.Name?.StartsWith("dockers", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ThePeopleFamiliarStillSaidTheirClause()
    {
        var quote = Assert.Single(Quotes(Text));
        Assert.Equal("aides briefed on the dispute (unnamed)", quote.Speaker?.Name);
        Assert.Contains("Orvane port board had proposed", ContentOf(quote));
    }
}
