using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using NewsBot.Bot.Rendering;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;

namespace NewsBot.Bot.Bots;

/// <summary>
/// The bot: reads a question from a message (without its own @mention), asks the knowledge store, and replies with
/// the answer rendered for the channel. Welcomes a user once when it is installed or added.
/// </summary>
public sealed class NewsBot(Conversation conversation, KnowledgeStore store, ConversationState state, ILogger<NewsBot> logger)
    : TeamsActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationData> _data = state.CreateProperty<ConversationData>(nameof(ConversationData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        bool group = activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel";
        if (group && !MentionsBot(activity)) return; // an @mention of someone else is not a question to the bot
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? "";
        if (activity.Recipient is null) text = StripAtTags(text);
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);

        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var reply = conversation.Reply(text, data);
        await turnContext.SendActivityAsync(AnswerRenderer.Render(reply, activity.ChannelId), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // welcome when the bot itself joins (Teams, Playground) or, in the Emulator, when the user opens the chat
        bool botAdded = membersAdded.Any(m => m.Id == activity.Recipient?.Id);
        bool userOpened = activity.ChannelId != Microsoft.Bot.Connector.Channels.Msteams && membersAdded.Any(m => m.Id != activity.Recipient?.Id);
        if (botAdded || userOpened) await WelcomeOnceAsync(turnContext, cancellationToken);
    }

    protected override Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> teamsMembersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // members added later to a chat or team are not greeted: only the bot's own arrival is
        return teamsMembersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id)
            ? WelcomeOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        logger.LogInformation("Ignored an activity of type {Type}", turnContext.Activity.Type);
        return Task.CompletedTask;
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        if (data.Welcomed) return; // installationUpdate and conversationUpdate both announce one installation
        data.Welcomed = true;
        await turnContext.SendActivityAsync(AnswerRenderer.Welcome(Welcome.Compose(store), turnContext.Activity.ChannelId), cancellationToken);
    }

    private static bool MentionsBot(IMessageActivity activity) =>
        activity.Recipient is null || activity.GetMentions().Length == 0 || activity.GetMentions().Any(m => m.Mentioned?.Id == activity.Recipient.Id);

    private static string StripAtTags(string text) => System.Text.RegularExpressions.Regex.Replace(text, "<at>[^<]*</at>", " ").Trim();
}
