using NewsBot.Knowledge.Articles;

namespace NewsBot.Knowledge.Sentences;

/// <summary>
/// Rule-based sentence segmentation that keeps offsets into the article text. A sentence ends at . ! ? or …
/// (with any closing quotes and brackets that follow) when the next word starts a sentence, unless the period
/// belongs to an abbreviation, an initial or a number. Headings are one sentence each.
/// </summary>
public static class SentenceSplitter
{
    // "v" and "vs": the "versus" of a case or a match ("Delgado v. Ohio"), never a sentence's last word
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Sra", "Srta", "Smt", "Dr", "Prof", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Capt", "Sgt", "Cpl", "Maj", "Adm",
        "Cmdr", "Pres", "Supt", "Insp", "Det", "Hon", "Rev", "Fr", "St", "Mt", "Ft", "Jr", "Sr", "Inc", "Corp", "Co",
        "Ltd", "Bros", "vs", "v", "etc", "al", "approx", "dept", "est", "No", "Nos", "Vol", "Fig", "cf", "ca",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
    };

    // Words that open sentences often enough that a dotted acronym before them ("the U.S. The …") ends one.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "This", "That",
        "There", "His", "Her", "Their", "Its", "Our", "If", "When", "As", "At", "For", "After", "Before", "While",
    };

    public static IReadOnlyList<Sentence> Split(Article article)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.IsHeading)
                Add(sentences, article.Text, paragraph.Number, paragraph.Start, paragraph.End);
            else
                foreach (var (start, end) in Spans(article.Text, paragraph.Start, paragraph.End))
                    Add(sentences, article.Text, paragraph.Number, start, end);
        }
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int paragraph, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, paragraph, start, end, text[start..end]));
    }

    /// <summary>Sentence spans inside [start, end) of the text.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string text, int start, int end)
    {
        int sentenceStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            // a list of signed quotes ("“…” ― Ana Ruiz" on each line): the signature closes its quote's sentence
            if (c == '\n' && EndsWithSignature(text, sentenceStart, i))
            {
                yield return (sentenceStart, i);
                sentenceStart = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '…')) continue;
            int close = i + 1;
            while (close < end && text[close] is '.' or '!' or '?' or '…') close++;
            while (close < end && IsCloser(text[close])) close++;
            if (close < end && !char.IsWhiteSpace(text[close])) continue;
            int next = close;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) break;
            if (!StartsSentence(text, next, end)) continue;
            if (c == '.' && close - i == 1 && !EndsSentenceAtPeriod(text, sentenceStart, i, next, end)) continue;
            if (c is '?' or '!' && ClosesQuote(text, i + 1, close) && IsAttributionTail(text, next, end)) continue;
            yield return (sentenceStart, close);
            sentenceStart = next;
            i = next - 1;
        }
        yield return (sentenceStart, end);
    }

    /// <summary>
    /// Does the line ending at <paramref name="lineEnd"/> end with a quote signed by a dash and a name
    /// ("… shame.” ― Rosa Lind", "…”― Dario J. Fenn.")? A reader-voices list puts one such quote on each line of a
    /// paragraph, with no full stop after the name; the next line is another person's words.
    /// </summary>
    private static bool EndsWithSignature(string text, int from, int lineEnd)
    {
        int k = lineEnd;
        while (k > from && char.IsWhiteSpace(text[k - 1])) k--;
        if (k > from && text[k - 1] == '.') k--;
        int words = 0;
        bool capitalized = false;
        while (true)
        {
            int wordEnd = k;
            while (k > from && (char.IsLetter(text[k - 1]) || text[k - 1] is '.' or '\'' or '’' or '-')) k--;
            while (k < wordEnd && !char.IsLetter(text[k])) k++;
            if (k == wordEnd) break;
            capitalized = char.IsUpper(text[k]);
            if (!capitalized && words == 0) return false;
            words++;
            if (words > 5 || k == from || !IsSpace(text[k - 1])) break;
            k--;
        }
        if (words == 0 || !capitalized) return false;
        while (k > from && IsSpace(text[k - 1])) k--;
        if (k == from || text[k - 1] is not ('―' or '—' or '–' or '-')) return false;
        k--;
        if (k > from && text[k - 1] == '-') k--;
        while (k > from && IsSpace(text[k - 1])) k--;
        return k > from && text[k - 1] is '”' or '"' or '’';
    }

    // a space within a line, a no-break space too ("―\u00a0Jorge Falcon")
    private static bool IsSpace(char c) => c != '\n' && c != '\r' && char.IsWhiteSpace(c);

    private static bool ClosesQuote(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (text[k] is '"' or '”' or '’' or '\'' or '»' or '“' or '«') return true;
        return false;
    }

    /// <summary>
    /// "“Why isn’t this proof?” Vitter demanded.": a few words naming the speaker and a speech verb, ending the
    /// sentence the quote began, so the question or exclamation inside the quote does not end it.
    /// </summary>
    private static bool IsAttributionTail(string text, int start, int end)
    {
        bool cue = false;
        int words = 0;
        for (int i = start; i < end && words < 7;)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            int wordStart = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (i == wordStart) break;
            words++;
            var word = text[wordStart..i];
            var bare = word.Trim('.', ',', '!', '?', ';', ':', '"', '”', '“', '’', '‘', '\'');
            if (Attribution.Lexicon.Default.CueVerbs.Contains(bare.ToLowerInvariant()) && char.IsLower(bare.FirstOrDefault())) cue = true;
            if (word[^1] is '.' or '!' or '?' && !Abbreviations.Contains(bare) && !(bare.Length == 1 && char.IsUpper(bare[0])))
                return cue;
            if (word[^1] is ',' or ';' or ':') return cue && word[^1] == ',';
        }
        return cue && words < 7;
    }

    // right after a sentence's end a left-hand mark can only close a quote: „…“ and »…« in continental typography
    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '“' or '«';

    private static bool StartsSentence(string text, int i, int end)
    {
        while (i < end && (text[i] is '"' or '“' or '„' or '‘' or '\'' or '(' or '[' or '«' or '»' or '—' or '-')) i++;
        return i < end && (char.IsUpper(text[i]) || char.IsDigit(text[i]));
    }

    private static bool EndsSentenceAtPeriod(string text, int sentenceStart, int period, int next, int end)
    {
        int wordStart = period;
        // "”Mr. Trump …": a quote opened with a closing mark still opens before the abbreviation
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“' or '”')) wordStart--;
        // "''Mr. Trump …": the two apostrophes that open a quote are no part of the word
        var word = text.AsSpan(wordStart, period - wordStart).TrimStart('\'');
        if (word.IsEmpty) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "John F. Kennedy"
        if (Abbreviations.Contains(word.ToString())) return false;
        // "Rep. Jo Doe, D-St. Cloud": a saint's or a mount's abbreviation after a party's hyphen opens a place's name
        // (a state's there, "R-Fla.", may well end the sentence)
        if (word.LastIndexOf('-') is var hyphen and >= 0 && word[(hyphen + 1)..] is "St" or "Mt" or "Ft") return false;
        if (word.Contains('.'))  // U.S., a.m., Ph.D: an abbreviation, unless a clear sentence opener follows
        {
            int wordEnd = next;
            while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
            return SentenceOpeners.Contains(text[next..wordEnd]);
        }
        return true;
    }
}
