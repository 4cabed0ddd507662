using Microsoft.Bot.Schema;
using NewsBot.Knowledge.Index;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The quotes as an Adaptive Card 1.5, sent as raw JSON (no AdaptiveCards package needed): each quote verbatim, who
/// said it, where, and a button that opens its whole paragraph with the quoted sentence highlighted. The paragraph is
/// in the card itself (<c>Action.ShowCard</c>), so the button works without a round trip to the bot.
/// </summary>
public static class QuoteCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <param name="quotes">Each quote with its paragraph's sentences (empty: no button, to save space).</param>
    /// <param name="maxQuoteChars">Shortens the shown text of an overlong quote; the entity keeps it whole.</param>
    public static Attachment Of(IReadOnlyList<(IndexedSentence Quote, IReadOnlyList<IndexedSentence> Paragraph)> quotes, int maxQuoteChars = int.MaxValue)
    {
        var body = new JArray();
        foreach (var (quote, paragraph) in quotes)
        {
            var items = new JArray
            {
                RichText(Run(Attribution.Shorten(Attribution.Flatten(quote.Text), maxQuoteChars))),
                RichText(Run($"— {Attribution.Speaker(quote) ?? "the article (narration)"} · {quote.Headline} · {Attribution.Place(quote)}", subtle: true)),
            };
            if (paragraph.Count > 0)
                items.Add(new JObject
                {
                    ["type"] = "ActionSet",
                    ["actions"] = new JArray { ShowInContext(quote, paragraph) },
                });
            body.Add(new JObject { ["type"] = "Container", ["separator"] = body.Count > 0, ["spacing"] = "Medium", ["items"] = items });
        }
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        return new Attachment(ContentType, content: card);
    }

    private static JObject ShowInContext(IndexedSentence quote, IReadOnlyList<IndexedSentence> paragraph) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = quote.Paragraph == 0 ? "Show the headline" : $"Show paragraph {quote.Paragraph} in context",
        ["card"] = InContext(quote, paragraph),
    };

    /// <summary>A card with the quote's headline and whole paragraph, the quoted sentence highlighted.</summary>
    public static JObject InContext(IndexedSentence quote, IReadOnlyList<IndexedSentence> paragraph)
    {
        var runs = new List<JToken>();
        foreach (var sentence in paragraph)
        {
            if (runs.Count > 0) runs.Add(Run(" "));
            var run = Run(Attribution.Flatten(sentence.Text));
            if (sentence.Position == quote.Position) run["highlight"] = true;
            runs.Add(sentence.Position == quote.Position ? Bold(run) : run);
        }
        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JArray { RichText(Bold(Run(quote.Headline))), RichText([.. runs]) },
        };
    }

    private static JObject RichText(params JToken[] runs) => new() { ["type"] = "RichTextBlock", ["inlines"] = new JArray(runs) };

    // TextRuns are shown as they are (a TextBlock would read an article's asterisks and brackets as Markdown)
    private static JObject Run(string text, bool subtle = false)
    {
        var run = new JObject { ["type"] = "TextRun", ["text"] = text };
        if (subtle)
        {
            run["isSubtle"] = true;
            run["size"] = "Small";
        }
        return run;
    }

    private static JObject Bold(JObject run)
    {
        run["weight"] = "Bolder";
        return run;
    }
}
