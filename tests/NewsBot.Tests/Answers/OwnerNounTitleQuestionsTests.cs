using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up story of a dairy cooperative whose name holds a word one letter longer than the common noun a reader asks
/// its chief executive by ("Velda Farma's chief executive", asked as "the farm's chief executive"), and which writes
/// that noun itself elsewhere: the title's holder is meant, not a typo of the name.
/// </summary>
public sealed class OwnerNounTitleQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly OwnerNounTitleKnowledge _knowledge;

    public OwnerNounTitleQuestionsTests()
    {
        File.WriteAllText(_articles["dairy-strike.txt"], """
            Milk cooperative keeps depots open through drivers' strike

            HOLMVIK (Wire) – Velda Farma, the valley's largest dairy cooperative, kept all nine of its depots open on Tuesday as tanker drivers walked out.

            Velda Farma's chief executive, Oskar Lindqvist, said the cooperative had hired extra vans for the week.

            "No cow on any farm of ours will go unmilked, whatever it costs us," Lindqvist said.

            A drivers' representative, Tilde Rasku, said the strike would last until Friday.
            """);
        _knowledge = new OwnerNounTitleKnowledge(_articles.Path);
    }

    [Fact]
    public void ATitleAskedByItsOwnersCommonNounIsTheHolderTheArticleNames()
    {
        var answer = _knowledge.Answerer.Ask("What did the farm's chief executive say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Oskar Lindqvist", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("go unmilked"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class OwnerNounTitleKnowledge(string path) : IndexedKnowledge(path);
}
