namespace NewsBot.Knowledge.Attribution;

public enum QuoteKind { Direct, Mixed, Indirect }

public enum SpeakerType { Person, Organization }

/// <summary>A span of the article text; <c>Text == article.Text[Start..End]</c>.</summary>
public sealed record TextSpan(int Start, int End, string Text)
{
    public int Length => End - Start;
    public bool Overlaps(int start, int end) => Start < end && start < End;
}

/// <summary>Who said it, as the article names them: the fullest name, or the article's own description plus " (unnamed)".</summary>
public sealed record Speaker(string Name, SpeakerType Type, string? Role);

/// <summary>
/// One attributed statement: what was said (one span, or several when the attribution interrupts it), by whom, with which cue.
/// <see cref="Refusal"/> marks a report that the source said nothing ("declined to be interviewed", "has not said how
/// she will vote"): an attribution as annotators count them, so the quote export keeps it, but no words of the source,
/// so replies never show it as their statement.
/// </summary>
public sealed record Quote(
    QuoteKind Kind,
    int Paragraph,
    IReadOnlyList<TextSpan> Content,
    TextSpan? Source,
    TextSpan? Cue,
    Speaker? Speaker,
    bool Refusal = false)
{
    public int Start => Content[0].Start;
    public int End => Content[^1].End;
}
