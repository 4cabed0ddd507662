using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A speaker whose quote is a paragraph of its own after a bare cue ("He said:").</summary>
public sealed class BareCueQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly BareCueKnowledge _knowledge;

    public BareCueQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-night.txt"], """
            Night ferries return to Pescara

            Harbor chief Ivo Brandt defended the night ferries at a meeting with the crews on Monday.

            He said:

            "The night ferries are the town's lifeline and they will run every night of the year."

            The crews welcomed the plan.
            """);
        _knowledge = new BareCueKnowledge(_articles.Path);
    }

    [Fact]
    public void TheBareCueIsNotShownAsAStatement()
    {
        var answer = _knowledge.Answerer.Ask("What did Ivo Brandt say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Trim() == "He said:");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("the town's lifeline"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class BareCueKnowledge(string path) : IndexedKnowledge(path);
}
