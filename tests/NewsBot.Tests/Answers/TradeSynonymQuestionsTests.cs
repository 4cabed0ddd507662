using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up story whose bodies and speakers a reader asks for by a near-synonym of the article's word for their
/// trade or kind: "the regulator" for its "regional watchdog", "the insurance company" for "an insurer", "the port
/// manager" for "harbour manager"; and a bank nobody in it is.
/// </summary>
public sealed class TradeSynonymQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TradeSynonymKnowledge _knowledge;

    public TradeSynonymQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-fares.txt"], """
            Ferry fares to rise on the Quellin crossing

            QUELLIN (Wire) -- Fares on the Quellin crossing will rise by a tenth in May.

            The regional watchdog said it would review the rise before the summer.

            Palder Mutual, an insurer, covers both ferries. The insurer said premiums would not change.

            "The new berths cost more than we planned," said harbour manager Teodor Vask.
            """);
        _knowledge = new TradeSynonymKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the regulator say?", "regional watchdog (unnamed)")]
    [InlineData("What did the insurance company say?", "Palder Mutual")]
    [InlineData("What did the port manager say?", "Teodor Vask")]
    public void ATradeAskedByItsNearSynonymFindsTheSpeaker(string question, string speaker)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.NotEmpty(answer.Quotes);
        Assert.All(answer.Quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    [Fact]
    public void NoSpeakerIsABankTheArticleNeverNames()
    {
        var answer = _knowledge.Answerer.Ask("What did the bank say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class TradeSynonymKnowledge(string path) : IndexedKnowledge(path);
}
