using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Did the airport close": a change into a state asked as a deed is that state asked of its subject, so a bridge that
/// was shut answers nothing of the airport, whose sentences tell of no closing.
/// </summary>
public sealed class ChangedStateYesNoQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ChangedStateKnowledge _knowledge;

    public ChangedStateYesNoQuestionsTests()
    {
        File.WriteAllText(_articles["tremor.txt"], """
            Tremor shakes Vellmar valley

            A tremor of magnitude 4.8 shook the Vellmar valley on Tuesday night, the geological survey said.

            Staff at Vellmar airport handed out blankets to passengers overnight.

            Flights at the airport were suspended for six hours while engineers checked the runway.

            Officials said the Orrin bridge would be reopened to traffic after inspectors checked its piers.

            The Kessel road bridge, shut since the tremor, was reopened on Thursday.
            """);
        _knowledge = new ChangedStateKnowledge(_articles.Path);
    }

    [Fact]
    public void AnotherThingShutIsNoAnswer()
    {
        var answer = _knowledge.Answerer.Ask("Did the airport close?");
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("bridge", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Has the Kessel bridge reopened?", "Kessel road bridge")]
    [InlineData("Did the Kessel bridge close?", "Kessel road bridge")]
    public void TheThingAskedOfKeepsItsAnswer(string question, string expected)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(expected, answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ChangedStateKnowledge(string path) : IndexedKnowledge(path);
}
