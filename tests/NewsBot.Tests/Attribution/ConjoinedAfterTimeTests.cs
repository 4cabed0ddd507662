using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "said she expected … before the spring sailings, and warned that …": a time after "before"/"after"/"until" is no
/// subordinate clause, so the second verb of speech is still conjoined to the first and speaks for the same subject.
/// </summary>
public sealed class ConjoinedAfterTimeTests
{
    [Fact]
    public void ASecondVerbAfterATimePhraseIsTheSameSpeakers()
    {
        var quotes = Quotes("Mira Osk said she expected other ferry lines to raise fares before the end of the summer, and warned that rival ports were 'stealing our trade' on short routes.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Mira Osk", q.Speaker?.Name));
        Assert.Contains(quotes, q => ContentOf(q).Contains("stealing our trade"));
    }

    [Fact]
    public void AVerbConjoinedInsideAClauseAfterBeforeIsNotTheSpeakers()
    {
        var quotes = Quotes("Mira Osk said the ferry left before the guards arrived and told the crew to wait.");
        Assert.DoesNotContain(quotes, q => ContentOf(q).StartsWith("the crew"));
    }
}
