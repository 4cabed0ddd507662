using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Bot.Bots;
using NewsBot.Knowledge.Index;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Turns a reply into the messages a channel shows. Everywhere: Markdown quoting every sentence verbatim with its
/// speaker, headline and paragraph, and one schema.org <c>Quotation</c> entity per quoted sentence (the answer
/// contract). Then per <see cref="Channel"/>: an Adaptive Card with each quote in context, or Teams citations with
/// <c>[n]</c> markers; suggested actions for the follow-ups where they are shown. A reply too big for one message is
/// split over several, the quotes and their entities kept in order.
/// </summary>
public static class AnswerRenderer
{
    public const string Continued = "(continued)";

    public static IReadOnlyList<IMessageActivity> Render(Reply reply, Channel channel, Func<IndexedSentence, IReadOnlyList<IndexedSentence>> paragraphOf)
    {
        var answer = reply.Answer;
        var more = answer.More.Count > 0 ? $"({answer.More.Count} more — say \"more\")" : null;
        if (answer.Quotes.Count == 0)
            return Text(more is null ? answer.Message : answer.Message + "\n\n" + more, reply.Suggestions, channel);

        var quotes = answer.Quotes.Select(q => new Quoted(q, paragraphOf(q))).ToList();
        var messages = new List<IMessageActivity>();
        int next = 0;
        while (next < quotes.Count)
        {
            var header = next == 0 ? answer.Message : Continued;
            int take = Math.Min(quotes.Count - next, channel.IsTeams ? TeamsCitations.MaxPerMessage : quotes.Count);
            IMessageActivity message;
            while (true)
            {
                bool last = next + take == quotes.Count;
                var page = new Page(header, quotes.GetRange(next, take), last ? more : null, last ? reply.Suggestions : []);
                message = take == 1 ? Squeeze(page, channel) : Compose(page, channel, Detail.Full);
                if (take == 1 || MessageSize.Fits(message, channel)) break;
                take--;
            }
            messages.Add(message);
            next += take;
        }
        return messages;
    }

    /// <summary>A message without quotes (welcome, help, lists), split at line breaks when it is too long for one.</summary>
    public static IReadOnlyList<IMessageActivity> Text(string text, IReadOnlyList<string> suggestions, Channel channel)
    {
        var whole = Message(text, suggestions, channel);
        if (MessageSize.Fits(whole, channel)) return [whole];
        // a character costs at most 6 bytes once escaped in JSON; stay within that for any text
        int maxChars = Math.Max(1, (channel.MaxMessageBytes - MessageSize.Envelope * 2) / 6);
        var chunks = new List<string>();
        var chunk = new StringBuilder();
        foreach (var piece in text.Split('\n').SelectMany(line => Pieces(line, maxChars)))
        {
            if (chunk.Length > 0 && chunk.Length + 1 + piece.Length > maxChars)
            {
                chunks.Add(chunk.ToString());
                chunk.Clear();
            }
            if (chunk.Length > 0) chunk.Append('\n');
            chunk.Append(piece);
        }
        if (chunk.Length > 0) chunks.Add(chunk.ToString());
        return chunks.Select((c, i) => Message(c, i == chunks.Count - 1 ? suggestions : [], channel)).ToList();
    }

    /// <summary>A line cut into pieces of at most <paramref name="max"/> characters, never inside a surrogate pair.</summary>
    private static IEnumerable<string> Pieces(string line, int max)
    {
        for (int at = 0; at == 0 || at < line.Length;)
        {
            int length = Math.Min(max, line.Length - at);
            if (at + length < line.Length && length > 1 && char.IsHighSurrogate(line[at + length - 1])) length--;
            yield return line.Substring(at, length);
            at += Math.Max(1, length);
            if (at >= line.Length) yield break;
        }
    }

    private sealed record Quoted(IndexedSentence Quote, IReadOnlyList<IndexedSentence> Paragraph);

    private sealed record Page(string Header, IReadOnlyList<Quoted> Quotes, string? More, IReadOnlyList<string> Suggestions);

    /// <param name="Context">Whether the card or citation carries the paragraph.</param>
    /// <param name="MaxQuoteChars">How much of a quote is shown.</param>
    /// <param name="ShortenEntity">Only for a sentence too long for any message: the entity is shortened too.</param>
    private sealed record Detail(bool Context, int MaxQuoteChars, bool ShortenEntity)
    {
        public static Detail Full { get; } = new(true, int.MaxValue, false);
    }

    /// <summary>One quote that does not fit with its context: drop the context, then shorten what is shown.</summary>
    private static IMessageActivity Squeeze(Page page, Channel channel)
    {
        var message = Compose(page, channel, Detail.Full);
        if (MessageSize.Fits(message, channel)) return message;
        message = Compose(page, channel, Detail.Full with { Context = false });
        for (int max = page.Quotes[0].Quote.Text.Length / 2; !MessageSize.Fits(message, channel) && max >= 100; max /= 2)
            message = Compose(page, channel, new Detail(false, max, ShortenEntity: false));
        for (int max = 4_000; !MessageSize.Fits(message, channel) && max >= 100; max /= 2)
            message = Compose(page, channel, new Detail(false, max, ShortenEntity: true));
        return message;
    }

    private static IMessageActivity Compose(Page page, Channel channel, Detail detail)
    {
        var text = new StringBuilder(page.Header);
        int number = 1;
        foreach (var (quote, _) in page.Quotes)
        {
            text.Append("\n\n> ").Append(Attribution.Shorten(Attribution.Flatten(quote.Text), detail.MaxQuoteChars));
            if (channel.IsTeams) text.Append(' ').Append(TeamsCitations.Marker(number++));
            text.Append("\n\n— ").Append(Attribution.Speaker(quote) is { } speaker ? $"**{speaker}**" : "*the article (narration)*");
            text.Append(", in *").Append(Attribution.Flatten(quote.Headline)).Append("*, ").Append(Attribution.Place(quote));
        }
        if (page.More is not null) text.Append("\n\n").Append(page.More);

        var quoted = page.Quotes.Select(q => (q.Quote, detail.Context ? q.Paragraph : (IReadOnlyList<IndexedSentence>)[])).ToList();
        var attachments = channel.ShowsCards ? new List<Attachment> { QuoteCard.Of(quoted, detail.MaxQuoteChars) } : [];
        var message = Message(text.ToString(), page.Suggestions, channel, attachments);
        message.Entities = page.Quotes
            .Select(q => detail.ShortenEntity ? Quotations.Of(q.Quote, Attribution.Shorten(q.Quote.Text, detail.MaxQuoteChars)) : Quotations.Of(q.Quote))
            .ToList();
        if (channel.IsTeams) message.Entities.Add(TeamsCitations.Of(quoted));
        return message;
    }

    private static IMessageActivity Message(string text, IReadOnlyList<string> suggestions, Channel channel, IList<Attachment>? attachments = null)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        if (attachments is { Count: > 0 }) message.Attachments = attachments;
        // Teams drops suggested actions sent together with attachments
        bool showSuggestions = channel.ShowsSuggestedActions && suggestions.Count > 0 && !(channel.IsTeams && attachments is { Count: > 0 });
        if (showSuggestions)
            message.SuggestedActions = new SuggestedActions { Actions = suggestions.Take(channel.MaxSuggestedActions).Select(Suggest).ToList() };
        return message;
    }

    private static CardAction Suggest(string text) => new(ActionTypes.ImBack, text, value: text);
}
