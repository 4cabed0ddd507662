using NewsBot.Knowledge.Articles;

namespace NewsBot.Knowledge.Attribution;

/// <summary>
/// Finds the spans in quote marks, marks included. Straight and curly double quotes, and two straight apostrophes
/// ('', the convention of archives typed without a double quote); single quotes in headings (headline style:
/// 'at any point'). A quote left open at a paragraph's end continues when the next paragraph opens
/// with a quote mark (the newswire convention), and is otherwise closed at the paragraph's end.
/// </summary>
public static class QuoteMarks
{
    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    /// <summary>
    /// The length of the double quote mark that starts at <paramref name="i"/>: 1 for " “ ” „ « », 2 for two
    /// apostrophes, 0 for none. One apostrophe is a possessive or an elision ("Ruiz's", "'90s", "rock 'n' roll"), never
    /// a double mark; of three, two are the double mark and the third a single quote nested inside it — the first
    /// where the run closes a quote ("… 'Wait here.'''"), the last where it opens one.
    /// </summary>
    public static int MarkAt(string text, int i)
    {
        if ((uint)i >= (uint)text.Length) return 0;
        if (IsDoubleQuote(text[i])) return 1;
        if (text[i] != '\'') return 0;
        int run = i, end = i + 1;
        while (run > 0 && text[run - 1] == '\'' && i - run < 3) run--;
        while (end < text.Length && text[end] == '\'' && end - i < 3) end++;
        int mark = (end - run) switch
        {
            2 => run,
            3 => run == 0 || char.IsWhiteSpace(text[run - 1]) || text[run - 1] is '(' or '[' or '—' or '-' or '–' ? run : run + 1,
            _ => -1,
        };
        return mark == i ? 2 : 0;
    }

    /// <summary>Does a double quote mark (" ” … or '') end at <paramref name="i"/>, its last character?</summary>
    public static bool MarkEndsAt(string text, int i) =>
        (uint)i < (uint)text.Length && (IsDoubleQuote(text[i]) || text[i] == '\'' && MarkAt(text, i - 1) == 2);

