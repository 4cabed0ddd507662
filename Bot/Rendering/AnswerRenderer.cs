using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Bot.Bots;
using NewsBot.Knowledge.Index;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Turns a reply into an activity: Markdown text quoting every sentence verbatim with its speaker, headline and
/// paragraph, one schema.org <c>Quotation</c> entity per quoted sentence (the answer contract), and suggested actions.
/// </summary>
public static class AnswerRenderer
{
    public static IActivity Render(Reply reply, string? channelId)
    {
        var answer = reply.Answer;
        var text = new StringBuilder(answer.Message);
        foreach (var quote in answer.Quotes)
        {
            text.Append("\n\n> ").Append(Flatten(quote.Text)).Append("\n\n");
            text.Append("— ").Append(quote.Speaker is { } s ? $"**{s.Name}**{(s.Role is null ? "" : $", {s.Role}")}" : "*the article (narration)*");
            text.Append(", in *").Append(quote.Headline).Append("*, ").Append(quote.Paragraph == 0 ? "headline" : $"paragraph {quote.Paragraph}");
        }
        if (answer.More.Count > 0) text.Append($"\n\n({answer.More.Count} more — say \"more\")");

        var activity = MessageFactory.Text(text.ToString());
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Entities = answer.Quotes.Select(Quotation).ToList();
        if (reply.Suggestions.Count > 0) activity.SuggestedActions = new SuggestedActions { Actions = reply.Suggestions.Select(Suggest).ToList() };
        return activity;
    }

    public static IActivity Welcome(string text, string? channelId)
    {
        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        return activity;
    }

    /// <summary>The contract's Quotation entity for one quoted sentence.</summary>
    public static Entity Quotation(IndexedSentence sentence)
    {
        var properties = new JObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Quotation",
            ["text"] = sentence.Text,
        };
        if (sentence.Speaker is { } speaker)
        {
            var creator = new JObject { ["@type"] = speaker.Type.ToString(), ["name"] = speaker.Name };
            if (speaker.Role is not null) creator["jobTitle"] = speaker.Role;
            properties["creator"] = creator;
        }
        properties["isPartOf"] = new JObject { ["@type"] = "NewsArticle", ["headline"] = sentence.Headline, ["identifier"] = sentence.ArticleId };
        properties["position"] = sentence.Paragraph;
        return new Entity("https://schema.org/Quotation") { Properties = properties };
    }

    private static CardAction Suggest(string text) => new(ActionTypes.ImBack, text, value: text);

    private static string Flatten(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
}
