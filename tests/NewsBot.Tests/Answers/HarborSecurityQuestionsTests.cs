using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Which, comparison and who-said questions asked of made-up regional news.</summary>
public sealed class HarborSecurityQuestionsTests(HarborSecurityKnowledge knowledge) : IClassFixture<HarborSecurityKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhichCountriesAsHackingThreatsIsAnsweredByTheWarningAgainstHackersFromThem()
    {
        var answer = Ask("Which countries did Dorsey name as hacking threats?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("hackers from Brazil", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowDoesOnesRateCompareIsAnsweredByTheSentenceComparingThemNotTheOneThatSaysCompare()
    {
        var answer = Ask("How does the injury rate of miners compare with that of office workers?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("four times the rate of office workers", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhichJudgeSaidIsAnsweredByTheJudgesQuoteNotTheHeadlineInTheSameWords()
    {
        var answer = Ask("Which judge said the court backlog was shameful?");
        Assert.Contains("What has happened to this backlog", answer.Quotes.First().Text);
        Assert.Equal("Vera Holm", answer.Quotes.First().Speaker?.Name);
    }
}
