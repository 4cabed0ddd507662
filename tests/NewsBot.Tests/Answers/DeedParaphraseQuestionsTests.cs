using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Factoid and yes/no questions whose answer words the deed or the thing otherwise than the question does.
/// </summary>
public sealed class DeedParaphraseQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DeedKnowledge _knowledge;

    public DeedParaphraseQuestionsTests()
    {
        File.WriteAllText(_articles["ferry.txt"], """
            Stricken ferry reaches Korvanik after night of drifting

            MELSTRAND (Wirenews) — A passenger ferry that lost power off the coast of Melstrand was taken to the port of Korvanik on Tuesday, the coastguard said.

            The fire alarm on the lower deck sounded at 3.40am, and the crew moved 212 passengers to the upper deck.

            Two tugboats reached the vessel shortly after dawn.

            An inquiry, led by retired judge Alvar Strenholm, will report by the end of the year.

            The Brisk Line shipyard in Melstrand is closing in March, the company confirmed.

            Brisk Line signed a €12m contract with the harbour authority last year to repair its fleet.
            """);
        File.WriteAllText(_articles["mayor.txt"], """
            Pellaro mayor faces fraud trial

            DUNVARE — The mayor of Pellaro, Ilsa Marrow, denies the charges of fraud brought against her in January.

            Prosecutors say Marrow steered council contracts to a firm owned by her brother.

            The mayor admitted in 2019 that she had used a council car for private trips, and repaid the cost.

            The Tessaly Grain company accepted a smaller penalty from the same regulator in 2021.

            Officers took 40 kg of cocaine from a warehouse on the edge of town during a separate raid on Friday.

            The Tessaly Grain company rejects the fine imposed by the regulator last month.

            Ossen airport halted operations on Monday after a storm damaged its runway.

            "We will fight this in court," Marrow said on Thursday.
            """);
        File.WriteAllText(_articles["seawall.txt"], """
            Vellmar to rebuild harbour wall after review

            VELLMAR — A review chaired by former auditor Renata Osk found the harbour wall had not been inspected since 2009.

            The city signed a loan of €40m with a regional bank to rebuild the wall.

            Air raid sirens went off twice in the northern districts during the night.
            """);
        File.WriteAllText(_articles["clinic.txt"], """
            Tavuna clinic reopens its maternity ward

            TAVUNA — The health ministry awarded the clinic a 3 million rand grant in June.

            The grant was worth the long wait for the 40 midwives on the ward.
            """);
        _knowledge = new DeedKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Theory]
    [InlineData("When did the alarm go off?", "sounded at 3.40am")]
    [InlineData("Where was the ship towed?", "port of Korvanik")]
    [InlineData("Where was the vessel brought?", "port of Korvanik")]
    [InlineData("Who chaired the inquiry?", "Strenholm")]
    [InlineData("Who heads the inquiry?", "Strenholm")]
    [InlineData("When will the shipyard shut?", "closing in March")]
    [InlineData("When will the shipyard close?", "closing in March")]
    [InlineData("How much is the contract worth?", "€12m contract")]
    [InlineData("How much was the deal worth?", "€12m contract")]
    [InlineData("What did police seize?", "40 kg of cocaine")]
    [InlineData("What did police confiscate?", "40 kg of cocaine")]
    [InlineData("Has the mayor admitted the charges?", "denies the charges")]
    [InlineData("Did the mayor admit the charges?", "denies the charges")]
    [InlineData("Does the company accept the fine?", "rejects the fine")]
    [InlineData("Has the company accepted the fine?", "rejects the fine")]
    [InlineData("Did the airport close?", "halted operations")]
    [InlineData("Was Ossen airport shut?", "halted operations")]
    [InlineData("Who led the review?", "chaired by")]
    [InlineData("How much is the loan worth?", "loan of €40m")]
    [InlineData("When did the sirens sound?", "went off twice")]
    [InlineData("How much is the grant worth?", "3 million rand grant")]
    public void TheSentenceThatWordsTheDeedOtherwiseComesFirst(string question, string expected) =>
        Assert.Contains(expected, Ask(question).Quotes[0].Text);

    [Theory]
    [InlineData("Has the mayor admitted the charges?")]
    [InlineData("Did the firm deny the allegations?")]
    public void AdmittingOrDenyingAThingIsAFactAsked(string question) =>
        Assert.Equal(QuestionKind.Factoid, Question.Parse(question).Kind);

    [Theory]
    [InlineData("What did the mayor say?")]
    [InlineData("Did the mayor admit that she had lied?")]
    [InlineData("Did the mayor deny the charges were true?")]
    public void WhatSomeoneSaidIsStillTheirWords(string question) =>
        Assert.Equal(QuestionKind.Statements, Question.Parse(question).Kind);

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many goats did the farmers in Quillon sell?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DeedKnowledge(string path) : IndexedKnowledge(path);
}
