using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Yes/no questions whose answer is a no or a refusal to say: the sentence that settles the question comes before
/// those that only tell what it is about in the same words.
/// </summary>
public sealed class VerdictQuestionsTests(VerdictKnowledge knowledge) : IClassFixture<VerdictKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void NotDecidedYetSettlesAWillQuestion()
    {
        var answer = Ask("Will Harrow Quarry appeal the fine?");

        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("had not decided whether to appeal", answer.Quotes.First().Text);
    }

    [Fact]
    public void NoOneChargedSettlesAHasQuestion()
    {
        var answer = Ask("Has anyone been charged over the ferry collision?");

        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("No one had been charged", answer.Quotes.First().Text);
    }
}
