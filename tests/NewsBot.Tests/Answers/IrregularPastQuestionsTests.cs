using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "By how much did the upland flock shrink?": an irregular verb's past ("the flock shrank") holds the question's verb,
/// before a sentence that only names the flock with a figure of its own.
/// </summary>
public sealed class IrregularPastQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly IrregularPastKnowledge _knowledge;

    public IrregularPastQuestionsTests()
    {
        File.WriteAllText(_articles["flock.txt"], """
            Upland sheep numbers fall again

            The upland flock of the Carrow hills shrank by a fifth over the winter, the grazing board said on Thursday.

            Two winters ago the upland flock counted 7,350 ewes.

            Hill farmers have long complained about the board's grazing fees.
            """);
        _knowledge = new IrregularPastKnowledge(_articles.Path);
    }

    [Fact]
    public void AnIrregularPastHoldsTheQuestionsVerb()
    {
        var answer = _knowledge.Answerer.Ask("By how much did the upland flock shrink?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("shrank by a fifth", answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class IrregularPastKnowledge(string path) : IndexedKnowledge(path);
}
