using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the EU observers say?": an unnamed body whose description spells out the initials asked ("the European
/// Union observer mission") is the body asked, not another body's people who happen to be described by the same noun.
/// </summary>
public sealed class ObserverMissionQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ObserverKnowledge _knowledge;

    public ObserverMissionQuestionsTests()
    {
        File.WriteAllText(_articles["vardel-count.txt"], """
            Count drags on in Vardel's northern districts

            The European Union observer mission to Vardel said on Monday that the count of ballots in the northern districts had been "orderly but slow."

            The mission said it would publish a full report within two weeks.

            Farmers in the Kell valley complained that the price of diesel had doubled since the spring.
            """);
        File.WriteAllText(_articles["osk-ferry.txt"], """
            Ferry fares rise on the Osk crossing

            Observers from the Ferry Passengers Forum said the new timetable left the island without a morning boat.

            The operator said fares would rise by a tenth in May.
            """);
        _knowledge = new ObserverKnowledge(_articles.Path);
    }

    [Fact]
    public void ObserversAskedByTheBodysInitialsAreTheMissionThatSpellsThemOut()
    {
        var answer = _knowledge.Answerer.Ask("What did the EU observers say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("orderly but slow"));
        Assert.All(answer.Quotes, q => Assert.StartsWith("European Union observer mission", q.Speaker?.Name));
    }

    [Fact]
    public void InitialsNoDescriptionSpellsOutAreNoOneQuoted()
    {
        var answer = _knowledge.Answerer.Ask("What did the UN observers say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ObserverKnowledge(string path) : IndexedKnowledge(path);
}
