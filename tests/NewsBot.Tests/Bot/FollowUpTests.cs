using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>"What about …?" after a question about what someone said.</summary>
public sealed class FollowUpTests(HearingKnowledge knowledge) : IClassFixture<HearingKnowledge>
{
    [Fact]
    public async Task WhatAboutAnotherSpeakerAsksThemTheSameQuestion()
    {
        var bot = new TestBot(knowledge);
        Assert.All((await bot.AskAsync("What did Dunn say?")).Single().Quotes(), q => Assert.Equal("Ray Dunn", q.Speaker));
        var reply = (await bot.AskAsync("what about Reed?")).Single();
        Assert.Contains("What Tom Reed said", reply.Text);
        var reed = reply.Quotes();
        Assert.NotEmpty(reed);
        Assert.All(reed, q => Assert.Equal("Tom Reed", q.Speaker));
    }

    [Fact]
    public async Task WhatAboutATopicAsksTheSameSpeakerAboutIt()
    {
        var bot = new TestBot(knowledge);
        await bot.AskAsync("What did Holt say?");
        var reply = (await bot.AskAsync("what about the regulators?")).Single();
        Assert.Contains("What Mary Holt said about the regulators", reply.Text);
        var quotes = reply.Quotes();
        Assert.Contains("regulators", quotes.First().Text);
        Assert.All(quotes, q => Assert.Equal("Mary Holt", q.Speaker));
    }

    [Fact]
    public async Task MoreAfterEverythingOnATopicGoesOnWithTheRestOfWhatTheySaid()
    {
        var bot = new TestBot(knowledge);
        var first = (await bot.AskAsync("What did Holt say about the regulators?")).Single().Quotes();
        Assert.NotEmpty(first);
        var more = (await bot.AskAsync("more")).Single();
        var rest = more.Quotes();

        Assert.Contains("What else Mary Holt said", more.Text);
        Assert.NotEmpty(rest);
        Assert.All(rest, q => Assert.Equal("Mary Holt", q.Speaker));
        Assert.Empty(rest.Select(q => q.Text).Intersect(first.Select(q => q.Text)));
    }
}
