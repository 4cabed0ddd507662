using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Before deliberations began, Judge Norris Vandell of the Harlan County Court of Common Pleas told jurors …": a lone
/// surname of the one person the article names with it, before "of" and a body, is that person; the court is only
/// where they sit, never the speaker.
/// </summary>
public sealed class SurnameWithAffiliationTests
{
    [Fact]
    public void TheJudgeOfACourtIsTheSpeakerNotTheCourt()
    {
        var quotes = Quotes("Judge Norris Vandell opened the session on Monday.\n\n"
            + "Before deliberations began Tuesday, Judge Norris Vandell of the Harlan County Court of Common Pleas told jurors that they could award damages only for reckless conduct.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Norris Vandell", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Fact]
    public void ADateOpeningTheSentenceIsNoCompanysName()
    {
        // "Beginning March 3, the airline will drop …, the company said": a month is never the name of the company
        var quote = Assert.Single(Quotes("Beginning March 3, the airline will drop 41 of its 122 daily departures, the company said."));
        Assert.DoesNotContain("March", quote.Speaker?.Name ?? "");
    }
}
