using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>The head of a body asked for by what the body does, where the article names it in full once, then "the agency".</summary>
public sealed class BodyHeadQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly BodyHeadKnowledge _knowledge;

    public BodyHeadQuestionsTests()
    {
        File.WriteAllText(_articles["glacier-lake.txt"], """
            Villages below glacier lake told to move to higher ground

            Norland's Office for Glaciology and Meltwater Hazards raised its warning for the Skarvik lake to the highest level on Thursday.

            "The ice dam could give way within days, and the valley must be empty before it does," the agency's head, Runa Tveit, told reporters.

            A ferry operator, Lars Holm, said boats would carry families across the fjord for free.
            """);
        _knowledge = new BodyHeadKnowledge(_articles.Path);
    }

    [Fact]
    public void TheHeadOfTheBodyAskedByWhatItDoesIsTheAgencysHead()
    {
        var answer = _knowledge.Answerer.Ask("What did the head of the glaciology agency say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Runa Tveit", q.Speaker?.Name));
    }

    [Fact]
    public void TheHeadOfABodyTheArticleNeverWritesIsNoOneQuoted()
    {
        var answer = _knowledge.Answerer.Ask("What did the head of the fisheries agency say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class BodyHeadKnowledge(string path) : IndexedKnowledge(path);
}
