using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, but the villagers rejected it because it came with no guarantee": a cue verb whose object is a bare pronoun
/// followed by the reason for the deed reports no words; the sentence's report is the sources' who said it.
/// </summary>
public sealed class PronounObjectDeedTests
{
    private const string Text =
        "Three people familiar with the negotiations said Orvane Mining had offered to build a new school, but the villagers rejected it because it came with no guarantee on jobs.";

    [Fact]
    public void TheDeedWithAPronounObjectIsNoQuote()
    {
        Assert.DoesNotContain(Quotes(Text), q => q.Speaker?.Name?.StartsWith("villagers", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ThePeopleFamiliarStillSaidTheirClause()
    {
        var quote = Assert.Single(Quotes(Text));
        Assert.Equal("people familiar with the negotiations (unnamed)", quote.Speaker?.Name);
        Assert.Contains("Orvane Mining had offered", ContentOf(quote));
    }
}
