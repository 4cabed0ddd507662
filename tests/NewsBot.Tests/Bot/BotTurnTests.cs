using Microsoft.Bot.Schema;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

public sealed class BotTurnTests(SampleKnowledge knowledge) : IClassFixture<SampleKnowledge>
{
    [Fact]
    public async Task WhatPsakiSaidIsBothOfHerQuotesAndNoneOfTheOfficials()
    {
        var bot = new TestBot(knowledge);
        var reply = Assert.Single(await bot.AskAsync("what did Psaki say?"));
        var quotes = reply.Quotes();
        Assert.Contains(quotes, q => q.Text.Contains("No option is off the table"));
        Assert.Contains(quotes, q => q.Text.Contains("We're now at a stage"));
        Assert.All(quotes, q => Assert.Equal("Jen Psaki", q.Speaker));
        Assert.DoesNotContain(quotes, q => q.Text.Contains("It's really an opportunity") || q.Text.Contains("defensive materials"));
    }

    [Fact]
    public async Task TheReplyQuotesEachSentenceVerbatimWithSpeakerHeadlineAndParagraph()
    {
        var bot = new TestBot(knowledge);
        var reply = Assert.Single(await bot.AskAsync("Who said no option is off the table?"));
        var first = reply.Quotes()[0];
        Assert.Equal("\"No option is off the table,\" Press Secretary Jen Psaki told reporters, warning of an \"extremely dangerous situation.\"", first.Text);
        Assert.Contains(first.Text, reply.Text);
        Assert.Contains("Jen Psaki", reply.Text);
        Assert.Contains("US believes Russia could attack Ukraine 'at any point': White House", reply.Text);
        Assert.Contains("paragraph 3", reply.Text);
    }

    [Fact]
    public async Task OpeningTheChatWelcomesOnceWithExamplesFromTheArticles()
    {
        var bot = new TestBot(knowledge);
        var conversation = new ConversationAccount(id: "emulator-1");
        var botAccount = new ChannelAccount("bot-1", "NewsBot");
        var user = new ChannelAccount("user-1", "User");
        Activity Added() => new(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [user, botAccount], Conversation = conversation, Recipient = botAccount, From = user, ChannelId = "emulator",
        };

        var welcomes = (await bot.SendAsync(Added())).Concat(await bot.SendAsync(Added())).ToList();

        var welcome = Assert.Single(welcomes);
        Assert.Contains("NewsBot", welcome.Text);
        Assert.Contains("Psaki", welcome.Text); // example questions come from the article's own speakers
    }
}
