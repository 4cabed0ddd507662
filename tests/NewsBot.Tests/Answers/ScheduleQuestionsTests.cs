using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"When is …", "when does … take effect": a thing to come is answered by the day of the calendar it is set for.</summary>
public sealed class ScheduleQuestionsTests(ScheduleKnowledge knowledge) : IClassFixture<ScheduleKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhenSomethingTakesEffectIsTheDayItStartsFromNotTheSentenceThatRepeatsTakeEffect()
    {
        var answer = Ask("When does the parking fee rise take effect?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("starting Oct. 1", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhenSomethingKicksInIsTheDayItBeginsNotAWeekdayOrAYear()
    {
        var answer = Ask("When do the fees on cruise ships kick in?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("beginning June 15", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhenSomethingIsSetForAWeekdayItIsThatDayNotAPastDateOfTheCalendar()
    {
        var answer = Ask("When will the harbor board vote on the ferry?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("on Thursday", answer.Quotes.First().Text);
    }
}
