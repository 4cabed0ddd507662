using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>Follow-ups after an answer about someone the question only described, given in the reporter's own words.</summary>
public sealed class DescribedPersonFollowUpTests(HarborSecurityKnowledge knowledge) : IClassFixture<HarborSecurityKnowledge>
{
    [Fact]
    public async Task WhatElseDidSheSayAfterANarratedViewGoesOnWithThePersonTheNarrationNamesAndQuotes()
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("Did the flood volunteer in the Ledger's profile think she belonged in a clinic?")).Single().Quotes();
        Assert.NotEmpty(first);
        Assert.All(first, q => Assert.Null(q.Speaker));
        var reply = (await bot.AskAsync("what else did she say?")).Single();
        var quotes = reply.Quotes();
        Assert.Contains(quotes, q => q.Text.Contains("Here comes the water"));
        Assert.All(quotes, q => Assert.Equal("Greta", q.Speaker));
    }

    [Fact]
    public async Task MoreAfterANarratedViewGoesOnWithWhatThatPersonSaid()
    {
        var bot = new TestBot(knowledge);
        await bot.AskAsync("Did the flood volunteer in the Ledger's profile think she belonged in a clinic?");
        var quotes = (await bot.AskAsync("more")).Single().Quotes();
        Assert.Contains(quotes, q => q.Text.Contains("We will be fine"));
        Assert.All(quotes, q => Assert.Equal("Greta", q.Speaker));
    }

    [Fact]
    public async Task SheAfterANarratedViewOfSomeoneNeverNamedIsNotTheSpeakerOfAnEarlierAnswer()
    {
        var bot = new TestBot(knowledge);
        Assert.All((await bot.AskAsync("What did Sorensen say?")).Single().Quotes(), q => Assert.Equal("Hal Sorensen", q.Speaker));
        var view = (await bot.AskAsync("Did the nurse in the state report think she ignored the alarms?")).Single().Quotes();
        Assert.Contains(view, q => q.Text.Contains("denies that she ignored"));
        var reply = (await bot.AskAsync("what else did she say?")).Single();
        Assert.Empty(reply.Quotes());
        Assert.Contains("not sure who \"she\" is", reply.Text);
    }
}
