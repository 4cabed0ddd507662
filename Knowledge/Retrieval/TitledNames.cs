using System.Text.RegularExpressions;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>
/// The names an article writes next to a title, in narration as well as in attributions: "Republican presidential
/// nominee Donald Trump" (the title before the name) and "Oscar Vedder, president of the NAACP" (after it,
/// set off by a comma). A title asked for ("the Republican nominee") then finds the person although no attribution
/// gives them that title.
/// </summary>
public static partial class TitledNames
{
    // a title's words may stand apart by a few others ("Republican presidential nominee" for "the Republican nominee")
    private const int ExtraWords = 3;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.'’\-]*")]
    private static partial Regex Word();

    /// <summary>Does a question name a speaker by a title or description ("the NAACP president"), not by a name?</summary>
    public static bool IsTitle(string asked) =>
        SpeakerDirectory.Wanted(asked).Count > 0 && Word().Matches(asked).Any(w => char.IsLower(w.Value[0]) && !IsLink(w.Value));

    /// <summary>The names written right before or right after the title's words in this sentence.</summary>
    public static IEnumerable<string> Beside(string sentence, IReadOnlyList<string> titleWords)
    {
        if (titleWords.Count == 0) yield break;
        // a title asked in the singular is written in the plural beside one of its holders ("one of the family's lawyers")
        titleWords = titleWords.Select(SpeakerDirectory.Singular).ToList();
        var words = Word().Matches(sentence).ToList();
        var lower = words.Select(w => SpeakerDirectory.Singular(SpeakerDirectory.Words(w.Value).FirstOrDefault() ?? "")).ToList();
        for (int start = 0; start < words.Count; start++)
        {
            if (!titleWords.Contains(lower[start])) continue;
            // the shortest stretch from here holding every title word
            var missing = new HashSet<string>(titleWords);
            int end = start;
            for (; end < words.Count && end < start + titleWords.Count + ExtraWords; end++)
                if (missing.Remove(lower[end]) && missing.Count == 0) break;
            if (missing.Count > 0) continue;
            // "nominee Donald Trump": the capitalized words right after the title
            var after = NameFrom(words, end + 1, sentence);
            if (after is not null) yield return after;
            // "Brooks, president of the NAACP": the capitalized words that end right before a comma and an article
            int before = start - 1;
            if (before >= 0 && lower[before] is "a" or "an" or "the") before--;
            if (before >= 0 && sentence.AsSpan(words[before].Index + words[before].Length, words[before + 1].Index - words[before].Index - words[before].Length).Trim().SequenceEqual(","))
            {
                int first = before;
                while (first > 0 && IsCapitalized(words[first - 1].Value) && Adjacent(sentence, words[first - 1], words[first])) first--;
                if (IsCapitalized(words[before].Value))
                    yield return sentence[words[first].Index..(words[before].Index + words[before].Length)];
            }
            start = end;
        }
    }

    /// <summary>
    /// "said Ana Ruiz, a professor of ocean science at Seaport University": the name before an apposition whose head
    /// (its noun before the first preposition) is a word of the title and which holds every other word of it in any
    /// order ("the Seaport professor"). Not "Ana Ruiz, a critic of the Seaport professor", whose head is another noun.
    /// </summary>
    public static IEnumerable<string> Apposed(string sentence, IReadOnlyList<string> titleWords)
    {
        if (titleWords.Count == 0) yield break;
        titleWords = titleWords.Select(SpeakerDirectory.Singular).ToList();
        foreach (Match m in ApposedName().Matches(sentence))
        {
            var words = Word().Matches(m.Groups["apposition"].Value).Select(w => w.Value).ToList();
            int preposition = words.FindIndex(w => w is "of" or "at" or "for" or "with" or "from" or "in" or "on");
            int head = (preposition < 0 ? words.Count : preposition) - 1;
            // "founder and CEO", "a longtime professor": a short noun phrase, not a clause ("adding that the CEO …")
            if (head < 0 || head > 4 || words.Take(head).Any(w => IsLink(w) && w is not "and")) continue;
            var lower = words.Select(w => SpeakerDirectory.Singular(SpeakerDirectory.Words(w).FirstOrDefault() ?? "")).ToHashSet();
            if (titleWords.Contains(lower.Count > 0 ? SpeakerDirectory.Singular(SpeakerDirectory.Words(words[head]).FirstOrDefault() ?? "") : "")
                && titleWords.All(lower.Contains))
                yield return m.Groups["name"].Value;
        }
    }

    // a capitalized name, a comma, an optional article and a description that starts in lowercase (after an article, a
    // capitalized word or two may qualify it: "the Democratic attorney general of Vermont"), up to the next comma,
    // semicolon, quote mark or the sentence's end
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}),\s+(?:(?:a|an|the)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,2})?(?<apposition>\p{Ll}[^,;“”""]*?)(?=[,;“”""]|\.\s|\.$|$)")]
    private static partial Regex ApposedName();

    private static string? NameFrom(List<Match> words, int from, string sentence)
    {
        if (from >= words.Count || !IsCapitalized(words[from].Value)) return null;
        int last = from;
        while (last + 1 < words.Count && IsCapitalized(words[last + 1].Value) && Adjacent(sentence, words[last], words[last + 1])) last++;
        return sentence[words[from].Index..(words[last].Index + words[last].Length)].TrimEnd('.', '\'', '’');
    }

    private static bool IsCapitalized(string word) => char.IsUpper(word[0]);

    // the two words stand apart by spaces only (a comma or a parenthesis ends a name)
    private static bool Adjacent(string sentence, Match a, Match b) =>
        sentence.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length).IsWhiteSpace();

    private static bool IsLink(string word) => word is "the" or "a" or "an" or "of" or "for" or "from" or "in" or "at" or "on" or "with" or "and" or "to";
}
