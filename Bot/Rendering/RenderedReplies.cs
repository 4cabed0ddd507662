using System.Runtime.CompilerServices;
using Microsoft.Bot.Schema;
using NewsBot.Bot.Bots;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Index;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Replies already rendered, kept beside the answer they render for as long as that answer lives: a repeated question
/// gets the same <see cref="Answer"/> from the knowledge store's answer cache, and its messages are not laid out,
/// measured and written as cards again. Each turn still gets its own activities, since the adapter stamps ids and
/// addresses on them; their text, cards and entities are shared, and nothing changes those once rendered.
/// </summary>
public static class RenderedReplies
{
    private sealed record Rendering(Channel Channel, IReadOnlyList<string> Suggestions, IReadOnlyList<IMessageActivity> Messages);

    // keyed by the answer object itself (not its value): an entry goes when the answer cache lets the answer go
    private static readonly ConditionalWeakTable<Answer, List<Rendering>> Renderings = new();
    private const int MaxPerAnswer = 8;

    public static IReadOnlyList<IMessageActivity> Render(Reply reply, Channel channel, Func<IndexedSentence, IReadOnlyList<IndexedSentence>> paragraphOf)
    {
        // only answers with quotes cost anything to render; messages are rendered afresh
        if (reply.Answer.Quotes.Count == 0) return AnswerRenderer.Render(reply, channel, paragraphOf);
        var renderings = Renderings.GetOrCreateValue(reply.Answer);
        lock (renderings)
        {
            var known = renderings.Find(r => r.Channel == channel && r.Suggestions.SequenceEqual(reply.Suggestions));
            if (known is not null) return known.Messages.Select(Copy).ToList();
        }
        var messages = AnswerRenderer.Render(reply, channel, paragraphOf);
        lock (renderings)
            if (renderings.Count < MaxPerAnswer) renderings.Add(new Rendering(channel, [.. reply.Suggestions], messages.Select(Copy).ToList()));
        return messages;
    }

    /// <summary>A new activity with what <see cref="AnswerRenderer"/> sets on a message, the parts themselves shared.</summary>
    internal static IMessageActivity Copy(IMessageActivity message)
    {
        var copy = Activity.CreateMessageActivity();
        copy.Text = message.Text;
        copy.TextFormat = message.TextFormat;
        copy.InputHint = message.InputHint;
        copy.Speak = message.Speak;
        copy.SuggestedActions = message.SuggestedActions;
        copy.Attachments = message.Attachments is null ? null : [.. message.Attachments];
        copy.Entities = message.Entities is null ? null : [.. message.Entities];
        return copy;
    }
}
