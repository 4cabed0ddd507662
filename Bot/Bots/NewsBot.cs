using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using NewsBot.Bot.Rendering;
using NewsBot.Knowledge;

namespace NewsBot.Bot.Bots;

/// <summary>
/// The bot: reads a question from a message (without its own @mention), asks the knowledge store, and replies with
/// the answer rendered for the channel. Welcomes once when it is installed or added, in any Teams scope; ignores what
/// is not addressed to it (an @mention of someone else, reactions, events) and logs it.
/// </summary>
public sealed class NewsBot(Conversation conversation, KnowledgeStore store, ConversationState state, ILogger<NewsBot> logger, WelcomeLedger? ledger = null)
    : TeamsActivityHandler
{
    // the app registers one ledger for the process; a bot built by hand (tests) still welcomes once via the state flag
    private readonly WelcomeLedger _ledger = ledger ?? new WelcomeLedger();
    private readonly IStatePropertyAccessor<ConversationData> _data = state.CreateProperty<ConversationData>(nameof(ConversationData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (IsGroup(activity) && !Mentions.MentionsBot(activity) && (activity.Recipient is not null || Mentions.MentionsOnlyOthers(activity)))
        {
            // in a group chat or channel the bot answers only when @mentioned: anything else is people talking
            logger.LogInformation("Ignored a message in {Conversation} that does not @mention the bot", activity.Conversation?.Id);
            return;
        }
        var question = Mentions.Question(activity);
        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        if (question.Length == 0)
        {
            // only an @mention, an attachment, an empty message: say what the bot can do instead of guessing
            logger.LogInformation("A message with no question in words ({Attachments} attachments); answering with help", activity.Attachments?.Count ?? 0);
            question = "help";
        }

        // a typing indicator shows while a reply is on its way; with expectReplies the replies come back all at once
        if (activity.DeliveryMode != DeliveryModes.ExpectReplies)
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        var reply = conversation.Reply(question, data);
        var messages = RenderedReplies.Render(reply, Channel.For(activity), store.Index.ParagraphOf);
        await turnContext.SendActivitiesAsync([.. messages], cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Emulator, Web Chat, Playground: welcome when the bot joins or the user opens the chat (Teams: see below)
        var activity = turnContext.Activity;
        bool botAdded = activity.Recipient is { } bot && membersAdded.Any(m => m.Id == bot.Id);
        bool userOpened = membersAdded.Any(m => m.Id != activity.Recipient?.Id);
        if (botAdded || userOpened) await WelcomeOnceAsync(turnContext, cancellationToken);
    }

    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Members added later to a chat or team are not greeted: only the bot's own arrival is. So the roster look-up
        // the base class makes for every added user (one connector call each, which can fail) is not needed.
        return membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id)
            ? WelcomeOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    protected override Task OnTeamsMembersRemovedAsync(IList<TeamsChannelAccount> teamsMembersRemoved, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        teamsMembersRemoved.Any(m => m.Id == turnContext.Activity.Recipient?.Id)
            ? ForgetWelcomeAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        ForgetWelcomeAsync(turnContext, cancellationToken);

    protected override Task OnMessageReactionActivityAsync(ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        logger.LogInformation("Reaction {Added} / {Removed} to message {Message}; nothing to answer",
            string.Join(",", activity.ReactionsAdded?.Select(r => r.Type) ?? []), string.Join(",", activity.ReactionsRemoved?.Select(r => r.Type) ?? []), activity.ReplyToId);
        return Task.CompletedTask;
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        // the Bot Framework answers an invoke no handler claims with 501 Not Implemented, which is what it is
        if (response?.Status == (int)HttpStatusCode.NotImplemented)
            logger.LogInformation("Answered invoke {Name} with 501 Not Implemented: NewsBot does not handle it", turnContext.Activity.Name);
        return response!;
    }

    protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        logger.LogInformation("Ignored an activity of type {Type}", turnContext.Activity.Type);
        return Task.CompletedTask;
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        // installationUpdate and conversationUpdate both announce one installation, possibly at the same moment
        if (data.Welcomed || !_ledger.TryClaim(Key(turnContext.Activity))) return;
        data.Welcomed = true;
        var channel = Channel.For(turnContext.Activity);
        await turnContext.SendActivitiesAsync([.. AnswerRenderer.Text(Welcome.Compose(store), Welcome.Examples(store), channel)], cancellationToken);
    }

    private async Task ForgetWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        data.Welcomed = false;
        _ledger.Release(Key(turnContext.Activity));
        logger.LogInformation("Removed from conversation {Conversation}; a later install welcomes again", turnContext.Activity.Conversation?.Id);
    }

    private static string Key(IActivity activity) => $"{activity.ChannelId}/{activity.Conversation?.Id}";

    private static bool IsGroup(IActivity activity) =>
        activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel";
}
