using System.Text.RegularExpressions;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>
/// A name and its acronym are one name: "the DNC" is "the Democratic National Committee", whichever of the two a
/// question or an article writes ("NAACP" skips the small words of "National Association for the Advancement of
/// Colored People").
/// </summary>
public static partial class Acronyms
{
    private const string Links = "of|the|and|for|on|to|in|at|&";

    // "DNC", and the dotted "U.S." or "E.U." that news style writes for a short one
    [GeneratedRegex(@"\b(?:\p{Lu}{2,6}\b|(?:\p{Lu}\.){2,5})")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}\-]+(?:\s+(?:(?:of|the|and|for|on|to|in|at|&)\s+){0,2}\p{Lu}[\p{Ll}\-]+)+")]
    private static partial Regex SpelledName();

    /// <summary>The acronyms a question writes ("DNC"), each with a pattern finding its spelled-out name in a sentence.</summary>
    public static IEnumerable<(string Acronym, Regex Spelling)> Written(string question) =>
        Acronym().Matches(question).Select(m => m.Value).Distinct().Select(a => (a, Spelling(a)));

    /// <summary>
    /// The names a question spells out in three capitalized words or more, each with its acronym ("Democratic National
    /// Committee": "DNC"). Two letters are no acronym to look for: "Anna Marsh" is not the "am" of "I am".
    /// </summary>
    public static IEnumerable<(string Name, string Acronym)> Spelled(string question, ISet<string> skipped) =>
        SpelledName().Matches(question)
            .Select(m => Words(m.Value).SkipWhile(skipped.Contains).ToList())
            .Where(words => words.Count(w => char.IsUpper(w[0])) >= 3)
            .Select(words => (string.Join(' ', words), string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]))));

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // the capitals of the acronym begin the name's words in turn, with up to two small words between them
    private static Regex Spelling(string acronym) =>
        new(@"\b" + string.Join($@"\s+(?:(?:{Links})\s+){{0,2}}", acronym.Where(c => c != '.').Select(c => Regex.Escape(c.ToString()) + @"[\p{Ll}\-]+")) + @"\b",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
