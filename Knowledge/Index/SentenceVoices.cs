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
        // the first speaker heard in each sentence kept without allocating (nearly every quoted sentence has one only);
        // a list only where a second one speaks
        var first = new Voice?[sentences.Count];
        Dictionary<int, List<Voice>>? several = null;
        foreach (var quote in attributed.Statements)
        {
            if (quote.Speaker is not { } speaker) continue;
            foreach (var content in quote.Content)
                for (int k = attributed.FirstSentenceEndingAfter(content.Start); k < sentences.Count && sentences[k].Start < content.End; k++)
                {
                    int start = Math.Max(content.Start, sentences[k].Start), end = Math.Min(content.End, sentences[k].End);
                    // a quote whose span runs a mark or a comma into the next sentence says nothing there
                    if (!HoldsAWord(text, start, end)) continue;
                    var voice = new Voice(speaker, quote.Kind, start, end);
                    if (first[k] is not { } heard) first[k] = voice;
                    else if ((several ??= []).TryGetValue(k, out var all)) Add(all, voice);
                    else if (heard.Speaker.Name == speaker.Name) first[k] = Joined(heard, voice);
                    else several[k] = [heard, voice];
                }
        }
        var voices = new Voice[]?[sentences.Count];
        for (int k = 0; k < sentences.Count; k++)
        {
            if (first[k] is not { } heard) continue;
            if (several?.GetValueOrDefault(k) is { } all) voices[k] = [.. all.OrderBy(v => v.Start)];
            // the speaker the sentence is credited to may speak in it by its cue alone ("B said …, and A said:")
            else if (attributed.QuoteOf(sentences[k])?.Speaker is { } main && main.Name != heard.Speaker.Name) voices[k] = [heard];
        }
        return voices;
    }

    /// <summary>One voice per speaker: a speaker's second stretch in the sentence widens their part, told in their own words if either is.</summary>
    private static void Add(List<Voice> heard, Voice voice)
    {
        int same = heard.FindIndex(v => v.Speaker.Name == voice.Speaker.Name);
        if (same < 0) { heard.Add(voice); return; }
        heard[same] = Joined(heard[same], voice);
    }

    private static Voice Joined(Voice known, Voice voice) => known with
    {
        Kind = (QuoteKind)Math.Min((int)known.Kind, (int)voice.Kind), // Direct, then Mixed, then Indirect
        Start = Math.Min(known.Start, voice.Start), End = Math.Max(known.End, voice.End),
    };

    private static bool HoldsAWord(string text, int start, int end)
    {
        int letters = 0;
        for (int i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i]) && ++letters >= 2) return true;
            else if (!char.IsLetterOrDigit(text[i])) letters = 0;
        return false;
    }

}
