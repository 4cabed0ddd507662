using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Not everyone inside the old town thinks the fee is fair.": the phrase after "inside" (as after "in", "within",
/// "among", "outside", "throughout") completes the preposition and is never the one who thinks; the old town is no speaker.
/// </summary>
public sealed class PrepositionObjectNoSpeakerTests
{
    [Theory]
    [InlineData("inside")]
    [InlineData("outside")]
    [InlineData("within")]
    public void ThePhraseAfterAPrepositionIsNoSpeaker(string preposition)
    {
        var quotes = Quotes($"Not everyone {preposition} the old town thinks the new parking fee is fair.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("old town") == true);
    }
}
