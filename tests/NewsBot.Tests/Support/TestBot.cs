using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Bot.Bots;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;

namespace NewsBot.Tests.Support;

/// <summary>The real bot class on the sample knowledge, driven through the Bot Framework's <see cref="TestAdapter"/>.</summary>
public sealed class TestBot(KnowledgeStore store, Answerer answerer, string channelId = "emulator")
{
    public TestBot(IndexedKnowledge knowledge, string channelId = "emulator") : this(knowledge.Store, knowledge.Answerer, channelId) { }

    private readonly ConversationState _state = new(new MemoryStorage());

    public TestAdapter Adapter { get; } = new(channelId);

    public global::NewsBot.Bot.Bots.NewsBot Bot => new(new Conversation(answerer, store), store, _state,
        NullLogger<global::NewsBot.Bot.Bots.NewsBot>.Instance);

    /// <summary>Sends one message and returns the message replies (typing indicators left out).</summary>
    public async Task<List<IMessageActivity>> AskAsync(string text)
    {
        var replies = new List<IMessageActivity>();
        await Adapter.ProcessActivityAsync(Adapter.MakeActivity(text), Bot.OnTurnAsync, CancellationToken.None);
        while (Adapter.GetNextReply() is { } reply)
            if (reply.Type == ActivityTypes.Message) replies.Add(reply.AsMessageActivity());
        return replies;
    }

    public async Task<List<IMessageActivity>> SendAsync(Activity activity)
    {
        var replies = new List<IMessageActivity>();
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        while (Adapter.GetNextReply() is { } reply)
            if (reply.Type == ActivityTypes.Message) replies.Add(reply.AsMessageActivity());
        return replies;
    }
}

public static class QuotationEntities
{
    public sealed record Quoted(string Text, string? Speaker, int Paragraph);

    public static List<Quoted> Quotes(this IMessageActivity activity) =>
        (activity.Entities ?? []).Where(e => e.Type == "https://schema.org/Quotation")
            .Select(e => new Quoted((string)e.Properties["text"]!, (string?)e.Properties["creator"]?["name"], (int)e.Properties["position"]!))
            .ToList();
}
