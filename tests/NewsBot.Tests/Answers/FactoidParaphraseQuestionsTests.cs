using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Factoid questions put in other words than the article's: a demonym asked for the country a dateline names, leaving
/// homes for being forced from them, the hours a curfew covers answered by a clock-time range, a why-question answered
/// by what made things worse, a substance found in a sample answered by what someone tested positive for, and a
/// how-many question answered first by the sentence with the count.
/// </summary>
public sealed class FactoidParaphraseQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly FactoidKnowledge _knowledge;

    public FactoidParaphraseQuestionsTests()
    {
        File.WriteAllText(_articles["brushfire.txt"], """
            Brush fire sweeps through hills above Valtoro

            VALTORO, Norway (Wirenews) — A brush fire in the hills above Valtoro has forced more than 7,400 people from their homes, regional officials said on Saturday.

            Fire chief Oskar Lindqvale said the blaze was made worse by weeks without rain and by strong winds from the north.

            Police would enforce a curfew from 11 p.m. to 4 a.m. in the evacuated villages, the regional governor said.

            Crews from three neighbouring districts joined the effort on Sunday.
            """);
        File.WriteAllText(_articles["sprinter.txt"], """
            Sprinter Dalia Vorn banned for two years

            MERREN — Sprinter Dalia Vorn was banned for two years on Tuesday after testing positive for the steroid trenbolone at a meet in April.

            Vorn, 24, said she would appeal the ban.

            The athletics federation said the ban would run from the date of the test.
            """);
        File.WriteAllText(_articles["airline.txt"], """
            Skyvale offers slots to win approval for merger

            KORSTAD — Skyvale Air has offered to surrender 35 daily slots at Korstad airport to win approval for its takeover of Norrwing, regulators said.

            "We are ready to hand back some landing slots," Skyvale chief executive Ansel Brede said. "We want this deal to go through."

            The regulator will rule on the takeover in June.
            """);
        _knowledge = new FactoidKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void ADemonymAskedMeetsTheCountryWrittenAndLeavingHomesIsBeingForcedFromThem() =>
        Assert.Contains("7,400 people", Ask("How many people had to leave their homes because of the Norwegian fire?").Quotes[0].Text);

    [Fact]
    public void WhatHoursAsksForAClockTimeRange() =>
        Assert.Contains("11 p.m. to 4 a.m.", Ask("What hours does the curfew cover?").Quotes[0].Text);

    [Fact]
    public void WhatMadeThingsWorseAnswersWhy() =>
        Assert.Contains("made worse by", Ask("Why did the fire spread so badly?").Quotes[0].Text);

    [Fact]
    public void ASubstanceFoundInASampleIsWhatSomeoneTestedPositiveFor() =>
        Assert.Contains("trenbolone", Ask("What banned substance was found in the sprinter's sample?").Quotes[0].Text);

    [Fact]
    public void AHowManyQuestionIsAnsweredFirstByTheSentenceWithTheCount() =>
        Assert.Contains("35 daily slots", Ask("How many landing slots has the airline offered to give up?").Quotes[0].Text);

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many bridges did the flood wash away in Pelgrave?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class FactoidKnowledge(string path) : IndexedKnowledge(path);
}
