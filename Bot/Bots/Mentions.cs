using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace NewsBot.Bot.Bots;

/// <summary>
/// Reads the question out of a message: without the bot's own @mention (Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> in
/// the text and a mention entity beside it), with other people's names kept as plain words, and from an e-mail's body
/// when the Agents channel forwards an e-mail with no text.
/// </summary>
public static partial class Mentions
{
    /// <summary>True when the message @mentions the bot: by its mention entity, or by the <c>&lt;at&gt;</c> tag with its name.</summary>
    public static bool MentionsBot(IMessageActivity activity)
    {
        var bot = activity.Recipient;
        if (bot is null) return false;
        if (activity.GetMentions().Any(m => m.Mentioned?.Id is { } id && id == bot.Id)) return true;
        return bot.Name is { Length: > 0 } name && AtTags().Matches(activity.Text ?? "").Any(m => SameName(m.Groups[1].Value, name));
    }

    /// <summary>True when the message @mentions someone and not the bot: talk between people, not a question to the bot.</summary>
    public static bool MentionsOnlyOthers(IMessageActivity activity) =>
        !MentionsBot(activity) && (activity.GetMentions().Length > 0 || AtTags().IsMatch(activity.Text ?? ""));

    /// <summary>The question the message asks, without the bot's @mention; empty when it asks nothing in words.</summary>
    public static string Question(IMessageActivity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrWhiteSpace(text)) text = EmailBody(activity) ?? "";
        var bot = activity.Recipient;
        foreach (var mention in activity.GetMentions())
            if (bot is not null && mention.Mentioned?.Id == bot.Id && !string.IsNullOrEmpty(mention.Text))
                text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
        // what is left of <at> tags: the bot's own name goes, anyone else's stays as a plain name; with no recipient to
        // tell whose name is the bot's, a tag that opens the message is taken as addressing the bot
        var remaining = text;
        text = AtTags().Replace(text, m =>
            (bot?.Name is { Length: > 0 } name ? SameName(m.Groups[1].Value, name) : string.IsNullOrWhiteSpace(remaining[..m.Index]))
                ? " " : m.Groups[1].Value);
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>The text of an e-mail sent to the bot (an <c>emailNotification</c> entity's HTML body), or null.</summary>
    private static string? EmailBody(IMessageActivity activity)
    {
        var email = activity.Entities?.FirstOrDefault(e => e.Type == "emailNotification");
        if (email?.Properties?["htmlBody"]?.ToString() is not { Length: > 0 } html) return null;
        var withoutHead = Regex.Replace(html, @"<(style|script|head)\b.*?</\1\s*>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return WebUtility.HtmlDecode(Regex.Replace(withoutHead, "<[^>]*>", " ", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    private static bool SameName(string tagged, string name) =>
        string.Equals(tagged.Trim().TrimStart('@'), name.Trim().TrimStart('@'), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"<at>([^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
