using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"How effective was the vaccine": a degree asked, answered by the rate the article gives.</summary>
public sealed class FluShotQuestionsTests(FluShotKnowledge knowledge) : IClassFixture<FluShotKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void HowEffectiveIsAnsweredByTheRateNotByTheSideEffects()
    {
        var answer = Ask("How effective was Corvane's vaccine?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("by 44%", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("How effective was the vaccine?", AnswerType.Number)]
    [InlineData("How popular is the mayor's plan?", AnswerType.Number)]
    [InlineData("How did the vaccine work?", AnswerType.Manner)]
    public void ADegreeAskedIsAnsweredByANumber(string question, AnswerType expected) =>
        Assert.Equal(expected, Question.Parse(question).Expected);
}
