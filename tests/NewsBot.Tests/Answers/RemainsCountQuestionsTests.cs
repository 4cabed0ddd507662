using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "How many skeletons were found": a count of the remains uncovered ("the remains of 14 people"), before a sentence that
/// writes the question's words beside no count of them.
/// </summary>
public sealed class RemainsCountQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DigKnowledge _knowledge;

    public RemainsCountQuestionsTests()
    {
        File.WriteAllText(_articles["farrow-dig.txt"], """
            Builders halt work at Farrow site after grim discovery

            Archaeologists digging beside the new depot in Farrow have uncovered the remains of 14 people.

            Skeletons were also found near Farrow Abbey in 1998.

            The first chapel on the hill was founded in 1120.

            A hoard of coins was discovered for the first time in 1874.
            """);
        _knowledge = new DigKnowledge(_articles.Path);
    }

    [Fact]
    public void TheRemainsCountedAnswerHowManySkeletons()
    {
        var answer = _knowledge.Answerer.Ask("How many skeletons were found?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("the remains of 14 people", answer.Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FoundedIsNoFinding()
    {
        var answer = _knowledge.Answerer.Ask("When was the first chapel founded?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("founded in 1120", answer.Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many goats were found in Quillon?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DigKnowledge(string path) : IndexedKnowledge(path);
}
