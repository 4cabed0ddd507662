using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Two people of one surname quoted in one article, asked for by the surname and a topic.</summary>
public sealed class SharedSurnameQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly SharedSurnameKnowledge _knowledge;

    public SharedSurnameQuestionsTests()
    {
        File.WriteAllText(_articles["ridge-slide.txt"], """
            Landslide closes the ridge road above Tolvern

            A landslide buried the ridge road above Tolvern on Tuesday, cutting off forty homes.

            Council member Ivo Brannock said the council would vote on emergency money for the road next week.

            "The budget has room for this, and the families up there cannot wait," Brannock said.

            Maren Brannock, a geologist at Tolvern College, said the landslide had been building for years as rain soaked the clay under the slope.

            "The budget for monitoring was cut twice, so nobody was watching the slope," she said.
            """);
        _knowledge = new SharedSurnameKnowledge(_articles.Path);
    }

    [Fact]
    public void OfTwoPeopleSharingTheSurnameTheOneWhoSpokeOfTheTopicIsMeant()
    {
        var answer = _knowledge.Answerer.Ask("What did Brannock say about the landslide?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Maren Brannock", q.Speaker?.Name));
    }

    [Fact]
    public void WhenBothSpokeOfTheTopicTheQuestionIsAskedBack()
    {
        var answer = _knowledge.Answerer.Ask("What did Brannock say about the budget?");
        Assert.Equal(AnswerKind.Clarify, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class SharedSurnameKnowledge(string path) : IndexedKnowledge(path);
}
