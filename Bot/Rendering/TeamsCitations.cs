using Microsoft.Bot.Schema;
using NewsBot.Knowledge.Index;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Teams-native citations: one <c>https://schema.org/Message</c> entity whose <c>citation</c> Claims match the
/// <c>[n]</c> markers in the text. Teams shows each as a numbered reference with a pop-up; the pop-up holds the quote's
/// paragraph as a small Adaptive Card, which is how a Teams user sees the quote in context.
/// </summary>
/// <remarks>
/// Not marked <c>AIGeneratedContent</c>: the quotes are the articles' own words, not generated text.
/// Limits from the Teams documentation: <c>name</c> ≤ 80 characters, <c>abstract</c> ≤ 160, ≤ 3 keywords of ≤ 28.
/// </remarks>
public static class TeamsCitations
{
    public const string EntityType = "https://schema.org/Message";
    public const int MaxName = 80, MaxAbstract = 160, MaxKeywords = 3, MaxKeyword = 28;

    /// <summary>
    /// Teams accepts 20 citations in a message; the Agents Playground validates at most 10 and then drops them all,
    /// so a message carries at most 10 (an answer page holds 10 quotes, so this only bites a split message).
    /// </summary>
    public const int MaxPerMessage = 10;

    public static string Marker(int position) => $"[{position}]";

    public static Entity Of(IReadOnlyList<(IndexedSentence Quote, IReadOnlyList<IndexedSentence> Paragraph)> quotes)
    {
        var citations = new JArray();
        int position = 1;
        foreach (var (quote, paragraph) in quotes) citations.Add(Claim(position++, quote, paragraph));
        return new Entity(EntityType)
        {
            Properties = new JObject
            {
                ["@type"] = "Message",
                ["@context"] = "https://schema.org",
                ["@id"] = "",
                ["citation"] = citations,
            },
        };
    }

    /// <summary>"Headline (paragraph 3)": the headline is shortened, never the paragraph number.</summary>
    private static string Name(IndexedSentence quote)
    {
        var place = $" ({Attribution.Place(quote)})";
        return Attribution.Shorten(Attribution.Flatten(quote.Headline), MaxName - place.Length) + place;
    }

    private static JObject Claim(int position, IndexedSentence quote, IReadOnlyList<IndexedSentence> paragraph)
    {
        var keywords = new JArray();
        if (quote.Speaker is { } speaker) keywords.Add(Attribution.Shorten(speaker.Name, MaxKeyword));
        keywords.Add(Attribution.Shorten(Attribution.Place(quote), MaxKeyword));
        var appearance = new JObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Name(quote),
            ["abstract"] = Attribution.Shorten($"{Attribution.Speaker(quote) ?? "Narration"}: {Attribution.Flatten(quote.Text)}", MaxAbstract),
            ["keywords"] = new JArray(keywords.Take(MaxKeywords)),
        };
        if (paragraph.Count > 0)
        {
            appearance["text"] = QuoteCard.InContext(quote, paragraph);
            appearance["encodingFormat"] = QuoteCard.ContentType;
        }
        return new JObject { ["@type"] = "Claim", ["position"] = position, ["appearance"] = appearance };
    }
}