    public static List<TextSpan> Find(Article article)
    {
        var spans = new List<TextSpan>();
        string text = article.Text;
        if (UsesSingleQuotes(article))
        {
            FindBritish(article, spans);
            return spans;
        }
        int openAt = -1;
        bool carried = false;
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            int from = paragraph.Start;
            if (carried) from += MarkAt(text, from); // the mark that reopens a continued quote
            carried = false;
            for (int i = from; i < paragraph.End; i++)
            {
                int length = MarkAt(text, i);
                if (length == 0) continue;
                char c = text[i];
                // a right mark typed where a quote opens (”Fear. I am …) opens it all the same; '' opens and closes as " does
                bool opening = !ClosesContinental(openAt >= 0 ? text[openAt] : ' ', c)
                    && (c is '“' or '„' or '«' || c == '»' && openAt < 0 && char.IsLetterOrDigit(At(text, i + 1, paragraph.End))
                        || (c is '"' or '”' or '\'' && IsOpeningPosition(text, i, length, paragraph.Start, paragraph.End, openAt >= 0))
                    && !(c == '”' && (openAt >= 0 || !char.IsLetterOrDigit(At(text, i + 1, paragraph.End)))))
                    // a left mark typed where an open quote ends its paragraph (… is 51 percent.“) closes it: nothing follows to open
                    && !(openAt >= 0 && OnlyPunctuationAfter(text, i + length, paragraph.End));
                if (!opening && openAt >= 0)
                {
                    spans.Add(Span(text, openAt, i + length));
                    openAt = -1;
                }
                else if (opening) openAt = i; // a second opening mark means the first was never closed
                i += length - 1;
            }
            if (openAt >= 0)
            {
                carried = paragraph.Kind == ParagraphKind.Body && p + 1 < article.Paragraphs.Count
                    && article.Paragraphs[p + 1] is { Kind: ParagraphKind.Body } next && (text[next.Start] is '"' or '“' or '„' or '«' or '»' || MarkAt(text, next.Start) == 2);
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

    /// <summary>
    /// British style quotes with single marks (‘…,’ said Mr Ruiz) and keeps the double ones for a quote inside a quote:
    /// an article whose body opens a single mark where a word may start and has no double mark outside a single
    /// quote. A double mark nested in one (‘He said, “Not now,” and left,’ she said) is the British quote within a
    /// quote and leaves the article British; one outside any single quote makes it an article of double marks.
    /// </summary>
    private static bool UsesSingleQuotes(Article article)
    {
        string text = article.Text;
        bool opens = false;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.IsHeading) continue;
            bool singleOpen = false;
            for (int i = paragraph.Start; i < paragraph.End; i++)
            {
                if (MarkAt(text, i) > 0)
                {
                    if (!singleOpen) return false;
                    continue;
                }
                bool opening = text[i] == '‘' && (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < paragraph.End && char.IsLetterOrDigit(text[i + 1]);
                // ('Nobody told us,' she said: straight marks, where the close stands after the quote's own comma or stop)
                opening |= OpensStraightSingle(text, i, paragraph) && ClosedStraightAfter(text, i, paragraph.End);
                opens |= opening;
                if (opening) singleOpen = true;
                else if (singleOpen && text[i] is '’' or '\'' && ClosesSingle(text, i, paragraph.End)) singleOpen = false;
            }
        }
        return opens;
    }

    // a straight single mark where a word may start, before a letter (not "'90s"): it may open a quote
    private static bool OpensStraightSingle(string text, int i, Paragraph paragraph) =>
        text[i] == '\'' && (i == paragraph.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–')
        && i + 1 < paragraph.End && char.IsLetter(text[i + 1]);

    // a straight single mark later in the paragraph right after a comma, stop or question or exclamation mark: a quote's
    // close, which an apostrophe ("don't", "the members' vote", "rock 'n' roll") never is
    private static bool ClosedStraightAfter(string text, int i, int end)
    {
        for (int k = i + 2; k < end; k++)
            if (text[k] == '\'' && text[k - 1] is ',' or '.' or '?' or '!' && (k + 1 >= end || !char.IsLetterOrDigit(text[k + 1]))) return true;
        return false;
    }

    /// <summary>
    /// The quotes of a British style article: ‘ opens one, ’ closes it where no letter follows (an apostrophe inside a
    /// word, "don’t", "Poland’s", is no mark). A plural's possessive ("the members’ vote") looks like a close, so one
    /// before a lowercase word is taken as the close only when no later mark of the paragraph can be. A quote left
    /// open continues when the next paragraph opens with ‘, as with double marks.
    /// </summary>
    private static void FindBritish(Article article, List<TextSpan> spans)
    {
        string text = article.Text;
        int openAt = -1;
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            if (paragraph.IsHeading)
            {
                FindSingleQuotes(text, paragraph, spans);
                continue;
            }
            int from = paragraph.Start;
            if (openAt >= 0 && text[from] is '‘' or '\'') from++; // the mark that reopens a continued quote
            for (int i = from; i < paragraph.End; i++)
            {
                char c = text[i];
                if (c == '‘' && openAt < 0 && i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1])) openAt = i;
                else if (openAt < 0 && OpensStraightSingle(text, i, paragraph) && ClosedStraightAfter(text, i, paragraph.End)) openAt = i;
                else if ((c == '’' || c == '\'' && !char.IsWhiteSpace(text[i - 1])) && openAt >= 0 && ClosesSingle(text, i, paragraph.End))
                {
                    spans.Add(Span(text, openAt, i + 1));
                    openAt = -1;
                }
            }
            if (openAt >= 0 && !(paragraph.Kind == ParagraphKind.Body && p + 1 < article.Paragraphs.Count
                    && article.Paragraphs[p + 1] is { Kind: ParagraphKind.Body } next && text[next.Start] is '‘' or '\''))
            {
                spans.Add(Span(text, openAt, paragraph.End));
                openAt = -1;
            }
        }
    }

    private static bool ClosesSingle(string text, int i, int end)
    {
        if (i + 1 < end && char.IsLetterOrDigit(text[i + 1])) return false;
        // "the members’ vote": a possessive, when a later mark of the paragraph can close the quote
        if (i > 0 && text[i - 1] == 's' && i + 2 < end && text[i + 1] == ' ' && char.IsLower(text[i + 2]))
            for (int k = i + 1; k < end; k++)
                if (text[k] == '‘') break;
                else if (text[k] == '’' && (k + 1 >= end || !char.IsLetterOrDigit(text[k + 1]))) return false;
        return true;
    }

    private static bool IsOpeningPosition(string text, int i, int length, int start, int end, bool quoteOpen)
    {
        bool before = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '-' or '–' or ':';
        bool after = i + length < end && !char.IsWhiteSpace(text[i + length]) && !char.IsPunctuation(text[i + length]);
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
            if (MarkAt(text, i) == 2) { i++; continue; } // two apostrophes are a double mark
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

    /// <summary>
    /// Does <paramref name="mark"/> close a quote opened with <paramref name="opener"/> in continental typography?
    /// „…“ (German, Nordic, Central European: the high left mark, which opens a quote in English, closes it) and
    /// »…« (the guillemets pointing inwards).
    /// </summary>
    private static bool ClosesContinental(char opener, char mark) => opener == '„' && mark == '“' || opener == '»' && mark == '«';

    private static char At(string text, int i, int end) => i < end ? text[i] : ' ';

    private static bool OnlyPunctuationAfter(string text, int from, int end)
    {
        for (int i = from; i < end; i++) if (!char.IsWhiteSpace(text[i]) && text[i] is not ('.' or ',' or '!' or '?' or ';')) return false;
        return true;
    }

    private static TextSpan Span(string text, int start, int end) => new(start, end, text[start..end]);
}
