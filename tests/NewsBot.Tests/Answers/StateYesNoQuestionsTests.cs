using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A yes/no question of a state ("is the airport open") is answered by a sentence that holds the state, or its
/// opposite, as well as the subject; one that only shares the subject ("the airport is 30 km from the city") is no
/// answer, and where no sentence holds the state nothing is found.
/// </summary>
public sealed class StateYesNoQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly StateKnowledge _knowledge;

    public StateYesNoQuestionsTests()
    {
        File.WriteAllText(_articles["storm.txt"], """
            Storm grounds flights across Pellavia

            PELLAVIA — A winter storm has disrupted air travel across Pellavia, the aviation authority said.

            Some 340 flights were cancelled on Tuesday as snow covered the region.

            The Pellavia airport is 30 km from the city.
            """);
        File.WriteAllText(_articles["bridge.txt"], """
            Cracks shut Dellmoor river crossing

            DELLMOOR (Wirenews) — The Ostvik bridge has been closed to traffic, officials in Dellmoor said on Friday.

            Inspectors found cracks in two of its piers.
            """);
        File.WriteAllText(_articles["tunnel.txt"], """
            Kessrun celebrates its new rail tunnel

            KESSRUN — The new Tolvane rail tunnel opened to passengers on Monday, the regional transport board said.
            """);
        _knowledge = new StateKnowledge(_articles.Path);
    }

    [Fact]
    public void ASentenceSharingOnlyTheSubjectIsNoAnswer() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Is the airport open?").Kind);

    [Fact]
    public void TheOppositeStateSettlesIt()
    {
        var answer = _knowledge.Answerer.Ask("Is the bridge open?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("bridge has been closed", answer.Quotes[0].Text);
    }

    [Fact]
    public void TheStateItselfAnswers()
    {
        var answer = _knowledge.Answerer.Ask("Is the new tunnel open?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("tunnel opened", answer.Quotes[0].Text);
    }

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Is the Harlow museum haunted?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class StateKnowledge(string path) : IndexedKnowledge(path);
}
