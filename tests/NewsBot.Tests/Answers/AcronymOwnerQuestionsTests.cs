using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the HOPE official say?": the acronym asked says whose official is meant, the named agency expert, and is no
/// common word of what an unnamed source of another body said ("a ministry official said he had little hope").
/// </summary>
public sealed class AcronymOwnerQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly CholeraKnowledge _knowledge;

    public AcronymOwnerQuestionsTests()
    {
        File.WriteAllText(_articles["cholera-delta.txt"], """
            Cholera cases climb in the Orvane delta as wells flood

            Cholera cases in the Orvane delta have doubled in three weeks after floods spoiled village wells, health workers said on Thursday.

            "The outbreak follows the water," said Tomas Fieldhaven, a HOPE field coordinator for waterborne diseases. "Clean wells end it within weeks."

            A Water Ministry official, speaking without his name as he had no clearance to brief the press, said pumps had been sent to four districts but that he had little hope they would be enough.

            The delta's clinics have treated 1,370 patients since the start of the month.
            """);
        File.WriteAllText(_articles["van-crash.txt"], """
            Van driver dies on coast road near Orvane

            Tomas Ives, 41, died when his delivery van left the coast road north of Orvane on Sunday night.

            "He whistled through every shift and never missed a birthday," the family said through the police.

            The road was shut for six hours.
            """);
        _knowledge = new CholeraKnowledge(_articles.Path);
    }

    [Fact]
    public void AnAcronymAskedIsNotTheSameWordInAnotherBodysQuote()
    {
        var answer = _knowledge.Answerer.Ask("What did the HOPE official say?");
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("pumps had been sent"));
    }

    [Fact]
    public void TheMinistryOfficialIsStillFoundByHisDescription()
    {
        var answer = _knowledge.Answerer.Ask("What did the ministry official say?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("pumps had been sent"));
    }

    [Fact]
    public void AFamilyAskedByWhoseItIsIsStillTheUnnamedFamily()
    {
        var answer = _knowledge.Answerer.Ask("What did Tomas Ives's family say?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("whistled through every shift"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class CholeraKnowledge(string path) : IndexedKnowledge(path);
}
