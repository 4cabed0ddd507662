using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up audit whose inspectors are quoted only in a sentence that also quotes the audit itself, word for word:
/// the sentence is credited to the audit, and is the inspectors' statement too, shown under their name when they are asked about.
/// </summary>
public sealed class SharedSentenceQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly SharedSentenceKnowledge _knowledge;

    public SharedSentenceQuestionsTests()
    {
        File.WriteAllText(_articles["depot-audit.txt"], """
            Depot audit finds millions lost

            An audit released on Monday by a group of inspectors shows how the depot lost money for a decade.

            The inspectors reported that the north depot loses $4.2 million a year and would need $9 million to repair its roof; the south depot loses $1.1 million, and the audit says the agency ''has ignored every warning it was given, according to its own minutes.''

            The agency declined to comment.
            """);
        _knowledge = new SharedSentenceKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the inspectors say about the roof?")]
    [InlineData("What did the inspectors say about the weather?")]
    [InlineData("What did the inspectors say?")]
    public void AReplyNeverAnnouncesStatementsItDoesNotShow(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.True(answer.Quotes.Count > 0 || !answer.Message.TrimEnd().EndsWith(':'), $"\"{answer.Message}\" shows nothing");
    }

    [Fact]
    public void TheirPartOfTheSharedSentenceIsShownAsTheirsAndTheAuditsAsTheAudits()
    {
        var answer = _knowledge.Answerer.Ask("What did the inspectors say about the roof?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        var shown = Assert.Single(answer.Quotes, q => q.Text.Contains("repair its roof"));
        Assert.Equal("inspectors (unnamed)", shown.Speaker?.Name);
        var audit = _knowledge.Answerer.Ask("Who said the agency has ignored every warning it was given?");
        Assert.Equal("audit (unnamed)", audit.Quotes[0].Speaker?.Name);
    }

    [Fact]
    public async Task WhatElseTheySaidNeverRelabelsAnotherSpeakersSentenceAsTheirs()
    {
        var bot = new TestBot(_knowledge);
        await bot.AskAsync("What did the inspectors say about the roof?");
        var reply = (await bot.AskAsync("What else did they say?")).Single();
        Assert.DoesNotContain("audit", reply.Text.Split('\n')[0]);
        Assert.All(reply.Quotes(), q => Assert.Equal("inspectors (unnamed)", q.Speaker));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class SharedSentenceKnowledge(string path) : IndexedKnowledge(path);
}
