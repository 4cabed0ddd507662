using NewsBot.Knowledge.Attribution;

namespace NewsBot.Knowledge.Index;

/// <summary>A sentence as the index stores it: everything needed to quote it with its attribution.</summary>
public sealed record IndexedSentence(
    string ArticleId,
    string Headline,
    int Paragraph,
    int Position,
    int Start,
    int End,
    string Text,
    QuoteKind? Kind,
    Speaker? Speaker,
    bool IsHeading,
    IReadOnlyList<Voice>? Voices = null)
{
    /// <summary>
    /// The sentence as what one of these speakers said: itself when its speaker is one of them, else credited to the
    /// other speaker it reports who is ("A said it would cost jobs, and B countered that …" is B's statement too, shown
    /// under B); itself when none of them speaks in it.
    /// </summary>
    public IndexedSentence As(IEnumerable<string> speakers)
    {
        if (Voices is null || (Speaker is { } main && speakers.Any(s => SameSpeaker(s, main.Name)))) return this;
        foreach (var voice in Voices)
            if (speakers.Any(s => SameSpeaker(s, voice.Speaker.Name))) return With(voice);
        return this;
    }

    /// <summary>Does this speaker say the sentence, or a part of it?</summary>
    public bool SaidBy(string speaker) =>
        (Speaker is { } main && SameSpeaker(speaker, main.Name)) || (Voices?.Any(v => SameSpeaker(speaker, v.Speaker.Name)) ?? false);

    /// <summary>
    /// Do this speaker's words run to the end of the sentence, so that a quote of theirs in the next one may go on with
    /// them? In "A said …, and B countered that …" A's do not: the next sentence's quote by A is no continuation of B's words.
    /// </summary>
    public bool EndsWithWordsOf(string speaker)
    {
        if (Voices is null) return Speaker is { } main && SameSpeaker(speaker, main.Name);
        if (Voices.FirstOrDefault(v => SameSpeaker(speaker, v.Speaker.Name)) is not { } voice) return false;
        for (int i = Math.Max(0, voice.End - Start); i < Text.Length; i++)
            if (char.IsLetterOrDigit(Text[i])) return false;
        return true;
    }

    /// <summary>The sentence credited to one of its voices, as that speaker's statement of that kind.</summary>
    public IndexedSentence With(Voice voice) => voice.Speaker == Speaker && voice.Kind == Kind ? this : this with { Speaker = voice.Speaker, Kind = voice.Kind };

    /// <summary>The words of the sentence that are this voice's.</summary>
    public string PartOf(Voice voice) => Text[Math.Clamp(voice.Start - Start, 0, Text.Length)..Math.Clamp(voice.End - Start, 0, Text.Length)];

    private static bool SameSpeaker(string a, string b) => string.Equals(SentenceIndex.SpeakerKey(a), SentenceIndex.SpeakerKey(b), StringComparison.Ordinal);
}

/// <summary>
/// One of the speakers of a sentence that reports several ("“…,” said A, while her neighbour, B, said …"): who, whether in
/// their own words or reported, and the part of the sentence that is theirs (offsets in the article's text).
/// </summary>
public sealed record Voice(Speaker Speaker, QuoteKind Kind, int Start, int End);

/// <summary>One article's entry in the index: its fingerprint and the summary shown by <c>GET /api/articles</c>.</summary>
public sealed record ArticleSummary(string Id, string Headline, int Paragraphs, int Quotes, IReadOnlyList<SpeakerCount> Speakers, string Fingerprint)
{
    /// <summary>The file's length and last write time when it was fingerprinted: while both match, its bytes are not read again.</summary>
    public string? Stamp { get; init; }
}

/// <summary>A speaker of one article: how often quoted, and the words the article uses for them ("the diplomat").</summary>
public sealed record SpeakerCount(string Name, SpeakerType Type, string? Role, int Quotes, int Direct, int Indirect, IReadOnlyList<string>? Mentions = null);
