using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Why-questions answered by a reason in words that hold no "because": what a thing falls short of ("too cramped for",
/// "too young to"), the deed a sanction punishes ("fined … for dumping its ballast"), the demand a protest is held for
/// ("demanding that …"), or beside other words than the question's verb ("settle on" for "picked"); and how-much
/// questions whose verb of money is written in its -ing form ("paying", "spending").
/// </summary>
public sealed class ShortfallAndSanctionQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ShortfallKnowledge _knowledge;

    public ShortfallAndSanctionQuestionsTests()
    {
        File.WriteAllText(_articles["library.txt"], """
            Orvale library to move to former bakery

            ORVALE — Orvale's lending library will leave its Tanner Lane building next spring and reopen in the former Tamsin bakery on Mill Row, the town council said on Thursday.

            The Tanner Lane building is expected to be turned into flats once the library has left.

            The library's present home has become too cramped for the reading room and children's corner that the council has promised, and its roof needs repairs the council cannot afford.

            Librarian Osric Venn said the move would take about a fortnight.
            """);
        File.WriteAllText(_articles["marathon.txt"], """
            Thousands run Pellham marathon in cool weather

            PELLHAM — More than 3,615 runners took part in the Pellham marathon on Sunday, the organisers said.

            "I ran it with my two sons waiting for me at the finish line, which was the best part of the day," said Mira Dalton, a nurse from Westbrook.

            Her sons, aged 11 and 13, are too young to run it themselves under the athletics federation's rules.

            The race was won by Dorran Pike in two hours and nine minutes.
            """);
        File.WriteAllText(_articles["estuary.txt"], """
            Port authority fines Dunmore Freight over estuary spill

            KELLAN — The Kellan port authority on Tuesday fined Dunmore Freight 36,250 euros for dumping its ballast water in the estuary during the summer.

            Crab boat crews blocked the harbour mouth with their boats on Monday, demanding that the authority close the northern quay to tankers.
            """);
        File.WriteAllText(_articles["ferry.txt"], """
            Tolney ferry to run a smaller boat from May

            TOLNEY — The Tolney ferry will cross with a smaller boat from May, carrying 60 passengers instead of 113.

            Its director, Wenna Crale, said the company had picked the smaller boat rather than a second-hand catamaran because the slipway at Tolney cannot take a deep hull.

            Fares will stay at four pounds a crossing.

            Burglars who raided the ferry office in March got in through a window left unlatched, the police said.
            """);
        _knowledge = new ShortfallKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void WhatAPlaceIsTooSmallForIsWhyItIsLeft() =>
        Assert.Contains("too cramped for the reading room", Ask("Why is the Orvale library leaving its Tanner Lane building?").Quotes[0].Text);

    [Fact]
    public void BeingTooYoungIsWhySomeoneCannotTakePart() =>
        Assert.Contains("too young to run it", Ask("Why can't Mira Dalton's sons take part in the marathon?").Quotes[0].Text);

    [Theory]
    [InlineData("Why did the port authority fine Dunmore Freight?", "for dumping its ballast water")]
    [InlineData("Why did the crab boat crews block the harbour mouth?", "demanding that the authority")]
    public void TheDeedASanctionPunishesAndTheDemandOfAProtestAreCauses(string question, string cause)
    {
        var asked = Question.Parse(question);
        var ranked = new Ranker(_knowledge.Store.Index).Rank(asked.Topic, asked.Expected);
        Assert.True(ranked.Single(r => r.Sentence.Text.Contains(cause)).Causal);
    }

    [Theory]
    [InlineData("It remains too early to judge whether the slipway will reopen.")]
    [InlineData("Asked whether the authority had dithered too long to act, the harbour master said it had not.")]
    [InlineData("Shop owners were warned that by now it seemed too late to board up.")]
    public void TooEarlyOrTooLateToJudgeOrTooLongInActingGivesNoCause(string sentence) =>
        Assert.False(Ranker.NamesACause(sentence));

    [Fact]
    public void AVerbTheArticleWritesInOtherWordsLeavesTheSubjectAskedAbout() =>
        // "settle on" is written "picked": after "did", the company is what the question is about as much as its verb
        Assert.Contains("cannot take a deep hull", Ask("Why did the ferry company settle on a smaller boat rather than a catamaran?").Quotes[0].Text);

    [Fact]
    public void AVerbWithAPrepositionGluedToItIsNoSubject() =>
        // "break into": the phrase stops at no "in", so the verb is not read as the burglars' head, asked for
        Assert.Contains("through a window left unlatched", Ask("How did the burglars break into the ferry office?").Quotes[0].Text);

    [Theory]
    [InlineData("How much is the Kellan port authority paying for the new dredger?")]
    [InlineData("How much is the council spending on the library move?")]
    public void AVerbOfMoneyInItsIngFormAsksForASum(string question) =>
        Assert.Equal(AnswerType.Money, Question.Parse(question).Expected);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ShortfallKnowledge(string path) : IndexedKnowledge(path);
}
