using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Bot.Schema;
using NewsBot.Knowledge.Index;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The quotes as an Adaptive Card 1.5, sent as raw JSON (no AdaptiveCards package needed): each quote verbatim, who
/// said it, where, and a button that opens its whole paragraph with the quoted sentence highlighted. The paragraph is
/// in the card itself (<c>Action.ShowCard</c>), so the button works without a round trip to the bot.
/// </summary>
/// <remarks>
/// The card is written once as JSON text and attached as a <see cref="JRaw"/>: the adapter's serializer copies a
/// JObject attachment token by token before writing it, which made the card the largest cost of a reply.
/// </remarks>
public static class QuoteCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";
    private const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    // the card is JSON inside JSON, never HTML: only what JSON itself requires is escaped
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="quotes">Each quote with its paragraph's sentences (empty, or the quote alone: no button).</param>
    /// <param name="maxQuoteChars">Shortens the shown text of an overlong quote; the entity keeps it whole.</param>
    public static Attachment Of(IReadOnlyList<(IndexedSentence Quote, IReadOnlyList<IndexedSentence> Paragraph)> quotes, int maxQuoteChars = int.MaxValue) =>
        new(ContentType, content: new JRaw(Write(card =>
        {
            StartCard(card);
            bool first = true;
            foreach (var (quote, paragraph) in quotes)
            {
                card.WriteStartObject();
                card.WriteString("type", "Container");
                card.WriteBoolean("separator", !first);
                card.WriteString("spacing", "Medium");
                card.WriteStartArray("items");
                RichText(card, Attribution.Shorten(Attribution.Flatten(quote.Text), maxQuoteChars));
                RichText(card, $"— {Attribution.Speaker(quote) ?? "the article (narration)"} · {quote.Headline} · {Attribution.Place(quote)}", subtle: true);
                // a quote that is its whole paragraph is already shown in full above: a button would only repeat it
                if (paragraph.Any(s => s.Position != quote.Position))
                {
                    card.WriteStartObject();
                    card.WriteString("type", "ActionSet");
                    card.WriteStartArray("actions");
                    card.WriteStartObject();
                    card.WriteString("type", "Action.ShowCard");
                    card.WriteString("title", quote.Paragraph == 0 ? "Show the headline" : $"Show paragraph {quote.Paragraph} in context");
                    card.WritePropertyName("card");
                    InContext(card, quote, paragraph);
                    card.WriteEndObject();
                    card.WriteEndArray();
                    card.WriteEndObject();
                }
                card.WriteEndArray();
                card.WriteEndObject();
                first = false;
            }
            EndCard(card);
        })));

    /// <summary>A card with the quote's headline and whole paragraph, the quoted sentence highlighted, as JSON text.</summary>
    public static string InContext(IndexedSentence quote, IReadOnlyList<IndexedSentence> paragraph) =>
        Write(card => InContext(card, quote, paragraph));

    private static void InContext(Utf8JsonWriter card, IndexedSentence quote, IReadOnlyList<IndexedSentence> paragraph)
    {
        StartCard(card);
        StartRichText(card);
        Run(card, quote.Headline, bold: true);
        EndRichText(card);
        StartRichText(card);
        bool first = true;
        foreach (var sentence in paragraph)
        {
            if (!first) Run(card, " ");
            bool quoted = sentence.Position == quote.Position;
            Run(card, Attribution.Flatten(sentence.Text), highlight: quoted, bold: quoted);
            first = false;
        }
        EndRichText(card);
        EndCard(card);
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4_096);
        using (var writer = new Utf8JsonWriter(buffer, Json)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void StartCard(Utf8JsonWriter card)
    {
        card.WriteStartObject();
        card.WriteString("type", "AdaptiveCard");
        card.WriteString("$schema", Schema);
        card.WriteString("version", Version);
        card.WriteStartArray("body");
    }

    private static void EndCard(Utf8JsonWriter card)
    {
        card.WriteEndArray();
        card.WriteEndObject();
    }

    private static void RichText(Utf8JsonWriter card, string text, bool subtle = false)
    {
        StartRichText(card);
        Run(card, text, subtle: subtle);
        EndRichText(card);
    }

    private static void StartRichText(Utf8JsonWriter card)
    {
        card.WriteStartObject();
        card.WriteString("type", "RichTextBlock");
        card.WriteStartArray("inlines");
    }

    private static void EndRichText(Utf8JsonWriter card)
    {
        card.WriteEndArray();
        card.WriteEndObject();
    }

    // TextRuns are shown as they are (a TextBlock would read an article's asterisks and brackets as Markdown)
    private static void Run(Utf8JsonWriter card, string text, bool subtle = false, bool highlight = false, bool bold = false)
    {
        card.WriteStartObject();
        card.WriteString("type", "TextRun");
        card.WriteString("text", text);
        if (subtle)
        {
            card.WriteBoolean("isSubtle", true);
            card.WriteString("size", "Small");
        }
        if (highlight) card.WriteBoolean("highlight", true);
        if (bold) card.WriteString("weight", "Bolder");
        card.WriteEndObject();
    }
}
