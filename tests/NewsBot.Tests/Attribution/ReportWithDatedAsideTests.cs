using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The report of the review panel, released on Tuesday (June 4), said the piers on the east span had been …": the
/// report said it. The phrase after "said" runs on into a verb past its preposition's object, so it is what was said,
/// never an inverted speaker; and a date in brackets is part of the participle's aside.
/// </summary>
public sealed class ReportWithDatedAsideTests
{
    [Fact]
    public void ThePhraseAfterSaidThatRunsIntoAVerbIsNoSpeaker()
    {
        var quote = Assert.Single(Quotes("The 90-page report of the review panel, released on Tuesday (June 4), said the concrete piers on the east span had been badly under-built."));
        Assert.DoesNotContain("piers", quote.Speaker?.Name ?? "");
        Assert.Contains("report", quote.Speaker?.Name ?? "");
    }

    [Fact]
    public void AnInvertedSpeakerWithADayAfterItStillSpeaks()
    {
        var quote = Assert.Single(Quotes("The piers on the east span had been badly under-built, said the chief engineer on Tuesday."));
        Assert.Equal("chief engineer (unnamed)", quote.Speaker?.Name);
    }
}
