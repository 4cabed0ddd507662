using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"What did she die of": the cause of a death, which an obituary gives after the lede that tells the death.</summary>
public sealed class ObituaryQuestionsTests(ObituaryKnowledge knowledge) : IClassFixture<ObituaryKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Theory]
    [InlineData("What did the cartographer Odile Fenwright die of?")]
    [InlineData("What did the cartographer Odile Fenwright die from?")]
    public void WhatSheDiedOfIsTheCauseNotTheDayOfTheDeath(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("complications of kidney failure", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatSomeoneDiedOfAsksForAReason() =>
        Assert.Equal(AnswerType.Reason, Question.Parse("What did the old sailor die of?").Expected);
}
