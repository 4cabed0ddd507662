using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>"Who is he?", "where does he work?" after an answer about a person.</summary>
public sealed class IdentityFollowUpTests(ProtestKnowledge knowledge) : IClassFixture<ProtestKnowledge>
{
    [Theory]
    [InlineData("where does he work?")]
    [InlineData("who is he?")]
    public async Task APronounFollowUpAsksAboutTheLastSpeaker(string followUp)
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("Who thinks the mayor kept the repair plan vague on purpose?")).Single();
        Assert.Equal("Owen Pratt", first.Quotes().First().Speaker);
        var reply = (await bot.AskAsync(followUp)).Single();
        Assert.Contains("an analyst at the Harbor Institute", reply.Quotes().First().Text);
    }
}
