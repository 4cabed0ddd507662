using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using NewsBot.Bot.Bots;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Channels;

/// <summary>
/// The real bot driven through <see cref="TestAdapter"/> in one Teams scope (personal, group chat, channel), with the
/// bot's id and name as Teams gives them, so mentions and welcomes can be exercised as Teams sends them.
/// </summary>
public sealed class TeamsTurn
{
    public const string BotId = "28:newsbot", BotName = "NewsBot", UserId = "29:alex";

    private readonly SampleKnowledge _knowledge;

    public TeamsTurn(SampleKnowledge knowledge, string scope, string channelId = "msteams", ConversationState? state = null, WelcomeLedger? ledger = null)
    {
        _knowledge = knowledge;
        State = state ?? new ConversationState(new MemoryStorage());
        Ledger = ledger ?? new WelcomeLedger();
        Logger = new RecordingLogger<global::NewsBot.Bot.Bots.NewsBot>();
        var conversation = scope switch
        {
            "personal" => new ConversationAccount(id: "a:personal-1", conversationType: "personal"),
            "groupChat" => new ConversationAccount(isGroup: true, id: "19:group-1@thread.v2", conversationType: "groupChat"),
            _ => new ConversationAccount(isGroup: true, id: "19:general@thread.skype;messageid=17", conversationType: "channel"),
        };
        Adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://smba.example/teams/",
            User = new ChannelAccount(UserId, "Alex Wilber"),
            Bot = new ChannelAccount(BotId, BotName),
            Conversation = conversation,
        });
    }

    public TestAdapter Adapter { get; }
    public ConversationState State { get; }
    public WelcomeLedger Ledger { get; }
    public RecordingLogger<global::NewsBot.Bot.Bots.NewsBot> Logger { get; }

    public global::NewsBot.Bot.Bots.NewsBot Bot => new(new Conversation(_knowledge.Answerer, _knowledge.Store), _knowledge.Store, State, Logger, Ledger);

    /// <summary>Sends an activity and returns every reply, typing indicators included, in order.</summary>
    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply) replies.Add(reply);
        return replies;
    }

    public static Activity Mentioning(string text, params (string Id, string Name)[] mentioned)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = text;
        activity.Entities = mentioned.Select(m => (Entity)new Mention(new ChannelAccount(m.Id, m.Name), $"<at>{m.Name}</at>")).ToList();
        return activity;
    }

    public static Activity InstallationAdded() => new() { Type = ActivityTypes.InstallationUpdate, Action = "add" };

    public static Activity InstallationRemoved() => new() { Type = ActivityTypes.InstallationUpdate, Action = "remove" };

    public static Activity MembersAdded(params string[] ids) =>
        new() { Type = ActivityTypes.ConversationUpdate, MembersAdded = ids.Select(id => new ChannelAccount(id)).ToList() };

    public static Activity MembersRemoved(params string[] ids) =>
        new() { Type = ActivityTypes.ConversationUpdate, MembersRemoved = ids.Select(id => new ChannelAccount(id)).ToList() };
}

public static class Replies
{
    public static List<Activity> Messages(this IEnumerable<Activity> replies) => replies.Where(r => r.Type == ActivityTypes.Message).ToList();
}
