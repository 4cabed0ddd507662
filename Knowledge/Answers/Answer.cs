using NewsBot.Knowledge.Index;

namespace NewsBot.Knowledge.Answers;

public enum AnswerKind { Empty, Statements, Found, NotQuoted, NotFound, Roster, Clarify }

/// <summary>
/// What the bot says: a plain-words message and the sentences it quotes, best first (each verbatim, with its
/// speaker when the sentence reports speech). <see cref="More"/> holds further sentences for a "more" follow-up.
/// </summary>
public sealed record Answer(AnswerKind Kind, string Message, IReadOnlyList<IndexedSentence> Quotes, IReadOnlyList<IndexedSentence> More)
{
    /// <summary>Questions to offer the user, e.g. the people they may have meant ("did you mean").</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public static Answer Nothing(AnswerKind kind, string message) => new(kind, message, [], []);
}
