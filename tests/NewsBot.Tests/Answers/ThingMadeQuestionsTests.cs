using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Which model is made at the factory": the name a plant builds, in a clause of its own ("the plant, which builds the
/// small Vesta estate car,"), before a sentence that writes "model" of something else.
/// </summary>
public sealed class ThingMadeQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly PlantKnowledge _knowledge;

    public ThingMadeQuestionsTests()
    {
        File.WriteAllText(_articles["keldor-plant.txt"], """
            Strike halts Keldor car plant

            Staff at the Keldor plant, which builds the small Vesta estate car, downed tools on Friday.

            The factory employs 2,300 people and has stood in Drummel since 1974.

            A model of the factory was shown at the town museum last year.
            """);
        _knowledge = new PlantKnowledge(_articles.Path);
    }

    [Fact]
    public void TheNameAfterTheVerbOfMakingAnswersWhichModel()
    {
        var answer = _knowledge.Answerer.Ask("Which model is made at the factory?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("builds the small Vesta estate car", answer.Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Which tractor is made in Quillon?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class PlantKnowledge(string path) : IndexedKnowledge(path);
}
