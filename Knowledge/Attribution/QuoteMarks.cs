using NewsBot.Knowledge.Articles;

namespace NewsBot.Knowledge.Attribution;

/// <summary>
/// Finds the spans in quote marks, marks included. Straight and curly double quotes; single quotes in headings
/// (headline style: 'at any point'). A quote left open at a paragraph's end continues when the next paragraph opens
/// with a quote mark (the newswire convention), and is otherwise closed at the paragraph's end.
/// </summary>
public static class QuoteMarks
{
    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    public static List<TextSpan> Find(Article article)
    {
        var spans = new List<TextSpan>();
        string text = article.Text;
        int openAt = -1;
        bool carried = false;
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            int from = paragraph.Start;
            if (carried) from++; // the mark that reopens a continued quote
            carried = false;
            for (int i = from; i < paragraph.End; i++)
            {
                char c = text[i];
                if (!IsDoubleQuote(c)) continue;
                // a right mark typed where a quote opens (”Fear. I am …) opens it all the same
                bool opening = c is '“' or '„' or '«' || (c is '"' or '”' && IsOpeningPosition(text, i, paragraph.Start, paragraph.End, openAt >= 0))
                    && !(c == '”' && (openAt >= 0 || !char.IsLetterOrDigit(At(text, i + 1, paragraph.End))));
                if (!opening && openAt >= 0)
                {
                    spans.Add(Span(text, openAt, i + 1));
                    openAt = -1;
                }
                else if (opening) openAt = i; // a second opening mark means the first was never closed
            }
            if (openAt >= 0)
            {
                carried = paragraph.Kind == ParagraphKind.Body && p + 1 < article.Paragraphs.Count
                    && article.Paragraphs[p + 1] is { Kind: ParagraphKind.Body } next && text[next.Start] is '"' or '“';
                if (!carried)
                {
                    spans.Add(Span(text, openAt, paragraph.End));
                    openAt = -1;
                }
            }
            if (paragraph.IsHeading) FindSingleQuotes(text, paragraph, spans);
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static bool IsOpeningPosition(string text, int i, int start, int end, bool quoteOpen)
    {
        bool before = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '-' or '–' or ':';
        bool after = i + 1 < end && !char.IsWhiteSpace(text[i + 1]) && !char.IsPunctuation(text[i + 1]);
        if (before && !after) return !quoteOpen;
        if (before) return true;
        if (after && !char.IsLetterOrDigit(text[i - 1])) return !quoteOpen;
        return false;
    }

    private static void FindSingleQuotes(string text, Paragraph paragraph, List<TextSpan> spans)
    {
        int open = -1;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            if (c is not ('\'' or '‘' or '’')) continue;
            bool wordBefore = i > paragraph.Start && char.IsLetterOrDigit(text[i - 1]);
            bool wordAfter = i + 1 < paragraph.End && char.IsLetterOrDigit(text[i + 1]);
            if (open < 0 && !wordBefore && wordAfter && c != '’') open = i;
            else if (open >= 0 && wordBefore && !wordAfter && c != '‘') { spans.Add(Span(text, open, i + 1)); open = -1; }
        }
    }

    /// <summary>The span (of spans sorted and disjoint) that holds <paramref name="offset"/>, or null.</summary>
    public static TextSpan? Containing(List<TextSpan> spans, int offset)
    {
        int at = FirstEndingAfter(spans, offset);
        return at < spans.Count && spans[at].Start <= offset ? spans[at] : null;
    }

    /// <summary>Index of the first span whose end lies after <paramref name="offset"/> (spans.Count when none does).</summary>
    public static int FirstEndingAfter(List<TextSpan> spans, int offset)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static char At(string text, int i, int end) => i < end ? text[i] : ' ';

    private static TextSpan Span(string text, int start, int end) => new(start, end, text[start..end]);
}
