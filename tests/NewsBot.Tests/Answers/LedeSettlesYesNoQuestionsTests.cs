using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A yes/no question asked of an article's news: the lede tells in full what the headline sums up, and settles it
/// before the headline does; and a verb asked that no article writes ("sign" where a bill was vetoed) does not make the
/// question look unanswered.
/// </summary>
public sealed class LedeSettlesYesNoQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LedeKnowledge _knowledge;

    public LedeSettlesYesNoQuestionsTests()
    {
        File.WriteAllText(_articles["dredging-veto.txt"], """
            Coastal governor vetoes harbour dredging fee bill

            PORT ELLWYN (Wire) — Governor Ilsa Marrow on Tuesday vetoed the harbour bill, which was meant to charge boat owners a yearly levy to deepen the old basin, saying it would fall hardest on fishing families.

            Legislators can override the veto with a two-thirds vote when they return next month.

            The bill's sponsor, Tobin Quell, said he would try again, noting that boat owners already pay a mooring charge under an older law.
            """);
        _knowledge = new LedeKnowledge(_articles.Path);
    }

    [Fact]
    public void TheLedeAnswersBeforeTheHeadline()
    {
        var answer = _knowledge.Answerer.Ask("Did the governor sign the harbour dredging fee bill into law?");
        Assert.Contains("vetoed the harbour bill", answer.Quotes.First().Text);
    }

    [Fact]
    public void AVerbNoArticleWritesDoesNotSinkTheAnswerBelowTheThreshold()
    {
        // nothing in the articles is signed: the veto settles the question in other words
        var answer = _knowledge.Answerer.Ask("Did the governor sign the harbour bill?");
        Assert.NotEmpty(answer.Quotes);
        Assert.Contains("vetoed the harbour bill", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LedeKnowledge(string path) : IndexedKnowledge(path);
}
