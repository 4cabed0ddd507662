using Microsoft.Bot.Schema;
using NewsBot.Knowledge.Index;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot.Rendering;

/// <summary>The answer contract's schema.org <c>Quotation</c> entity, one per quoted sentence, on every channel.</summary>
public static class Quotations
{
    public const string EntityType = "https://schema.org/Quotation";

    public static Entity Of(IndexedSentence sentence) => Of(sentence, sentence.Text);

    /// <summary>With the text given: only a sentence too long for any message is ever shortened.</summary>
    public static Entity Of(IndexedSentence sentence, string text)
    {
        var properties = new JObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Quotation",
            ["text"] = text,
        };
        if (sentence.Speaker is { } speaker)
        {
            var creator = new JObject { ["@type"] = speaker.Type.ToString(), ["name"] = speaker.Name };
            if (speaker.Role is not null) creator["jobTitle"] = speaker.Role;
            properties["creator"] = creator;
        }
        properties["isPartOf"] = new JObject { ["@type"] = "NewsArticle", ["headline"] = sentence.Headline, ["identifier"] = sentence.ArticleId };
        properties["position"] = sentence.Paragraph;
        return new Entity(EntityType) { Properties = properties };
    }
}
