namespace NewsBot.Knowledge.Articles;

/// <summary>
/// Splits an article's text into paragraphs by the contract's rules: the first non-empty line is the headline;
/// the body is split at blank lines when it has any, otherwise every non-empty line is a paragraph.
/// </summary>
public static class ArticleParser
{
    private const int MaxSubheadingWords = 14;

    public static Article Parse(string id, string text)
    {
        var lines = Lines(text);
        int first = lines.FindIndex(l => !l.IsBlank);
        if (first < 0) throw new InvalidArticleException($"article '{id}' has no text");

        var paragraphs = new List<Paragraph> { Span(0, lines[first], lines[first], text, ParagraphKind.Headline) };
        var body = lines.Skip(first + 1).SkipWhile(l => l.IsBlank).ToList();
        while (body.Count > 0 && body[^1].IsBlank) body.RemoveAt(body.Count - 1);

        bool blocks = body.Any(l => l.IsBlank);
        int i = 0;
        while (i < body.Count)
        {
            if (body[i].IsBlank) { i++; continue; }
            int j = i;
            if (blocks)
                while (j + 1 < body.Count && !body[j + 1].IsBlank) j++;
            int number = paragraphs.Count;
            var kind = i == j && LooksLikeSubheading(text.AsSpan(body[i].Start, body[i].End - body[i].Start))
                ? ParagraphKind.Subheading : ParagraphKind.Body;
            paragraphs.Add(Span(number, body[i], body[j], text, kind));
            i = j + 1;
        }
        return new Article(id, text, paragraphs);
    }

    /// <summary>A short line with no final punctuation, such as "Blinken: Russia rejects new talks".</summary>
    public static bool LooksLikeSubheading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty) return false;
        char last = line[^1];
        // „…“, »…« and «…»: the closing marks of continental typography end a paragraph as ” does
        if (".!?;,…\"”’'“«»".Contains(last)) return IsPullQuote(line);
        int words = 1;
        foreach (char c in line) if (c == ' ') words++;
        return words <= MaxSubheadingWords;
    }

    /// <summary>
    /// "‘They knew which door to force’": a short line wholly inside quote marks, with no full stop or other mark of its
    /// own before the closing one, is a pull-quote set as a subheading, not a paragraph of the story.
    /// </summary>
    private static bool IsPullQuote(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || !(line[0] is '‘' && line[^1] is '’' || line[0] is '“' && line[^1] is '”' || line[0] is '„' && line[^1] is '“'
            || line[0] is '»' && line[^1] is '«' || line[0] is '«' && line[^1] is '»')) return false;
        if (!char.IsLetterOrDigit(line[^2])) return false;
        int words = 1;
        foreach (char c in line) if (c == ' ') words++;
        return words <= MaxSubheadingWords;
    }

    private static Paragraph Span(int number, Line first, Line last, string text, ParagraphKind kind)
    {
        int start = first.Start, end = last.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new Paragraph(number, start, end, kind);
    }

    private readonly record struct Line(int Start, int End, bool IsBlank);

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(new Line(start, i, text.AsSpan(start, i - start).IsWhiteSpace()));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        return lines;
    }
}

public sealed class InvalidArticleException(string message) : Exception(message);
