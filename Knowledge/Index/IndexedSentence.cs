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
    bool IsHeading);

/// <summary>One article's entry in the index: its fingerprint and the summary shown by <c>GET /api/articles</c>.</summary>
public sealed record ArticleSummary(string Id, string Headline, int Paragraphs, int Quotes, IReadOnlyList<SpeakerCount> Speakers, string Fingerprint)
{
    /// <summary>The file's length and last write time when it was fingerprinted: while both match, its bytes are not read again.</summary>
    public string? Stamp { get; init; }
}

/// <summary>A speaker of one article: how often quoted, and the words the article uses for them ("the diplomat").</summary>
public sealed record SpeakerCount(string Name, SpeakerType Type, string? Role, int Quotes, int Direct, int Indirect, IReadOnlyList<string>? Mentions = null);
