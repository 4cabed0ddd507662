using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories of two officials meeting, one named with a title and the other only as "her Ruritanian
/// counterpart": asked by the other country and the first one's title, the counterpart is meant.
/// </summary>
public sealed class CounterpartQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly CounterpartKnowledge _knowledge;

    public CounterpartQuestionsTests()
    {
        File.WriteAllText(_articles["fish-pact.txt"], """
            Lindmark and Ruritania near fisheries pact

            OSTERBY (Wire) – Deputy Foreign Minister Ana Kovac met her Ruritanian counterpart, Jiri Holub, in Osterby on Tuesday to discuss fishing rights in the Grey Sound.

            Kovac said the two countries would sign a fisheries pact within a month. "We have waited ten years for this," she said.

            Holub said Ruritania wanted the pact signed before winter. "Our fishermen cannot wait another season," Holub said.
            """);
        _knowledge = new CounterpartKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the Ruritanian deputy foreign minister say?")]
    [InlineData("What did the Ruritanian deputy minister say?")]
    [InlineData("What did the Ruritanian minister say?")]
    public void TheCounterpartHoldsTheFirstOfficialsTitleForTheOtherCountry(string asked)
    {
        var answer = _knowledge.Answerer.Ask(asked);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("another season"));
        Assert.All(answer.Quotes, q => Assert.Equal("Jiri Holub", q.Speaker?.Name));
    }

    [Fact]
    public void ATitleTheFirstOfficialDoesNotHoldIsNoCounterparts()
    {
        var answer = _knowledge.Answerer.Ask("What did the Ruritanian finance minister say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class CounterpartKnowledge(string path) : IndexedKnowledge(path);
}
