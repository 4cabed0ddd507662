namespace NewsBot.Knowledge.Attribution;

public enum TokenKind { Word, Punctuation, QuoteMark }

/// <summary>A word, punctuation mark or quote mark of a sentence, with its offsets into the article text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Text, bool InQuote)
{
    public bool IsWord => Kind == TokenKind.Word;
    /// <summary>
    /// Opens with a capital, as names do. "Kremlin-backed", "UN-run", "Ohio-based": a word whose part after its last
    /// hyphen is a lowercase participle, or lowercase after an acronym, is an adjective made from a name, never part of
    /// one (a given name such as "Dae-sung" keeps its capital).
    /// </summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]) && !IsNameMadeAdjective(Text);

    private static bool IsNameMadeAdjective(string text)
    {
        int hyphen = text.LastIndexOf('-');
        if (hyphen <= 0 || text.Length - hyphen < 3 || !char.IsLower(text[hyphen + 1])) return false;
        var after = text.AsSpan(hyphen + 1);
        if (after.EndsWith("ed", StringComparison.Ordinal) || after is "run" or "led" or "born" or "made" or "built") return true;
        foreach (char c in text.AsSpan(0, hyphen)) if (!char.IsUpper(c)) return false;
        return true;
    }
    public string Lower => Text.ToLowerInvariant();
    public bool Is(char c) => Kind != TokenKind.Word && Text.Length == 1 && Text[0] == c;
}

/// <summary>A stretch of a sentence's tokens, viewed in place rather than copied.</summary>
public sealed class TokenSlice(List<Token> tokens, int start, int count) : IReadOnlyList<Token>
{
    public Token this[int index] => (uint)index < (uint)count ? tokens[start + index] : throw new ArgumentOutOfRangeException(nameof(index));
    public int Count => count;
    public IEnumerator<Token> GetEnumerator()
    {
        for (int i = 0; i < count; i++) yield return tokens[start + i];
    }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class Tokenizer
{
    /// <summary>Tokens of text[start..end]; <paramref name="inQuote"/> tells which offsets lie inside quote marks.</summary>
    public static List<Token> Tokenize(string text, int start, int end, Func<int, bool> inQuote)
    {
        var tokens = new List<Token>((end - start) / 5 + 4);
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                int j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || IsWordInner(text, j, end))) j++;
                if (j > i + 1 && text[j - 1] is '.' && !LooksDotted(text, i, j)) j--;
                // "Mr. Obama", "Ronald R. Reagan": the period belongs to the abbreviation or the initial
                else if (j < end && text[j] == '.' && IsAbbreviation(text, i, j)) j++;
                tokens.Add(new Token(i, j, TokenKind.Word, TextOf(text, i, j), inQuote(i)));
                i = j;
                continue;
            }
            // two apostrophes ('') are one quote mark, as " is
            int mark = QuoteMarks.MarkAt(text, i);
            int length = Math.Min(Math.Max(mark, 1), end - i);
            // a single mark that opens or closes a quote (British style: ‘…,’ said Mr Ruiz) is a quote mark as " is
            if (mark == 0 && c is '‘' or '’' && inQuote(i) && (!inQuote(i - 1) || !inQuote(i + 1))) mark = 1;
            tokens.Add(new Token(i, i + length, mark > 0 ? TokenKind.QuoteMark : TokenKind.Punctuation, TextOf(text, i, i + length), inQuote(i)));
            i += length;
        }
        return tokens;
    }

    // A token's text. Most of a sentence's tokens are a few marks and short words ("the", ",", "said"), and a string of
    // their own for each was a good part of what tokenizing allocated: those share one string each from a fixed table.
    private static string TextOf(string text, int start, int end) =>
        end - start <= CommonTextLength && CommonTexts.TryGetValue(text.AsSpan(start, end - start), out var common) ? common : text[start..end];

    // Fixed and read-only (shared safely by concurrent indexing): punctuation, quote marks and frequent words of news prose
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonTexts = new HashSet<string>(StringComparer.Ordinal)
    {
        ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "'", "“", "”", "‘", "’", "''", "-", "–", "—", "/", "&", "%", "$", "…",
        "the", "The", "a", "A", "an", "An", "of", "to", "in", "In", "on", "On", "at", "At", "by", "for", "from", "with", "and", "And",
        "or", "but", "But", "as", "As", "that", "this", "This", "it", "It", "its", "is", "was", "are", "were", "be", "been", "has",
        "have", "had", "will", "would", "could", "may", "must", "can", "not", "no", "he", "He", "she", "She", "they", "They",
        "we", "We", "I", "his", "her", "their", "our", "who", "which", "what", "said", "says", "told", "added", "according",
        "According", "after", "After", "before", "about", "than", "more", "also", "new", "last", "when", "When", "while",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int CommonTextLength = 9;

    // Apostrophes, hyphens and periods that join letters: don't, Psaki's, al-Assad, U.S.; slashes that join digits: 9/11
    private static bool IsWordInner(string text, int j, int end)
    {
        char c = text[j];
        // "9/11", "24/7": a slash between digits names one thing
        if (c == '/') return j + 1 < end && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]);
        if (c is '\'' or '’' or '-' or '.' or ',')
        {
            if (j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                return c != ',' || (char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]));
            return c == '.' && j >= 2 && text[j - 2] == '.';
        }
        return false;
    }

    private static bool IsAbbreviation(string text, int start, int end) =>
        char.IsUpper(text[start]) && (end - start == 1 || Lexicon.Default.Abbreviations.Contains(text.AsSpan(start, end - start)));

    private static bool LooksDotted(string text, int start, int end) => text.AsSpan(start, end - start - 1).Contains('.');
}
