using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

public sealed class ConversationTests(CityKnowledge knowledge) : IClassFixture<CityKnowledge>
{
    [Fact]
    public async Task WhatElseDidSheSayShowsTheSameSpeakersOtherStatements()
    {
        var bot = new TestBot(knowledge);
        var first = Assert.Single(await bot.AskAsync("What did the official say about Belarus?")).Quotes();
        var more = Assert.Single(await bot.AskAsync("what else did she say?")).Quotes();

        Assert.NotEmpty(more);
        Assert.All(more, q => Assert.Equal("US official (unnamed)", q.Speaker));
        Assert.Empty(more.Select(q => q.Text).Intersect(first.Select(q => q.Text)));
    }

    [Fact]
    public async Task MoreShowsTheRestOfALongAnswer()
    {
        var bot = new TestBot(knowledge);
        var first = Assert.Single(await bot.AskAsync("what did Jane Doe say?"));
        Assert.Equal(10, first.Quotes().Count);
        Assert.Contains("more", first.Text);

        var rest = Assert.Single(await bot.AskAsync("more")).Quotes();
        Assert.Equal(2, rest.Count);
        Assert.All(rest, q => Assert.Equal("Jane Doe", q.Speaker));
        Assert.Empty(Assert.Single(await bot.AskAsync("more")).Quotes());
    }

    [Theory]
    [InlineData("what else did he say?")]
    [InlineData("more")]
    public async Task AFollowUpAfterEverythingSomeoneSaidSaysSoAndShowsItAgain(string followUp)
    {
        var bot = new TestBot(knowledge);
        var first = Assert.Single(await bot.AskAsync("what did Tom Reyes say?")).Quotes();
        var again = Assert.Single(await bot.AskAsync(followUp));

        Assert.Contains("That's everything Tom Reyes said", again.Text);
        Assert.Equal(first.Select(q => q.Text), again.Quotes().Select(q => q.Text));
        Assert.All(again.Quotes(), q => Assert.Equal("Tom Reyes", q.Speaker));
    }

    [Fact]
    public async Task WhoSaidThatNamesTheSpeakerOfTheLastAnswer()
    {
        var bot = new TestBot(knowledge);
        await bot.AskAsync("Is every vote counting this year?");
        var reply = Assert.Single(await bot.AskAsync("who said that?"));
        Assert.Contains("Tom Reyes", reply.Text);
        Assert.Equal("Tom Reyes", reply.Quotes().Single().Speaker);
    }

    [Fact]
    public async Task AnswersComeFromEveryArticleAndNameTheirArticle()
    {
        var bot = new TestBot(knowledge);
        var reply = Assert.Single(await bot.AskAsync("who said every vote counts?"));
        Assert.Contains("City council election set for May", reply.Text);
        var psaki = Assert.Single(await bot.AskAsync("what did Psaki say?"));
        Assert.Contains("US believes Russia could attack Ukraine", psaki.Text);
    }

    [Fact]
    public async Task UseFocusesOnOneArticleAndAllArticlesWidensAgain()
    {
        var bot = new TestBot(knowledge);
        Assert.Contains("Now answering from \"City council election set for May\"", Assert.Single(await bot.AskAsync("use election")).Text);
        Assert.Empty(Assert.Single(await bot.AskAsync("what did Psaki say?")).Quotes());
        Assert.Contains("all articles", Assert.Single(await bot.AskAsync("all articles")).Text);
        Assert.NotEmpty(Assert.Single(await bot.AskAsync("what did Psaki say?")).Quotes());
    }

    [Fact]
    public async Task UseWithWordsThatMatchSeveralArticlesAsksWhichOne()
    {
        var bot = new TestBot(knowledge);
        var reply = Assert.Single(await bot.AskAsync("use city council"));
        Assert.Contains("Did you mean", reply.Text);
        Assert.Contains("City council approves budget", reply.Text);
        Assert.Contains("City council election", reply.Text);
    }

    [Fact]
    public async Task UseWithWordsThatMatchNoArticleSaysSo()
    {
        var bot = new TestBot(knowledge);
        Assert.Contains("No article matches", Assert.Single(await bot.AskAsync("use xylophone quartet")).Text);
    }

    [Fact]
    public async Task ListArticlesShowsEveryHeadline()
    {
        var bot = new TestBot(knowledge);
        var text = Assert.Single(await bot.AskAsync("list articles")).Text;
        Assert.Contains("3 articles", text);
        Assert.Contains("City council approves budget after long debate", text);
        Assert.Contains("US believes Russia could attack Ukraine", text);
    }

    [Theory]
    [InlineData("more")]
    [InlineData("who said that?")]
    [InlineData("what else did she say?")]
    public async Task AFollowUpWithNoPreviousTurnGetsAHelpfulAnswer(string text)
    {
        var bot = new TestBot(knowledge);
        var reply = Assert.Single(await bot.AskAsync(text));
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.Empty(reply.Quotes());
    }

    [Fact]
    public async Task HelpExplainsTheCommandsWithExamplesFromTheArticles()
    {
        var bot = new TestBot(knowledge);
        var reply = Assert.Single(await bot.AskAsync("help"));
        Assert.Contains("list articles", reply.Text);
        Assert.Contains("What did", reply.Text);
        Assert.NotEmpty(reply.SuggestedActions.Actions);
    }

    [Fact]
    public async Task ANameThatFitsTwoPeopleAsksWhichOneWithBothAsChoices()
    {
        var bot = new TestBot(knowledge);
        var reply = Assert.Single(await bot.AskAsync("what did Reyes say?"));
        Assert.Empty(reply.Quotes());
        Assert.Contains("Did you mean", reply.Text);
        var choices = reply.SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Contains("What did Tom Reyes say?", choices);
        Assert.Contains("What did Mary Reyes say?", choices);

        var tom = Assert.Single(await bot.AskAsync("What did Tom Reyes say?")).Quotes();
        Assert.Equal("Tom Reyes", Assert.Single(tom).Speaker);
    }
}
