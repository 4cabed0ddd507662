using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A memo quoted over two paragraphs: the first paragraph's last quote is left open, the next one goes on with it.</summary>
public sealed class MemoRunOnQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly MemoKnowledge _knowledge;

    public MemoRunOnQuestionsTests()
    {
        File.WriteAllText(_articles["bakery-chain.txt"], """
            Loafwright to shut 40 bakeries as flour costs climb

            Loafwright, the bakery chain, will close 40 of its shops by spring, its founder told staff in a memo on Monday.

            "I never thought I would write this letter," founder Priya Okonjo wrote in the memo, which was shared with reporters. "We will close 40 shops in the next three months, most of them in the north.

            "Flour has doubled in price since last year. Every shop we close is on me, and I will answer for each one."

            The chain employs about 2,600 bakers.
            """);
        _knowledge = new MemoKnowledge(_articles.Path);
    }

    [Fact]
    public void AQuoteLeftOpenAtTheParagraphsEndGoesOnInTheNextParagraph()
    {
        var answer = _knowledge.Answerer.Ask("What did Priya Okonjo say in her memo?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("close 40 shops"));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("answer for each one"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class MemoKnowledge(string path) : IndexedKnowledge(path);
}
