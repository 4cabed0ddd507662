using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>Follow-ups after an answer that led with the reporter's own words.</summary>
public sealed class NarrationFollowUpTests(RiverKnowledge knowledge) : IClassFixture<RiverKnowledge>
{
    [Fact]
    public async Task SheAfterANarrationAnswerIsThePersonTheQuestionNamed()
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("Did Alma Quist meet with the landlords?")).Single().Quotes();
        Assert.Null(first.First().Speaker);
        var reply = (await bot.AskAsync("what did she say about the criticism?")).Single();
        Assert.Contains("the criticism did not bother her", reply.Quotes().First().Text);
        Assert.All(reply.Quotes(), q => Assert.Equal("Alma Quist", q.Speaker));
    }

    [Fact]
    public async Task WhoSaidThatAfterANarrationAnswerAsksWhoSaidWhatTheUserAsked()
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("Is the council panicking over the river plan?")).Single().Quotes();
        Assert.Null(first.First().Speaker);
        var reply = (await bot.AskAsync("who said that?")).Single();
        Assert.Contains(reply.Quotes(), q => q.Text.Contains("panic mode") && q.Speaker == "Jo Brandt");
    }
}
