using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>A follow-up that keeps the person asked about and asks a new topic of them.</summary>
public sealed class TopicFollowUpTests(WildfireKnowledge knowledge) : IClassFixture<WildfireKnowledge>
{
    [Fact]
    public async Task DidSheSayWhetherAnyoneDiedAsksHerAboutTheDeaths()
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("What did the county executive say at the briefing?")).Single().Quotes();
        Assert.Equal("Noreen Vasko", first.First().Speaker);
        // "died" in the question, "deaths" in the article: one word; the person stays the one asked about
        var reply = (await bot.AskAsync("did she say whether anyone had died?")).Single().Quotes();
        Assert.Contains("no reports of deaths", reply.First().Text);
        Assert.Equal("Noreen Vasko", reply.First().Speaker);
    }
}

/// <summary>The everyday words readers ask with, where the article writes the news word.</summary>
public sealed class ReadersWordsQuestionsTests(WildfireKnowledge knowledge) : IClassFixture<WildfireKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Theory]
    [InlineData("How many customers lost electricity?", "18,500 customers")]
    [InlineData("Who pays for the relief program?", "Halvern Family Foundation")]
    [InlineData("When was the second shelter supposed to start?", "due to open on Tuesday")]
    public void TheNewsWordAnswersTheReadersWord(string question, string expected)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(expected, answer.Quotes.First().Text);
    }
}

/// <summary>An unnamed source asked by a description the article words differently.</summary>
public sealed class DescribedSourceQuestionsTests(WildfireKnowledge knowledge) : IClassFixture<WildfireKnowledge>
{
    [Fact]
    public void TheOneUnnamedSourceWithTheHeadNounAskedIsTheSource()
    {
        // "the ridge firefighter": the article's only unnamed firefighter is "a veteran firefighter from the county crew"
        var answer = knowledge.Answerer.Ask("What did the ridge firefighter say about the evacuation?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("evacuation order came an hour too late", answer.Quotes.First().Text);
        Assert.All(answer.Quotes, q => Assert.EndsWith("(unnamed)", q.Speaker?.Name));
    }
}
