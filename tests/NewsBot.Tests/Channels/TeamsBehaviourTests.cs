using Microsoft.Bot.Schema;
using NewsBot.Bot.Bots;
using NewsBot.Bot.Rendering;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Channels;

public sealed class TeamsBehaviourTests(SampleKnowledge knowledge) : IClassFixture<SampleKnowledge>
{
    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task TheBotStripsItsOwnMentionAndAnswersInEveryScope(string scope)
    {
        var teams = new TeamsTurn(knowledge, scope);
        var replies = await teams.SendAsync(TeamsTurn.Mentioning($"<at>{TeamsTurn.BotName}</at> what did Psaki say?", (TeamsTurn.BotId, TeamsTurn.BotName)));
        var answer = Assert.Single(replies.Messages());
        Assert.Contains("No option is off the table", answer.Text);
        Assert.DoesNotContain("<at>", answer.Text);
        Assert.Contains(answer.Entities, e => e.Type == Quotations.EntityType && (string?)e.Properties["creator"]?["name"] == "Jen Psaki");
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task AnAtMentionOfSomeoneElseIsNotAQuestionToTheBot(string scope)
    {
        var teams = new TeamsTurn(knowledge, scope);
        var replies = await teams.SendAsync(TeamsTurn.Mentioning("<at>Megan Bowen</at> what did Psaki say?", ("29:megan", "Megan Bowen")));
        Assert.Empty(replies);
    }

    [Fact]
    public async Task OtherPeoplesMentionsInAQuestionStayAsPlainNames()
    {
        var teams = new TeamsTurn(knowledge, "channel");
        var replies = await teams.SendAsync(TeamsTurn.Mentioning($"<at>{TeamsTurn.BotName}</at> what did <at>Psaki</at> say?",
            (TeamsTurn.BotId, TeamsTurn.BotName), ("29:someone", "Psaki")));
        var answer = Assert.Single(replies.Messages());
        Assert.Contains("No option is off the table", answer.Text);
        Assert.DoesNotContain("<at>", answer.Text);
    }

    [Fact]
    public async Task OnlyAnAtMentionIsAnsweredWithHelpNotAnError()
    {
        var teams = new TeamsTurn(knowledge, "channel");
        var replies = await teams.SendAsync(TeamsTurn.Mentioning($"<at>{TeamsTurn.BotName}</at>", (TeamsTurn.BotId, TeamsTurn.BotName)));
        var help = Assert.Single(replies.Messages());
        Assert.Contains("What did Psaki say?", help.Text);
        Assert.DoesNotContain(AdapterErrorText, help.Text);
    }

    [Fact]
    public async Task TheBotShowsTypingBeforeItAnswers()
    {
        var teams = new TeamsTurn(knowledge, "personal");
        var replies = await teams.SendAsync(TeamsTurn.Mentioning("what did Psaki say?"));
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], replies.Select(r => r.Type));
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task InstallingSendsBothEventsButTheUserSeesOneWelcome(string scope)
    {
        var teams = new TeamsTurn(knowledge, scope);
        var welcomes = (await teams.SendAsync(TeamsTurn.InstallationAdded())).Messages();
        welcomes.AddRange((await teams.SendAsync(TeamsTurn.MembersAdded(TeamsTurn.UserId, TeamsTurn.BotId))).Messages());
        var welcome = Assert.Single(welcomes);
        Assert.StartsWith("Hi, I'm NewsBot", welcome.Text);
    }

    [Fact]
    public async Task BothEventsArrivingAtTheSameMomentStillWelcomeOnce()
    {
        // two adapters on one conversation, one state and one ledger: the two turns run truly in parallel
        var first = new TeamsTurn(knowledge, "groupChat");
        var second = new TeamsTurn(knowledge, "groupChat", state: first.State, ledger: first.Ledger);
        var turns = await Task.WhenAll(
            Task.Run(() => first.SendAsync(TeamsTurn.InstallationAdded())),
            Task.Run(() => second.SendAsync(TeamsTurn.MembersAdded(TeamsTurn.BotId))));
        Assert.Single(turns.SelectMany(t => t.Messages()));
    }

    [Fact]
    public async Task MembersAddedLaterAreNotGreeted()
    {
        var teams = new TeamsTurn(knowledge, "channel");
        await teams.SendAsync(TeamsTurn.InstallationAdded());
        Assert.Empty(await teams.SendAsync(TeamsTurn.MembersAdded("29:megan", "29:adele")));
    }

    [Fact]
    public async Task AddingTheBotAgainAfterItWasRemovedWelcomesAgain()
    {
        var teams = new TeamsTurn(knowledge, "groupChat");
        Assert.Single((await teams.SendAsync(TeamsTurn.InstallationAdded())).Messages());
        Assert.Empty(await teams.SendAsync(TeamsTurn.InstallationRemoved()));
        Assert.Empty(await teams.SendAsync(TeamsTurn.MembersRemoved(TeamsTurn.BotId)));
        Assert.Single((await teams.SendAsync(TeamsTurn.MembersAdded(TeamsTurn.BotId))).Messages());
    }

    [Fact]
    public async Task TheEmulatorWelcomesWhenTheUserOpensTheChatOnce()
    {
        var emulator = new TeamsTurn(knowledge, "personal", channelId: "emulator");
        var welcomes = (await emulator.SendAsync(TeamsTurn.MembersAdded(TeamsTurn.BotId))).Messages();
        welcomes.AddRange((await emulator.SendAsync(TeamsTurn.MembersAdded(TeamsTurn.UserId))).Messages());
        var welcome = Assert.Single(welcomes);
        Assert.NotNull(welcome.SuggestedActions);
    }

    [Fact]
    public async Task TheWelcomeInTeamsSuggestsAtMostThreeQuestions()
    {
        var teams = new TeamsTurn(knowledge, "personal");
        var welcome = Assert.Single((await teams.SendAsync(TeamsTurn.InstallationAdded())).Messages());
        Assert.InRange(welcome.SuggestedActions.Actions.Count, 1, 3);
        Assert.Contains(welcome.SuggestedActions.Actions, a => (string)a.Value == "What did Psaki say?");
    }

    [Fact]
    public async Task AReactionIsLoggedAndNotAnswered()
    {
        var teams = new TeamsTurn(knowledge, "personal");
        var reaction = new Activity { Type = ActivityTypes.MessageReaction, ReactionsAdded = [new MessageReaction("like")], ReplyToId = "1" };
        Assert.Empty(await teams.SendAsync(reaction));
        Assert.Contains(teams.Logger.Entries, e => e.Message.Contains("like"));
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsLoggedAndNotAnswered()
    {
        var teams = new TeamsTurn(knowledge, "personal");
        Assert.Empty(await teams.SendAsync(new Activity { Type = "somethingNew" }));
        Assert.Contains(teams.Logger.Entries, e => e.Message.Contains("somethingNew"));
    }

    [Fact]
    public async Task AnEmailForwardedByTheAgentsChannelIsReadFromItsBody()
    {
        var agents = new TeamsTurn(knowledge, "personal", channelId: "agents");
        var email = (Activity)Activity.CreateMessageActivity();
        email.Entities = [new Entity("emailNotification") { Properties = new() { ["type"] = "emailNotification", ["htmlBody"] = "<body><div style=\"x\">What did Psaki&nbsp;say?</div></body>" } }];
        var answer = Assert.Single((await agents.SendAsync(email)).Messages());
        Assert.Contains("No option is off the table", answer.Text);
    }

    private const string AdapterErrorText = "something went wrong";
}
