using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A who-said question in other words than any statement writes: a statement sharing only the question's commoner words,
/// while its rarest word is written elsewhere, speaks of something else, and its speaker is never said to have said it.
/// </summary>
public sealed class LooseWhoSaidQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LooseKnowledge _knowledge;

    public LooseWhoSaidQuestionsTests()
    {
        File.WriteAllText(_articles["fever.txt"], """
            Fever cases climb in Orrin Vale

            ORRIN VALE — Cases of marsh fever rose to 240 this week, among them a farmer's son, health officials said on Monday.

            The district health director, Tomas Reyvik, said the council had opened two more field clinics in the valley.

            "Bring the sick to a field clinic on the first day of fever, not the fifth," Reyvik said.

            Petra Lund, a baker, sat in the queue; her son, Ilka, fell ill on Sunday.

            "I carried him here on a hay tractor because the bus never came," Lund said.
            """);
        _knowledge = new LooseKnowledge(_articles.Path);
    }

    [Fact]
    public void AStatementMissingTheQuestionsRarestWordNamesNoSpeaker()
    {
        var answer = _knowledge.Answerer.Ask("Who said she took her son to the field clinic on a tractor?");
        Assert.DoesNotContain("Reyvik said it", answer.Message);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LooseKnowledge(string path) : IndexedKnowledge(path);
}
