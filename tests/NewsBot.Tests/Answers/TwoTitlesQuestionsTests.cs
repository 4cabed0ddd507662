using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A senator titled "Sen." in one made-up article and "Oregon Sen." in another, asked for by the longer title.</summary>
public sealed class TwoTitlesQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TempFolder _index = new();
    private readonly NewsBot.Knowledge.KnowledgeStore _store;

    public TwoTitlesQuestionsTests()
    {
        File.WriteAllText(_articles["a-bridge.txt"], """
            Bridge plan clears its first vote

            Sen. Tomas Brill said the bridge plan was sound and would be paid for by tolls.

            The plan goes to the full senate next month.
            """);
        // the longer title is written only in narration, and the quotes call him "the senator" and "Brill"
        File.WriteAllText(_articles["b-tolls.txt"], """
            Toll fight heads to the capital

            If a trucking firm can dodge a toll, Oregon Sen. Tomas Brill is against it.

            The senator said he would bring a bill to close the toll loopholes that trucking firms use.

            "Every truck should pay its way across the river," Brill said.
            """);
        _store = new NewsBot.Knowledge.KnowledgeStore(_articles.Path, _index.Path, Microsoft.Extensions.Logging.Abstractions.NullLogger<NewsBot.Knowledge.KnowledgeStore>.Instance);
        _store.Synchronize();
    }

    [Theory]
    [InlineData("What did the Oregon senator say?")]
    [InlineData("What did the Oregon senator say about trucks?")]
    public void TheSenatorAskedByEitherTitleIsQuotedNotCalledUnquoted(string question)
    {
        var answer = new Answerer(_store).Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain("isn't quoted", answer.Message);
        Assert.All(answer.Quotes, q => Assert.Equal("Tomas Brill", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("Every truck should pay"));
    }

    public void Dispose()
    {
        _store.Dispose();
        _index.Dispose();
        _articles.Dispose();
    }
}
