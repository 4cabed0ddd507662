using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A figure asked over a stretch ("each year"), as it was before a change, owed rather than paid, or as a time: the
/// sentence that gives that figure, not one that names more of the question beside another figure.
/// </summary>
public sealed class FigureQuestionsTests(FigureKnowledge knowledge) : IClassFixture<FigureKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void AYearlyCostIsTheSumGivenAYearNotAnHourlyWageBesideTheName()
    {
        var answer = Ask("How much will the pay rise cost the Copper Kettle Bakery each year?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("$52,000 a year", answer.Quotes.First().Text);
    }

    [Fact]
    public void AFigureBeforeAChangeIsTheOneItWasRaisedFrom()
    {
        var answer = Ask("How many bus routes were to be scrapped before the board raised the number?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("an original 18", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatACollegeMustPayIsWhatItOwesNotASumOfAnotherArticleWithAStateInIt()
    {
        var answer = Ask("How much will Ashgrove State have to pay Lodd?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("$3.2 million", answer.Quotes.First().Text);
    }

    [Fact]
    public void ARacersTimeIsTheTimeOnTheClockNotTheSentenceThatWritesTheQuestionsWord()
    {
        var answer = Ask("What was Okonjo's finishing time?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("41:07", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowMuchRevenueIsASumOfMoneyNotAShareOfIt()
    {
        var answer = Ask("How much revenue could Tollam Foods lose because of the ban?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("$90 million", answer.Quotes.First().Text);
    }
}
