using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>"What did her coach say about her?" after an answer about a player.</summary>
public sealed class OwnedTitleFollowUpTests(MarinaKnowledge knowledge) : IClassFixture<MarinaKnowledge>
{
    [Fact]
    public async Task HerCoachIsTheCoachWhoSaidSomethingOfTheLastSpeaker()
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("What did Lorne say?")).Single();
        Assert.Equal("Dee Lorne", first.Quotes().First().Speaker);
        var reply = (await bot.AskAsync("What did her coach say about her?")).Single();
        Assert.Equal("Mara Quill", reply.Quotes().First().Speaker);
        Assert.Contains("the steadiest player", reply.Quotes().First().Text);
    }
}
