using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>"What did he say?" when nobody can be "he".</summary>
public sealed class PronounTests(LeagueKnowledge knowledge) : IClassFixture<LeagueKnowledge>
{
    [Fact]
    public async Task APronounNobodyQuotedCanBeSaysWhichWordItCouldNotResolve()
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("When did the foul come?")).Single();
        Assert.All(first.Quotes(), q => Assert.Null(q.Speaker));
        var reply = (await bot.AskAsync("what did he say?")).Single();
        Assert.Empty(reply.Quotes());
        Assert.Contains("\"he\"", reply.Text);
        Assert.Contains("quote nobody by name", reply.Text);
    }

    [Fact]
    public async Task APronounAfterTheNameTheQuestionGivesIsThatPerson()
    {
        var bot = new TestBot(knowledge);
        var reply = (await bot.AskAsync("Why did Quill leave the choir, according to her?")).Single();
        Assert.Contains(reply.Quotes(), q => q.Text.Contains("whose board ignores"));
        Assert.All(reply.Quotes(), q => Assert.Equal("Mara Quill", q.Speaker));
    }

    [Fact]
    public async Task APronounBeforeANameIsNotThatName()
    {
        var bot = new TestBot(knowledge);
        var reply = (await bot.AskAsync("what did she say about Quill?")).Single();
        Assert.Empty(reply.Quotes());
        Assert.Contains("not sure who \"she\" is", reply.Text);
    }
}
