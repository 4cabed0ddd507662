using NewsBot.Knowledge.Attribution;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// The speakers each sentence of an article reports, where it reports more than one: every quote whose content
/// stands in the sentence, one voice per speaker with the part of the sentence that is theirs. A sentence that reports
/// one speaker (nearly all) has none: its speaker is the one its best quote names (<see cref="AttributedArticle.QuoteOf"/>).
/// </summary>
internal static class SentenceVoices
{
    /// <summary>By sentence index: the voices of a sentence several speakers speak in, in the order they speak; null for any other.</summary>
    public static Voice[]?[] Of(AttributedArticle attributed)
    {
        var sentences = attributed.Sentences;
        var text = attributed.Article.Text;
        var bySentence = new List<Voice>?[sentences.Count];
        foreach (var quote in attributed.Quotes)
        {
            if (quote.Speaker is not { } speaker) continue;
            foreach (var content in quote.Content)
                for (int k = FirstEndingAfter(sentences, content.Start); k < sentences.Count && sentences[k].Start < content.End; k++)
                {
                    int start = Math.Max(content.Start, sentences[k].Start), end = Math.Min(content.End, sentences[k].End);
                    // a quote whose span runs a mark or a comma into the next sentence says nothing there
                    if (!HoldsAWord(text, start, end)) continue;
                    Add(bySentence[k] ??= [], new Voice(speaker, quote.Kind, start, end));
                }
        }
        var voices = new Voice[]?[sentences.Count];
        for (int k = 0; k < sentences.Count; k++)
        {
            if (bySentence[k] is not { } heard) continue;
            // the speaker the sentence is credited to speaks in it too, though maybe only by its cue ("A said:")
            bool several = heard.Count > 1 || (attributed.QuoteOf(sentences[k])?.Speaker is { } main && main.Name != heard[0].Speaker.Name);
            if (several) voices[k] = [.. heard.OrderBy(v => v.Start)];
        }
        return voices;
    }

    /// <summary>One voice per speaker: a speaker's second stretch in the sentence widens their part, told in their own words if either is.</summary>
    private static void Add(List<Voice> heard, Voice voice)
    {
        int same = heard.FindIndex(v => v.Speaker.Name == voice.Speaker.Name);
        if (same < 0) { heard.Add(voice); return; }
        var known = heard[same];
        heard[same] = known with
        {
            Kind = (QuoteKind)Math.Min((int)known.Kind, (int)voice.Kind), // Direct, then Mixed, then Indirect
            Start = Math.Min(known.Start, voice.Start), End = Math.Max(known.End, voice.End),
        };
    }

    private static bool HoldsAWord(string text, int start, int end)
    {
        int letters = 0;
        for (int i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i]) && ++letters >= 2) return true;
            else if (!char.IsLetterOrDigit(text[i])) letters = 0;
        return false;
    }

    private static int FirstEndingAfter(IReadOnlyList<Sentences.Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
