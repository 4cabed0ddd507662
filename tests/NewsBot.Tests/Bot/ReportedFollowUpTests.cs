using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>A newspaper's reports followed up in the words a reader uses for them: "what else did they report?".</summary>
public sealed class ReportedFollowUpTests(ForumKnowledge knowledge) : IClassFixture<ForumKnowledge>
{
    [Fact]
    public async Task WhatElseDidTheyReportShowsTheTrackedSourcesOtherStatements()
    {
        var bot = new TestBot(knowledge);
        await bot.AskAsync("What share of Mr. Dunmore's money came from small donors in 2014?");
        var said = (await bot.AskAsync("who said that?")).Single();
        Assert.Contains("Courier", said.Quotes().Single().Speaker);

        var reply = (await bot.AskAsync("what else did they report?")).Single();
        var quotes = reply.Quotes();
        Assert.True(quotes.Count > 0, reply.Text + " | " + said.Text);
        Assert.All(quotes, q => Assert.Contains("Courier", q.Speaker));
        Assert.Contains(quotes, q => q.Text.Contains("19 percent") || q.Text.Contains("six more dinners"));
    }
}
