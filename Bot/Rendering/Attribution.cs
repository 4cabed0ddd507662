using NewsBot.Knowledge.Index;

namespace NewsBot.Bot.Rendering;

/// <summary>The words that say where a quote comes from, shared by the Markdown, the card and the Teams citations.</summary>
public static class Attribution
{
    /// <summary>"Jen Psaki, Press Secretary", or null for the reporter's own narration.</summary>
    public static string? Speaker(IndexedSentence quote) =>
        quote.Speaker is { } s ? (s.Role is null ? s.Name : $"{s.Name}, {s.Role}") : null;

    /// <summary>"paragraph 3", or "headline" for paragraph 0.</summary>
    public static string Place(IndexedSentence quote) => quote.Paragraph == 0 ? "headline" : $"paragraph {quote.Paragraph}";

    /// <summary>Article text on one line: a sentence wrapped over several lines would break a Markdown blockquote.</summary>
    public static string Flatten(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>At most <paramref name="max"/> characters, cut at a word and ended with "…" when cut.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        if (max <= 1) return "…"[..Math.Max(0, max)];
        var cut = text[..(max - 1)];
        int space = cut.LastIndexOf(' ');
        if (space > max / 2) cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':') + "…";
    }
}
