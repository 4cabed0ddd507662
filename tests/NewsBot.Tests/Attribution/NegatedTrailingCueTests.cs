using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>A negated cue after the words it would report ("…, a finding the firm has not disclosed") reports nobody.</summary>
public sealed class NegatedTrailingCueTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void ANegatedCueInATrailingAppositiveIsNoSource()
    {
        var quotes = BodyQuotes("Two people briefed on the audit said the ledgers showed that three accounts had been emptied before the auditors arrived, a finding Tallowmere Freight has not disclosed publicly.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Tallowmere Freight");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text.Contains("disclosed") == true);
    }
}
