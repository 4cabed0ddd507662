using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the head of the utility say?" where the article quotes "…, said Henrik Solvang, director of the utility":
/// a director of the body, with no field before the title, heads it; a "finance director" does not.
/// </summary>
public sealed class DirectorAsHeadQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DirectorKnowledge _knowledge;

    public DirectorAsHeadQuestionsTests()
    {
        File.WriteAllText(_articles["reservoir.txt"], """
            Tarnvik water utility warns of summer rationing

            TARNVIK - The Tarnvik Water Utility said on Monday that its reservoirs were at their lowest level in twenty years.

            "We will have to ration water in July unless it rains," said Henrik Solvang, director of the utility.

            The utility's finance director, Ola Brekke, said bills would not rise this year.
            """);
        _knowledge = new DirectorKnowledge(_articles.Path);
    }

    [Fact]
    public void TheDirectorOfTheBodyIsItsHead()
    {
        var answer = _knowledge.Answerer.Ask("What did the head of the utility say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Speaker?.Name == "Henrik Solvang");
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Ola Brekke");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DirectorKnowledge(string path) : IndexedKnowledge(path);
}
