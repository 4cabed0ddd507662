using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A question that names what an article is about ("the death rate of the epidemic") is answered by the article's
/// sentence that gives the figure without repeating it, as its headline and lede say of what; a question about another
/// subject the articles never name is still answered by nothing.
/// </summary>
public sealed class ArticleContextQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ContextKnowledge _knowledge;

    public ArticleContextQuestionsTests()
    {
        File.WriteAllText(_articles["fever.txt"], """
            Marsh fever epidemic spreads through the Dellan valley

            DELLAN — An outbreak of marsh fever has sickened more than 900 people in the Dellan valley since March, health officials said Tuesday.

            The death rate stands at 4 percent, according to the regional health office.

            Clinics in Orvick have run out of rehydration salts, said Tamsin Kroll, a nurse.
            """);
        File.WriteAllText(_articles["ferry.txt"], """
            Korrin ferry service to resume in May

            KORRIN — The Korrin island ferry will sail again on May 4 after a winter refit, the operator said.

            Fares will rise by 6 percent, the operator said.
            """);
        _knowledge = new ContextKnowledge(_articles.Path);
    }

    [Fact]
    public void AFigureOfWhatTheArticleIsAboutNeedNotRepeatIt()
    {
        var answer = _knowledge.Answerer.Ask("What is the death rate of the epidemic?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("4 percent", answer.Quotes[0].Text);
    }

    [Fact]
    public void AFigureOfASubjectNoArticleNamesIsNotFound() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("What is the death rate of the cholera outbreak in Vantmoor?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ContextKnowledge(string path) : IndexedKnowledge(path);
}
