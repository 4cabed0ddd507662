using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions about a made-up canal report, asked with other words of the same family or meaning than it writes.</summary>
public sealed class CanalQuestionsTests(CanalKnowledge knowledge) : IClassFixture<CanalKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void AStableTownIsTheTownsStabilityAndVitalIsIndispensable()
    {
        var answer = Ask("Who argues that a stable town is vital?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("stability and trade are indispensable", answer.Quotes.First().Text);
        Assert.Equal("Olga Renner", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void WhoConcludedSomethingIsAnsweredByTheOneWhoRuledIt()
    {
        var answer = Ask("Who concluded that the mayor's claim was right?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("The tribunal then ruled", answer.Quotes.First().Text);
    }

    [Fact]
    public void MeetingATargetIsReachingAGoal()
    {
        var answer = Ask("Did the ferry board meet its target for riders?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("reached its goal of carrying 40,000 people", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhyIsAnsweredByTheCauseWrittenBeforeSo()
    {
        var answer = Ask("Why doesn't the number of barge crossings equal the number of lock openings?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("one lock may hold more than one barge", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhyAboutSomethingTheReportNeverExplainsFindsNothing()
    {
        var answer = Ask("Why were the barge owners fined?");
        Assert.NotEqual(AnswerKind.Found, answer.Kind);
    }

    [Fact]
    public void WasSomeoneArmedIsAnsweredByTheSentenceThatHeHadNoWeapon()
    {
        var answer = Ask("Was Dorian Vale armed?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Equal("He had no weapon in his bag or his coat.", answer.Quotes.First().Text);
    }
}
