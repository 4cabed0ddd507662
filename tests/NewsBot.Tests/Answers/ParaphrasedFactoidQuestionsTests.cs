using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Factoid and yes/no questions in other words than the article's: a cause given as what something was blamed on, a
/// resumption asked of a hearing that was adjourned until a day, a new deadline given as a new target date, and buying
/// from abroad written as importing.
/// </summary>
public sealed class ParaphrasedFactoidQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ParaphraseKnowledge _knowledge;

    public ParaphrasedFactoidQuestionsTests()
    {
        File.WriteAllText(_articles["storm.txt"], """
            Storm batters Brenmoor coast

            BRENMOOR (Wirenews) — Some 2,000 passengers were stranded at Brenmoor airport on Friday after a storm brought down power lines across the coast.

            Staff at the airport handed out blankets and water overnight.

            The airport was closed for six hours while crews cleared debris from the runway.

            The Kelby district council keeps an inventory of damaged homes, which it updates every evening.

            The Aldwick bridge reopened to traffic on Monday after engineers found no damage to its piers.
            """);
        File.WriteAllText(_articles["mill.txt"], """
            Varrow Mill owners to appeal collapse ruling

            TESSALY — The owners of Varrow Mill have lost their case in the district court and will appeal, their lawyer Orlen Castry said on Tuesday.

            The hearing into the collapse of the mill was adjourned until 14 May.

            The deadline for the inspectors' report was 31 March, but it has been put back.

            The new target date is 12 October, the inspectors said.

            The appeal will be heard by the Supreme Court of Tessaly in the autumn.
            """);
        File.WriteAllText(_articles["grid.txt"], """
            Dalmark grid strained as winter bites

            DALMARK — Dalmark imports power from its neighbours during the coldest weeks of the winter, the grid operator said.

            Farmers in the east had a poor harvest this year.

            The poor harvest was blamed on drought, the farmers' union said.

            The shortage of feed was attributed to the same dry summer.

            Bread prices rose by a tenth in the autumn.
            """);
        File.WriteAllText(_articles["rovers.txt"], """
            Kestrel Rovers reach cup semi-final

            The Kestrel Rovers beat the Dunmore Kites 2-1 on Wednesday to reach the semi-final of the Vell Cup.

            Rovers coach Amund Telby said on Thursday that his team would rest on Saturday.

            The Rovers face the Harlow Pikes on Sunday at the Linmoor ground.
            """);
        _knowledge = new ParaphraseKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    // the paraphrases the articles already answered, kept beside the ones fixed here
    [Theory]
    [InlineData("How many travellers were stranded?", "2,000 passengers")]
    [InlineData("Is there a register of the damaged homes?", "inventory of damaged homes")]
    [InlineData("Which court will hear the case?", "Supreme Court of Tessaly")]
    [InlineData("Who do the Rovers play on Sunday?", "Harlow Pikes")]
    [InlineData("Did the airport close?", "was closed")]
    [InlineData("Has the bridge reopened?", "reopened to traffic")]
    public void AParaphraseFindsItsSentenceFirst(string question, string expected) =>
        Assert.Contains(expected, Ask(question).Quotes[0].Text);

    // "what caused the poor harvest": "the poor harvest was blamed on drought" names its cause right after the thing,
    // as "was attributed to" does
    [Theory]
    [InlineData("What caused the poor harvest?", "blamed on drought")]
    [InlineData("What caused the shortage of feed?", "attributed to the same dry summer")]
    public void ACauseBlamedOrAttributedRightAfterTheThingAnswersWhatCausedIt(string question, string expected) =>
        Assert.Contains(expected, Ask(question).Quotes[0].Text);

    // "when will the hearing resume": the time the halt ends, worded as an adjournment until a day, before a reopening of
    // something else that writes a word for "resume"
    [Fact]
    public void AResumptionAskedInItsVerbIsAnsweredByAnAdjournmentUntilADay() =>
        Assert.Contains("adjourned until 14 May", Ask("When will the hearing resume?").Quotes[0].Text);

    // "when is the new deadline": "the new target date is 12 October", before the sentence with the deadline it replaced
    [Fact]
    public void ANewDeadlineIsTheNewTargetDate() =>
        Assert.Contains("12 October", Ask("When is the new deadline?").Quotes[0].Text);

    // "does the country buy electricity from abroad": "it imports power from its neighbours"
    [Fact]
    public void BuyingFromAbroadIsImporting() =>
        Assert.Contains("imports power", Ask("Does the country buy electricity from abroad?").Quotes[0].Text);

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many sheep were sold at the Pelgrave fair?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ParaphraseKnowledge(string path) : IndexedKnowledge(path);
}
