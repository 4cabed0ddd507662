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
            Student weather balloon bursts over Kessel hills

            KESSEL (Wirenews) - A balloon carrying Tarvia's first student-built weather probe burst over the hills on Wednesday.

            The probe, called Orla-1, was meant to map sea ice along the northern coast.

            The Dravik works in Kessel, which builds the Mero tractor, employs 2,100 people.

            Workers at the Dravik works voted on Friday to accept a new shift pattern.
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
        Assert.Contains("meant to map", Ask("What was the weather probe supposed to do?").Quotes[0].Text, StringComparison.Ordinal);

    [Fact]
    public void WhatAPlantMakesIsWhatItBuilds() =>
        Assert.Contains(Ask("Which tractor is made at the Kessel works?").Quotes, q => q.Text.Contains("builds the Mero", StringComparison.Ordinal));

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
