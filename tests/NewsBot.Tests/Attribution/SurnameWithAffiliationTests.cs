using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Before deliberations began, Judge Norris Vandell of the Harlan County Court of Petty Sessions told jurors …": a lone
/// surname of the one person the article names with it, before "of" and a body, is that person; the court is only
/// where they sit, never the speaker.
/// </summary>
public sealed class SurnameWithAffiliationTests
{
    [Fact]
    public void TheJudgeOfACourtIsTheSpeakerNotTheCourt()
    {
        var quotes = Quotes("Judge Norris Vandell opened the session on Monday.\n\n"
            + "Before deliberations began Tuesday, Judge Norris Vandell of the Harlan County Court of Petty Sessions told jurors that they could award damages only for reckless conduct.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Norris Vandell", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Fact]
    public void ADateOpeningTheSentenceIsNoCompanysName()
    {
        // "Starting June 9, the carrier will cut …, the company said": a month is never the name of the company
        var quote = Assert.Single(Quotes("Starting June 9, the carrier will cut 12 of its 80 daily flights, the company said."));
        Assert.DoesNotContain("June", quote.Speaker?.Name ?? "");
    }
}
