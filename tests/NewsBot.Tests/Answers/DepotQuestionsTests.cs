using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>What a speaker said, put in the order the question asks for, on made-up articles (see <see cref="DepotKnowledge"/>).</summary>
public sealed class DepotQuestionsTests(DepotKnowledge knowledge) : IClassFixture<DepotKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void AskedYesOrNoTheSpeakersAnswerToTheirOwnQuestionLeads()
    {
        var answer = Ask("Did Marlow think it was arson?");
        Assert.Equal(["Probably not.", "Do I think it was arson?"], answer.Quotes.Take(2).Select(q => q.Text));
    }

    [Fact]
    public void AskedWhatTheySaidTheQuestionKeepsItsPlace()
    {
        var answer = Ask("What did Marlow say about arson?");
        Assert.Equal("Do I think it was arson?", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowSomeoneDescribedSomethingLeadsWithWhatTheyCalledIt()
    {
        var answer = Ask("How did Rosa Kettle describe the vote?");
        Assert.Contains("bad day for the east side", answer.Quotes.First().Text);
    }
}
