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
            // "nominee Donald Trump": the capitalized words right after the title, with nothing between ("a US official, Blinken said" is no title of his)
            var after = (end + 1 < words.Count && Adjacent(sentence, words[end], words[end + 1]) ? NameFrom(words, end + 1, sentence) : null) ?? NameAfterComma(words, end, sentence, closed: AfterAPreposition(lower, start));
            if (after is not null) yield return after;
            else if (NameWithin(words, lower, start, end, titleWords, sentence) is { } within) yield return within;
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
    /// "Deputy Minister Ana Kovac met her Ruritanian counterpart, Jiri Holub": someone's counterpart of another country
    /// holds their office for that country, so "the Ruritanian deputy minister" is the counterpart named after it. The
    /// title asked must name the counterpart's country, its other words must all be written before the counterpart (the
    /// first person's title), and the country only as the counterpart's; null otherwise, or where a sentence tells of
    /// two counterparts.
    /// </summary>
    public static string? Counterpart(string sentence, IReadOnlyList<string> titleWords)
    {
        var matches = CounterpartName().Matches(sentence);
        if (matches is not [var m]) return null;
        var country = m.Groups["country"].Value.ToLowerInvariant();
        var office = titleWords.Where(w => w != country).ToList();
        var before = SpeakerDirectory.Words(sentence[..m.Index]).ToHashSet(StringComparer.Ordinal);
        return titleWords.Contains(country) && office.Count > 0 && office.All(before.Contains) && !before.Contains(country)
            ? m.Groups["name"].Value : null;
    }

    // "her Ruritanian counterpart, Jiri Holub", "his Vardian counterpart, Foreign Minister Ana Sol,": the counterpart's
    // name is the run of capitalized words that ends the apposition (any title of their own before it)
    [GeneratedRegex(@"\b(?:his|her|their)\s+(?<country>\p{Lu}[\p{L}\-]*)\s+counterpart,?\s+(?:\p{Lu}[\p{L}.'’\-]*\s+)*?(?<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})(?=\s*(?:[,.;]|$|\s+(?:who|in|on|at|to|for|and|during|last|this)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex CounterpartName();

    /// <summary>
    /// "The driver, Ana Ruiz, 71, said …": the full name a sentence opens with, set off after "the" and a description's
    /// head noun, the way an article names someone it introduced a sentence before ("a retired bus driver"); null otherwise.
    /// </summary>
    public static string? Renamed(string sentence, string head)
    {
        var m = RenamedName().Match(sentence);
        return m.Success && SpeakerDirectory.Singular(m.Groups["head"].Value.ToLowerInvariant()) == SpeakerDirectory.Singular(head)
            && m.Groups["name"].Value.Contains(' ') ? m.Groups["name"].Value : null;
    }

    // "The driver, Ana Ruiz," opening a sentence
    [GeneratedRegex(@"^\s*[“""‘']?The\s+(?<head>\p{Ll}[\p{L}\-]*),\s+(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex RenamedName();

    /// <summary>
    /// "with board member Ana Ruiz dissenting", "leaving council member Ian Pell abstaining": a title whose last word
    /// (a participle telling what the person did) follows the name, which stands right after the title's other words.
    /// Every word from the title's start to its end is then the title's or the name's, nothing else between.
    /// </summary>
    private static string? NameWithin(List<Match> words, List<string> lower, int start, int end, IReadOnlyList<string> titleWords, string sentence)
    {
        int name = start;
        while (name < end && titleWords.Contains(lower[name]) && !IsCapitalized(words[name].Value)) name++;
        if (name == start || name >= end || !Adjacent(sentence, words[name - 1], words[name]) || NameFrom(words, name, sentence) is not { } found) return null;
        // a capitalized word of the title itself ("senior Harbor Board official") is no name inside it
        var parts = found.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => titleWords.Contains(SpeakerDirectory.Singular(SpeakerDirectory.Words(p).FirstOrDefault() ?? "")))) return null;
        int after = name + parts.Length;
        if (after > end || !Adjacent(sentence, words[after - 1], words[after])) return null;
        for (int k = after; k <= end; k++)
            if (!titleWords.Contains(lower[k]) || IsCapitalized(words[k].Value) || k > after && !Adjacent(sentence, words[k - 1], words[k])) return null;
        return found;
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
            // "Brask Roofing, a family firm that won the contract": a relative clause tells what the one apposed did, and
            // its words are no part of what they are (the noun phrase before it is)
            int clause = words.FindIndex(w => w is "that" or "which" or "who" or "whose");
            if (clause >= 0) words = words.Take(clause).ToList();
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

    // "Tobias Renn, who directs the Harrow poll": a name, then a clause saying what the person leads
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}),\s+who\s+(?:directs|heads|runs|leads|chairs|oversees|manages|conducts|founded|edits)\s+(?<object>[^,;“”""]+)")]
    private static partial Regex LeaderClause();

    // "Ines Vale, a hydrologist at Corran University who was not involved in the study":
    // a name, then an apposition saying the person had no part in what is reported
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}),\s+[^,;“”""]{0,120}?\bwho\s+(?:was|were|is|are|has\s+been|had\s+been)\s+not\s+(?:involved|part)\b")]
    private static partial Regex UninvolvedClause();

    /// <summary>The words an outside expert is asked by ("the outside expert", "an independent scientist").</summary>
    public static bool AsksAnOutsider(IReadOnlyList<string> titleWords) => titleWords.Any(w => w is "outside" or "independent");

    /// <summary>
    /// The root of an agent noun ("pollster": "poll", "regulator": "regulat"), of four letters at least; null for a
    /// word that is none.
    /// </summary>
    public static string? AgentRoot(string word)
    {
        foreach (var suffix in (string[])["ster", "or", "er", "ist"])
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 4) return word[..^suffix.Length];
        return null;
    }

    /// <summary>
    /// The names the sentence describes as the title asks without writing it: "Tobias Renn, who directs the Harrow
    /// poll" for "the pollster" (what the person leads writes the root of the title's agent noun), and for "the outside
    /// expert" a name set off by an apposition saying they were not involved in what is reported.
    /// </summary>
    public static IEnumerable<string> Described(string sentence, IReadOnlyList<string> titleWords)
    {
        if (AsksAnOutsider(titleWords))
        {
            foreach (Match m in UninvolvedClause().Matches(sentence)) yield return m.Groups["name"].Value;
            yield break;
        }
        var roots = titleWords.Select(AgentRoot).OfType<string>().ToList();
        if (roots.Count == 0) yield break;
        foreach (Match m in LeaderClause().Matches(sentence))
            // a common noun ("the Harrow poll"), not a name the root begins ("who chairs the Senate" says no "senator")
            if (Word().Matches(m.Groups["object"].Value).Any(w => char.IsLower(w.Value[0]) && roots.Any(r => w.Value.StartsWith(r, StringComparison.Ordinal))))
                yield return m.Groups["name"].Value;
    }

    /// <summary>
    /// The roles news describes by what the person did or lost rather than by the noun a reader asks with: a witness
    /// is someone "who saw", "who watched", or "who was crossing the square when" it happened; a widow someone "whose
    /// husband was killed"; a donor someone "whose $5 million gift built" something, or "who donated"; a survivor
    /// someone "who survived"; a professor or lecturer someone "who teaches" a subject. Each role noun maps to the words one of its clauses must hold (to find the sentences)
    /// and the clause itself, read right after the name and its apposition.
    /// </summary>
    private static readonly (string[] Nouns, string[] Clues, Regex Clause)[] RoleClauses =
    [
        (["witness", "eyewitness", "bystander", "onlooker"], ["saw", "watched", "witnessed", "when"],
            new(@"^who\s+(?:saw|watched|witnessed|had\s+seen|was\s+\p{Ll}+ing\b[^,;“”""]{0,80}?\bwhen\b)", RegexOptions.CultureInvariant)),
        (["widow"], ["husband"], new(@"^whose\s+(?:late\s+)?husband\b", RegexOptions.CultureInvariant)),
        (["widower"], ["wife"], new(@"^whose\s+(?:late\s+)?wife\b", RegexOptions.CultureInvariant)),
        (["donor", "booster", "benefactor", "philanthropist"], ["gift", "donation", "donated", "pledged"],
            new(@"^(?:whose\s+[^,;“”""]{0,40}?\b(?:gift|gifts|donation|donations|pledge|bequest)\b|who\s+(?:donated|gave|pledged|bequeathed)\b)", RegexOptions.CultureInvariant)),
        (["survivor"], ["survived"], new(@"^who\s+survived\b", RegexOptions.CultureInvariant)),
        (["professor", "lecturer", "teacher", "instructor"], ["teaches", "taught", "lectures"],
            new(@"^who\s+(?:teaches|taught|has\s+taught|lectures)\b", RegexOptions.CultureInvariant)),
    ];

    /// <summary>
    /// The role a title asks for: its last word is one of the role's nouns ("the witness", "the law professor"); the
    /// words before it qualify the role and must be written in the clause ("who teaches election law"), so the
    /// professor of music is not the law professor.
    /// </summary>
    private static (string[] Nouns, string[] Clues, Regex Clause)? RoleOf(IReadOnlyList<string> titleWords) =>
        titleWords.Count is >= 1 and <= 3 && RoleClauses.FirstOrDefault(r => r.Nouns.Contains(titleWords[^1])) is { Nouns: not null } role ? role : null;

    /// <summary>The words a sentence describing a role asked ("the witness", "the law professor") holds, one search each; none for any other title.</summary>
    public static IReadOnlyList<string> RoleClues(IReadOnlyList<string> titleWords) =>
        RoleOf(titleWords) is { } role ? role.Clues : [];

    // a name, a comma, a short apposition or none ("the Oklahoma car dealer"), then the relative clause
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}),\s+(?:[^,;“”""]{0,80}?\s)?(?<clause>who(?:se)?\s[^;“”""]*)")]
    private static partial Regex NameAndClause();

    /// <summary>
    /// The names the sentence describes as the role asked alone ("the witness", "the widow") without writing it: a
    /// name set off by a comma, then (after a short apposition or none) a relative clause that defines the role (see
    /// <see cref="RoleClauses"/>). The clause must follow the name's own apposition: "the husband of Ana Ruiz, who …" is not hers.
    /// </summary>
    public static IEnumerable<string> DescribedByRole(string sentence, IReadOnlyList<string> titleWords)
    {
        if (RoleOf(titleWords) is not { } role) yield break;
        foreach (Match m in NameAndClause().Matches(sentence))
            if (role.Clause.IsMatch(m.Groups["clause"].Value)
                && SpeakerDirectory.Words(m.Groups["clause"].Value).ToHashSet() is var clause && titleWords.SkipLast(1).All(clause.Contains))
                yield return m.Groups["name"].Value;
    }

    // a capitalized name, a comma, an optional article and a description that starts in lowercase (after an article, a
    // capitalized word or two may qualify it: "the Democratic attorney general of Vermont"), up to the next comma,
    // semicolon, quote mark or the sentence's end
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}),\s+(?:(?:a|an|the)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,2})?(?<apposition>\p{Ll}[^,;“”""]*?)(?=[,;“”""]|\.\s|\.$|$)")]
    private static partial Regex ApposedName();

    // how many words may qualify a title before the name set off after it ("regional chief for the North Coast, Omar …")
    private const int QualifierWords = 6;

    /// <summary>
    /// "The mediator, Carla Dunne of …", "the agency's regional chief for the North Coast, Omar Haddad,
    /// said": the name set off by a comma right after the title, or after a qualifier of it that opens with "of", "for" or
    /// "at" and goes on in names. <paramref name="closed"/>: the name must be set off on both sides (a title after a
    /// preposition, see <see cref="AfterAPreposition"/>).
    /// </summary>
    private static string? NameAfterComma(List<Match> words, int end, string sentence, bool closed)
    {
        int last = end;
        if (last + 1 < words.Count && words[last + 1].Value is "of" or "for" or "at" or "in" && Adjacent(sentence, words[last], words[last + 1]))
            for (int k = last + 2; k < words.Count && k <= end + QualifierWords; k++)
            {
                if (!Adjacent(sentence, words[k - 1], words[k]) || !(IsCapitalized(words[k].Value) || IsLink(words[k].Value))) break;
                last = k;
            }
        if (last + 1 >= words.Count || Separator(sentence, words[last], words[last + 1]) != "," || NameFrom(words, last + 1, sentence) is not { } name) return null;
        // a person's full name set off in turn ("Carla Dunne of the board", "Omar Haddad, said"), not a
        // clause going on after the title ("According to a port official, Harbor Master Ian Pell will visit"); a courtesy
        // title is no other office ("the county's health director, Dr. Ines Vale, said"): the name is what follows it
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int next = last + 1 + parts.Length;
        if (parts.Length > 2 && CourtesyTitle().IsMatch(parts[0]))
        {
            parts = parts[1..];
            name = string.Join(' ', parts);
        }
        if (parts.Length < 2 || Attribution.Lexicon.Default.Titles.Contains(parts[0].ToLowerInvariant().TrimEnd('.'))
            || next < words.Count && !(Separator(sentence, words[next - 1], words[next]) == "," || words[next].Value is "of" || !closed && words[next].Value is "said" or "says" or "told")
            || next >= words.Count && closed)
            return null;
        return name;
    }

    /// <summary>
    /// Is the title the object of a preposition ("one of the family's lawyers, Dana Kirsch, said", "Asked about the harbor
    /// master, Paul Wren said"): a name after the comma is then the title's only where a second comma closes it, else it
    /// is the subject of what follows. A determiner or a word or two before the title are passed over.
    /// </summary>
    private static bool AfterAPreposition(IReadOnlyList<string> lower, int start)
    {
        for (int i = start - 1; i >= 0 && i >= start - 3; i--)
            if (lower[i] is "to" or "about" or "of" or "for" or "with" or "against" or "from" or "by" or "on" or "at" or "like"
                or "unlike" or "than" or "over" or "into" or "toward" or "towards" or "after" or "before" or "without")
                return true;
        return false;
    }

    /// <summary>What stands between two words besides spaces ("," for "Africa, Samuel").</summary>
    private static string Separator(string sentence, Match a, Match b) =>
        sentence[(a.Index + a.Length)..b.Index].Trim();

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

    [GeneratedRegex(@"^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex CourtesyTitle();

    private static bool IsLink(string word) => word is "the" or "a" or "an" or "of" or "for" or "from" or "in" or "at" or "on" or "with" or "and" or "to";
}
