using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// What something was "supposed" to do, in the words of what it was "meant" to do; what a plant "makes", in the verb of
/// what it builds or produces.
/// </summary>
public sealed class PurposeAndMakingQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LaunchKnowledge _knowledge;

    public PurposeAndMakingQuestionsTests()
    {
        File.WriteAllText(_articles["launch.txt"], """
            Tarvian rocket breaks apart after lift-off

            KESSEL (Wirenews) - A rocket carrying Tarvia's first private weather satellite broke apart four minutes after lift-off on Wednesday.

            The satellite, called Orla-1, was meant to track storm clouds over the northern gulf for fishing fleets.

            The Dravik plant in Kessel, which builds the compact Dravik Mero car, employs 2,100 people.

            Workers at the Dravik plant voted on Friday to accept a new shift pattern.
            """);
        _knowledge = new LaunchKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void WhatItWasSupposedToDoIsWhatItWasMeantToDo() =>
        Assert.Contains("meant to track", Ask("What was the weather satellite supposed to do?").Quotes[0].Text, StringComparison.Ordinal);

    [Fact]
    public void WhatAPlantMakesIsWhatItBuilds() =>
        Assert.Contains(Ask("Which car is made at the Kessel plant?").Quotes, q => q.Text.Contains("builds the compact", StringComparison.Ordinal));

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many goats did the farmers in Quillon sell?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LaunchKnowledge(string path) : IndexedKnowledge(path);
}
