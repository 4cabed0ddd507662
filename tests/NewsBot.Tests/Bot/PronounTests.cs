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
}
