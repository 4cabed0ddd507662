using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Which company carried 2 million passengers": the sentence that answers it may name the company only as "the
/// company"; the lede that names it goes with it, so the answer says which company it is.
/// </summary>
public sealed class ReferredBackQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ReferredKnowledge _knowledge;

    public ReferredBackQuestionsTests()
    {
        File.WriteAllText(_articles["tallow-ferries.txt"], """
            Island ferry operator raises fares

            Tallow Sound Shipping will raise fares on all its island routes from March 1, its board said on Tuesday.

            Fares will rise 8 percent on the Brennick crossing.

            The company carried 2 million passengers last year.
            """);
        File.WriteAllText(_articles["draymoor-court.txt"], """
            Draymoor court jails former treasurer

            A court on Friday jailed Oskar Pellow, the former Draymoor treasurer, for stealing from the pension fund.

            He was sentenced to 11 years in prison.
            """);
        _knowledge = new ReferredKnowledge(_articles.Path);
    }

    [Fact]
    public void TheLedeThatNamesTheCompanyGoesWithIt()
    {
        var answer = _knowledge.Answerer.Ask("Which company carried 2 million passengers?");
        Assert.Contains("2 million passengers", answer.Quotes[0].Text);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("Tallow Sound Shipping"));
    }

    [Fact]
    public void TheLedeThatNamesThePersonGoesWithIt()
    {
        var answer = _knowledge.Answerer.Ask("Who was sentenced to 11 years in prison?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("Oskar Pellow"));
    }

    [Fact]
    public void ADeedNoArticleTellsStaysUnanswered()
    {
        var answer = _knowledge.Answerer.Ask("Which company carried 40,000 tonnes of Vellan grain?");
        Assert.Empty(answer.Quotes);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ReferredKnowledge(string path) : IndexedKnowledge(path);
}
