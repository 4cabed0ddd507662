using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the Velmor Rowing Union say?" where the only union quoted is an unnamed one of another country's sport: a
/// body asked by a proper name no article writes is no one quoted, however its words and its head noun are scattered
/// over the article ("Velmor" here, "union" there).
/// </summary>
public sealed class UnwrittenBodyQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly RegattaKnowledge _knowledge;

    public UnwrittenBodyQuestionsTests()
    {
        File.WriteAllText(_articles["regatta-coach.txt"], """
            Ostrava rowing coach quits after regatta defeat

            The head coach of the Ostrava national rowing squad, Pavel Drunek, stepped down on Monday after the eights finished last at the autumn regatta.

            "Once the board had met him, Pavel Drunek chose to give up his post by mutual consent," the union announced on its website.

            Drunek, a Velmor native, coached two Velmor clubs before moving to Ostrava three seasons ago.

            The squad's next race is in April.
            """);
        _knowledge = new RegattaKnowledge(_articles.Path);
    }

    [Fact]
    public void ABodyNamedNowhereIsNotAnotherBodyOfTheSameKind()
    {
        var answer = _knowledge.Answerer.Ask("What did the Velmor Rowing Union say about Drunek?");
        Assert.Empty(answer.Quotes);
        Assert.NotEqual(AnswerKind.Found, answer.Kind);
    }

    [Fact]
    public void TheBodyAskedByItsKindIsStillTheOneQuoted()
    {
        var answer = _knowledge.Answerer.Ask("What did the union say about Drunek?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("mutual consent"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class RegattaKnowledge(string path) : IndexedKnowledge(path);
}
