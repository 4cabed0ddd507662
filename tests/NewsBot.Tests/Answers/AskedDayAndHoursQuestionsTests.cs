using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "On which day" is answered by a day ("broke apart … on Wednesday"), though a sentence further down retells the deed in
/// the question's words without one; "during which hours" by the hours of the day ("between 5 a.m. and 1 p.m.").
/// </summary>
public sealed class AskedDayAndHoursQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LaunchAndWaterKnowledge _knowledge;

    public AskedDayAndHoursQuestionsTests()
    {
        File.WriteAllText(_articles["rocket.txt"], """
            Talvane rocket breaks apart over Ossery coast

            A Talvane Aerospace rocket carrying two weather satellites broke apart shortly after lift-off on Wednesday.

            The failure of the rocket is the third setback for the Talvane programme this year.

            Engineers are still studying why the rocket failed, and debris from it was scattered along the Ossery coast.
            """);
        File.WriteAllText(_articles["rationing.txt"], """
            Brenmore to ration water as reservoirs run dry

            Reservoirs serving Brenmore have fallen to their lowest level in forty years after a dry winter.

            Rationing will apply starting next Monday.

            The rationing of water has been debated for months by the city council.

            Households get water only between 5 a.m. and 1 p.m., and shops at night.

            Homes in the hill districts will get water from tankers until the pumps are repaired.
            """);
        _knowledge = new LaunchAndWaterKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void TheLedeThatGivesTheDayAnswersWhichDay() =>
        Assert.Contains("on Wednesday", Ask("On which day did the rocket fail?").Quotes[0].Text, StringComparison.Ordinal);

    [Fact]
    public void ARangeOfHoursAnswersDuringWhichHours() =>
        Assert.Contains("between 5 a.m. and 1 p.m.", Ask("During which hours will households get water?").Quotes[0].Text, StringComparison.Ordinal);

    [Fact]
    public void TheDayItStartsFromAnswersWhenItBegins() =>
        Assert.Contains("starting next Monday", Ask("When does the rationing begin?").Quotes[0].Text, StringComparison.Ordinal);

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("On which day did the ferry to Quillon sink?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LaunchAndWaterKnowledge(string path) : IndexedKnowledge(path);
}
