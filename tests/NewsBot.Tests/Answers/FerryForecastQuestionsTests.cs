using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A count asked of a noun is the sentence that counts it, not one naming the noun beside a figure of something else;
/// and what someone expects of a figure is what they forecast of it.
/// </summary>
public sealed class FerryForecastQuestionsTests(FerryForecastKnowledge knowledge) : IClassFixture<FerryForecastKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void HowManyPassengersIsTheSentenceCountingThemNotOneRefundingThemASum()
    {
        var answer = Ask("How many passengers were on the ferry to Carrow?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("412 passengers", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatABankExpectsOfAFigureIsWhatItsEconomistForecast()
    {
        var answer = Ask("How much does Harlow Credit Union expect Vessby rents to grow next year?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("Vessby rents 6 per cent", answer.Quotes.First().Text);
    }
}
