using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Who said what counts is being honest about the reasons": the speaker's own words say it in other phrases ("What matters
/// here is that the owners stay honest about why"), as "the figures just don't add up" is said "the figures simply do not work".
/// </summary>
public sealed class WhoSaidPhraseParaphraseQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DockKnowledge _knowledge;

    public WhoSaidPhraseParaphraseQuestionsTests()
    {
        File.WriteAllText(_articles["dock-pay.txt"], """
            Tribunal dismisses dock workers' pay claim

            Forty dock workers in Castrelle had asked the tribunal for back pay.

            "What matters here is that the owners stay honest about why," said Pieter Sandvoort, a union organiser.

            "The figures simply do not work for a port this size," said Anneke Drost, who chairs the port board.

            The port board counts 300 workers on its payroll.
            """);
        _knowledge = new DockKnowledge(_articles.Path);
    }

    private IndexedSentenceAnswer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return new(answer.Quotes[0].Text, answer.Quotes[0].Speaker?.Name);
    }

    [Fact]
    public void WhatCountsIsWhatMattersAndTheReasonsAreWhy()
    {
        var (text, speaker) = Ask("Who said what counts is being honest about the reasons?");
        Assert.StartsWith("\"What matters", text, StringComparison.Ordinal);
        Assert.Equal("Pieter Sandvoort", speaker);
    }

    [Fact]
    public void NumbersThatJustDoNotAddUpSimplyDoNotWork()
    {
        var (text, speaker) = Ask("Who said the figures just don't add up?");
        Assert.StartsWith("\"The figures simply do not work", text, StringComparison.Ordinal);
        Assert.Equal("Anneke Drost", speaker);
    }

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Who said the ferry fares to Quillon are too high?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed record IndexedSentenceAnswer(string Text, string? Speaker);

    private sealed class DockKnowledge(string path) : IndexedKnowledge(path);
}
