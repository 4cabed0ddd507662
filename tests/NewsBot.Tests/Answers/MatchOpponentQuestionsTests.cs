using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Who do the Pikes play on Sunday": the sentence naming the side they play after a word for the match ("take on the
/// Kestrel Rovers"), before one that retells the question's words without any opponent ("will play on Sunday without
/// their captain, Ilse Brond"), whose only name is a player of their own.
/// </summary>
public sealed class MatchOpponentQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly MatchKnowledge _knowledge;

    public MatchOpponentQuestionsTests()
    {
        File.WriteAllText(_articles["final.txt"], """
            Pikes coach confident ahead of final

            The Harlow Pikes will play on Sunday without their captain, Ilse Brond, who injured a knee in training.

            The Pikes take on the Kestrel Rovers in the Vell Cup final at the Linmoor ground.

            Coach Edda Varn said the squad was confident.
            """);
        _knowledge = new MatchKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("Who do the Pikes play on Sunday?")]
    [InlineData("Who will the Pikes play?")]
    [InlineData("Who do the Pikes face in the final?")]
    public void TheSidePlayedIsNamedAfterAWordForTheMatch(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("Kestrel Rovers", answer.Quotes[0].Text);
    }

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Who won the Tarrow marathon?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class MatchKnowledge(string path) : IndexedKnowledge(path);
}
