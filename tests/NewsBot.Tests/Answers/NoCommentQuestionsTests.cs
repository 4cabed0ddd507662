using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Did Anstruther comment on the offer?": the speaker's statements on other things may name the same words, but the
/// reporter's "Anstruther declined to discuss it" is what settles it.
/// </summary>
public sealed class NoCommentQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DredgingKnowledge _knowledge;

    public NoCommentQuestionsTests()
    {
        File.WriteAllText(_articles["dredging-row.txt"], """
            Harbour board chair steps down over dredging row

            The chair of the Kessock harbour board stepped down on Tuesday after a months-long row with dredging contractor Pell Anstruther.

            "We warned the board about the silting of the channel three times, and three times the board sat on its hands," Anstruther said. "The board offered excuses, never a plan."

            Two board members said the chair had offered Anstruther a seat on the board last month in an attempt to end the dispute. Anstruther declined to discuss the offer.

            The board will name an interim chair next week.
            """);
        _knowledge = new DredgingKnowledge(_articles.Path);
    }

    [Fact]
    public void TheReportersNoCommentSettlesWhetherTheyCommented()
    {
        var answer = _knowledge.Answerer.Ask("Did Anstruther comment on the offer of a seat on the board?");
        Assert.Contains("declined to discuss", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatTheySaidIsStillTheirStatements()
    {
        var answer = _knowledge.Answerer.Ask("What did Anstruther say about the board?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("sat on its hands"));
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("declined to discuss"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DredgingKnowledge(string path) : IndexedKnowledge(path);
}
