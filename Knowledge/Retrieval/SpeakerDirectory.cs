using System.Text.RegularExpressions;
using NewsBot.Knowledge.Index;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>
/// Finds the speakers a user means by a loose name: case, surname alone, title alone ("the press secretary"),
/// the unnamed source's description ("the official"), or a small typo ("Psaky").
/// </summary>
public static partial class SpeakerDirectory
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "that", "this", "he", "she", "unnamed",
        // "the senator from Massachusetts", "the head of the caucus": the words that link a description's parts
        "from", "of", "for", "in", "at", "on", "with", "and", "to",
    };

    /// <summary>Titles as articles abbreviate them ("Sen. Elizabeth Warren"), so "the senator" finds her.</summary>
    private static readonly Dictionary<string, string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sen"] = "senator", ["rep"] = "representative", ["gov"] = "governor", ["gen"] = "general", ["sec"] = "secretary",
        ["pres"] = "president", ["lt"] = "lieutenant", ["col"] = "colonel", ["capt"] = "captain", ["sgt"] = "sergeant",
        ["adm"] = "admiral", ["atty"] = "attorney", ["supt"] = "superintendent", ["insp"] = "inspector", ["det"] = "detective",
        ["prof"] = "professor", ["amb"] = "ambassador", ["cmdr"] = "commander", ["rev"] = "reverend",
    };

    /// <summary>
    /// The shorthand news and readers use for a word of a corporate title: "the finance chief" is the chief financial
    /// officer, "the boss" the chief executive, "the operations chief" the chief operating officer, "the tech chief"
    /// the chief technology officer.
    /// </summary>
    private static readonly Dictionary<string, string[]> TitleShorthand = new(StringComparer.OrdinalIgnoreCase)
    {
        ["financial"] = ["finance"], ["executive"] = ["boss"], ["operating"] = ["operations"], ["technology"] = ["tech"],
    };

    // the titles of the lawyers who prosecute for the state, which news and readers call "the prosecutor" ("Assistant
    // U.S. Attorney", "District Attorney", "Crown counsel", "the state's attorney"); a defence attorney's title is none
    [GeneratedRegex(@"\b(?:(?:u\.?\s?s\.?|united\s+states|district|state['’]?s?|county|commonwealth['’]?s?|crown|public)\s+(?:attorney|counsel|prosecutor)|crown\s+prosecutor|prosecut\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProsecutingTitle();

    // a company's chief officers as news writes them in lower case, "officer" often left out ("its chief executive")
    [GeneratedRegex(@"\bchief\s+(?<office>executive|financial|operating|technology|information|marketing|investment)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChiefOfficer();

    /// <summary>
    /// The plain word for a role a title names in full: an "Assistant U.S. Attorney" or "Crown counsel" is the
    /// prosecutor, and a company's "chief executive" its CEO ("chief financial officer" its CFO), which is how a reader
    /// asks for them.
    /// </summary>
    internal static IEnumerable<string> RoleWords(string role) =>
        (ProsecutingTitle().IsMatch(role) ? new[] { "prosecutor", "prosecution" } : [])
            .Concat(ChiefOfficer().Matches(role).Select(m => $"c{char.ToLowerInvariant(m.Groups["office"].Value[0])}o"));

    /// <summary>
    /// The plain word a reader uses for the kind of post a title names: an agency's "technical officer" or "press
    /// officer" holds an office, so "the agency official" asks for them. Kept among the words the articles use for the
    /// speaker, which score least, so an "official" the articles call so is still found first.
    /// </summary>
    internal static IEnumerable<string> KindWords(IEnumerable<string> titleWords) =>
        titleWords.Any(w => w is "officer" or "officers") ? ["official"] : [];

    /// <summary>
    /// The plain words a reader asks by for a role the articles write otherwise: whoever heads a body (its chief
    /// executive, chairman, president or leader, "the head of" it, "the union chief") is its "boss", "head", "chief" or
    /// "leader"; the armed forces are "the army" or "the military"; an unnamed person familiar with or close to something
    /// is "the source". Kept among the words the articles use for the speaker, which score least, so a speaker whose own
    /// title holds the word asked is found first.
    /// </summary>
    /// <param name="roles">a named or unnamed speaker's titles and the articles' words for them</param>
    /// <param name="body">an organization's name or an unnamed source's description; null for a named person</param>
    internal static IEnumerable<string> ReaderWords(IEnumerable<string> roles, string? body)
    {
        var words = new List<string>();
        if (roles.Any(role => HeadsABody(Words(WithoutOwners(role)).ToList()))) words.AddRange(HeadWords);
        words.AddRange(roles.SelectMany(role => Words(WithoutOwners(role))).SelectMany(TradeWordsFor));
        if (roles.Any(role => SitsInALegislature(Words(WithoutOwners(role)).ToList()))) words.AddRange(LegislatorWords);
        if (body is null) return words.Distinct();
        var described = Words(WithoutOwners(body.Replace("(unnamed)", ""))).ToList();
        words.AddRange(described.SelectMany(TradeWordsFor));
        if (described.Contains("army") || described.Contains("military") || described.Contains("armed") && described.Contains("forces"))
            words.AddRange(ArmedForcesWords);
        if (IsUnnamed(body) && HeadsABody(described)) words.AddRange(HeadWords);
        // (a person or an official said to be familiar with or close to something, or an insider: what news calls a source)
        if (IsUnnamed(body) && (described.Contains("familiar") || described.Contains("close") || described.Contains("insider") || described.Contains("insiders")))
            words.AddRange(["source", "sources", "familiar", "close"]);
        // (and one the articles leave unnamed as a source or an official is the one a reader calls anonymous)
        if (IsUnnamed(body) && described.Any(w => w is "source" or "sources" or "official" or "officials" or "familiar" or "close" or "insider" or "insiders" or "diplomat" or "diplomats"))
            words.AddRange(["anonymous", "unnamed", "unidentified"]);
        return words.Distinct();
    }

    private static readonly string[] HeadWords = ["boss", "head", "chief", "leader"];

    // what readers and other papers call a member of a parliament or a congress, whichever way the article writes it
    // ("a member of the Ostrian parliament" is "the Ostrian MP", "the lawmaker", "the deputy"; an "MP" is a "member of parliament")
    private static readonly string[] LegislatorWords = ["mp", "lawmaker", "legislator", "parliamentarian", "deputy", "member", "parliament", "congress"];

    private static readonly HashSet<string> Legislatures = new(StringComparer.Ordinal) { "parliament", "congress", "legislature", "assembly", "bundestag", "duma", "knesset" };

    private static readonly HashSet<string> LegislatorTitles = new(StringComparer.Ordinal) { "mp", "mps", "lawmaker", "legislator", "parliamentarian", "congressman", "congresswoman", "congressmember" };

    /// <summary>
    /// Does a title say its holder sits in a legislature: a lawmaker's own word ("MP", "legislator"), or "member of" a
    /// parliament or a congress (not a "member of the board", nor a "deputy mayor", whose "deputy" is someone else's office)?
    /// </summary>
    private static bool SitsInALegislature(List<string> words) =>
        words.Any(LegislatorTitles.Contains)
        || words.IndexOf("member") is >= 0 and var at && words.Skip(at + 1).Take(4).Any(Legislatures.Contains);

    /// <summary>
    /// The near-synonyms readers and other papers use for a trade or a body's kind: "the port operator" is the article's
    /// "harbour operator", "the regulator" its "watchdog", "the insurance company" an "insurer", "the bank" a "lender".
    /// Common nouns only; a reader's word, so a speaker the articles call by the word asked is still found first.
    /// </summary>
    private static readonly Dictionary<string, string[]> TradeWords = new(StringComparer.Ordinal)
    {
        ["port"] = ["harbour", "harbor"], ["harbour"] = ["port", "harbor"], ["harbor"] = ["port", "harbour"],
        ["firm"] = ["company"], ["company"] = ["firm"],
        ["carmaker"] = ["automaker"], ["automaker"] = ["carmaker"],
        ["lender"] = ["bank"], ["bank"] = ["lender"],
        ["insurer"] = ["insurance", "company"], ["insurance"] = ["insurer"],
        ["regulator"] = ["watchdog"], ["watchdog"] = ["regulator"],
    };

    private static IEnumerable<string> TradeWordsFor(string word) => TradeWords.TryGetValue(word, out var others) ? others : [];

    private static readonly string[] ArmedForcesWords = ["army", "military", "armed", "forces"];

    // the titles of whoever heads a body, when they end the title or open "of …" ("the union chief", "president of the
    // league"; not a "chief economist", a "head coach" or a "chief of staff")
    private static readonly HashSet<string> HeadTitles = new(StringComparer.Ordinal)
    {
        "chairman", "chairwoman", "chairperson", "chair", "president", "leader", "head", "chief",
    };

    // a word before the title that makes it someone else's office ("vice president", "deputy leader", "former chairman")
    private static readonly HashSet<string> NotTheHead = new(StringComparer.Ordinal) { "vice", "deputy", "assistant", "associate", "former", "ex", "co" };

    private static bool HeadsABody(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0 && NotTheHead.Contains(words[i - 1])) continue;
            string? next = i + 1 < words.Count ? words[i + 1] : null;
            if (words[i] is "ceo" || words[i] is "chief" && next is "executive" || words[i] is "managing" or "executive" && next is "director"
                || words[i] is "director" && next is "general")
                return true;
            // "director of the utility", "the museum's director": a director with no field before the title and a body
            // after it (not a "finance director", nor a "director of communications") runs the body
            if (words[i] is "director" && i == 0 && (next is null || next is "of" && i + 2 < words.Count && words[i + 2] is "the"))
                return true;
            if (HeadTitles.Contains(words[i]) && (next is null || next is "of" && !(i + 2 < words.Count && words[i + 2] is "staff")))
                return true;
        }
        return false;
    }

    /// <summary>A speaker's title words with their abbreviations spelled out too, and their newsroom shorthand.</summary>
    internal static IEnumerable<string> WithTitlesSpelledOut(IEnumerable<string> words) =>
        words.SelectMany(w => (TitleWords.TryGetValue(w, out var full) ? [w, full] : new[] { w })
            .Concat(TitleShorthand.TryGetValue(w, out var shorthand) ? shorthand : []));

    internal static List<string> Wanted(string asked) => Words(asked).Where(w => !Ignored.Contains(w)).ToList();

    /// <summary>What a word asked scores when it is in a speaker's name (in the title 3, in an unnamed source's description 2, else 1).</summary>
    internal const int NameScore = 4;

    internal static IReadOnlyList<string> Best(List<(string Name, int Score)> matches, int wanted)
    {
        if (matches.Count == 0) return [];
        // a named person beats an unnamed source whose description happens to hold the same word
        if (matches.Any(m => !IsUnnamed(m.Name) && m.Score == NameScore * wanted))
            matches.RemoveAll(m => IsUnnamed(m.Name));
        int best = matches.Max(m => m.Score);
        return matches.Where(m => m.Score == best).Select(m => m.Name).ToList();
    }

    /// <summary>One person (or organization) as the articles name it: a display name and every name it goes by.</summary>
    public sealed record Person(string Name, IReadOnlyList<string> Names);

    /// <summary>
    /// The distinct people among matched speaker names (articles name one person differently: "Donald Trump",
    /// "Donald J. Trump", "Trump"); one quoted far more often than the others stands for the name alone.
    /// </summary>
    public static IReadOnlyList<Person> People(IReadOnlyList<string> names, SpeakerRoster roster)
    {
        var known = names.Distinct().Select(roster.Find).OfType<SpeakerCount>().ToDictionary(s => s.Name, s => (s.Quotes, s.Type));
        // each name split once: a surname common in a large archive matches hundreds of names, compared pairwise
        var words = names.Distinct().ToDictionary(n => n, n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var groups = new List<List<string>>();
        foreach (var name in names.OrderByDescending(n => known.GetValueOrDefault(n).Quotes))
        {
            var type = known.GetValueOrDefault(name).Type;
            var group = groups.FirstOrDefault(g => g.All(other => known.GetValueOrDefault(other).Type == type && SamePerson(name, words[name], other, words[other])));
            if (group is null) groups.Add([name]);
            else group.Add(name);
        }
        int Quotes(List<string> g) => g.Sum(n => known.GetValueOrDefault(n).Quotes);
        var ranked = groups.OrderByDescending(Quotes).ToList();
        if (ranked.Count > 1 && Quotes(ranked[0]) >= 3 * Math.Max(1, Quotes(ranked[1]))) ranked = [ranked[0]];
        // the display name: the most quoted of the person's names (a surname alone only when there is no other)
        return ranked.Select(g => new Person(g.OrderByDescending(n => n.Contains(' ')).ThenByDescending(n => known.GetValueOrDefault(n).Quotes).First(), g)).ToList();
    }

    private static bool SamePerson(string a, string[] x, string b, string[] y)
    {
        if (IsUnnamed(a) || IsUnnamed(b)) return a == b;
        if (x.Length < 2 || y.Length < 2) return true; // a surname alone fits either
        // two full names: one surname ("Joe Biden" is not "Joe Manchin"), and given names that agree ("Donald J. Trump")
        if (IsPrefix(x, y) || IsPrefix(y, x)) return true;
        if (!Similar(Surname(x), Surname(y))) return false;
        return x[0].StartsWith(y[0].TrimEnd('.'), StringComparison.OrdinalIgnoreCase) || y[0].StartsWith(x[0].TrimEnd('.'), StringComparison.OrdinalIgnoreCase)
               || Similar(x[0], y[0]);
    }

    /// <summary>
    /// "Tomasa Ccori" of "Tomasa Ccori Layme": a double surname (as Spanish and Portuguese names have) written in
    /// full once and by its first part after, the given name and the first surname the same.
    /// </summary>
    private static bool IsPrefix(string[] shorter, string[] longer) =>
        shorter.Length < longer.Length && shorter.Select((w, i) => w.Equals(longer[i], StringComparison.OrdinalIgnoreCase)).All(same => same);

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

    private static string Surname(string[] words) =>
        words.Length > 2 && Suffixes.Contains(words[^1]) ? words[^2].TrimEnd(',') : words[^1];

    /// <summary>
    /// Is the speaker an unnamed group where one person was asked for: "lawyers for the family (unnamed)" for "the
    /// family's lawyer"? The group's description writes in the plural a word asked in the singular.
    /// </summary>
    internal static bool IsGroupForOne(string name, IReadOnlyList<string> wanted)
    {
        if (!IsUnnamed(name)) return false;
        var described = Words(name).ToHashSet();
        return wanted.Any(w => !described.Contains(w) && (described.Contains(w + "s") || described.Contains(w + "es")));
    }

    /// <summary>A word's singular where it is a plain plural in -s ("lawyers"), for comparing a title with an article's words.</summary>
    internal static string Singular(string word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;

    private static bool IsUnnamed(string name) => name.EndsWith("(unnamed)", StringComparison.Ordinal);

    /// <summary>
    /// A description without its owners: "Obama's former campaign strategist" is someone else than Obama, so a
    /// possessive in a speaker's description is no word to find that speaker by.
    /// </summary>
    public static string WithoutOwners(string description) =>
        description.Contains('\'') || description.Contains('’') ? Owner().Replace(description, " ") : description;

    [GeneratedRegex(@"[\p{L}\p{N}.\-]+['’]s?(?=\s|$)")]
    private static partial Regex Owner();

    [GeneratedRegex(@"(?<![\p{L}.])\p{L}(?:\.\p{L}){1,4}\.?(?![\p{L}])")]
    private static partial Regex DottedAcronym();

    /// <summary>
    /// A name's or a title's words in lower case; a dotted acronym is one word written without its dots ("the U.N.
    /// envoy" is "un envoy", as "the UN envoy" is), not its letters apart.
    /// </summary>
    public static IEnumerable<string> Words(string text) =>
        (text.Contains('.') ? DottedAcronym().Replace(text, m => m.Value.Replace(".", "")) : text).Split([' ', ',', '.', '\'', '’', '(', ')', '-', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Where(w => w is not ("s"));

    /// <summary>
    /// Whether a word asked is a name's word or a typo of it: one edit in a name of four letters or more, two in one of
    /// eight or more; a letter's accent is no edit ("Castaneda" is "Castañeda", which a typo may miss twice more).
    /// </summary>
    public static bool Similar(string a, string b) => Similar(a, b, Math.Min(a.Length, b.Length) >= 8 ? 2 : 1);

    /// <summary>Whether at most <paramref name="allowed"/> edits (accents aside) turn one word into the other.</summary>
    public static bool Similar(string a, string b, int allowed)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        if (Math.Min(a.Length, b.Length) < 4) return false;
        if (!System.Text.Ascii.IsValid(a) || !System.Text.Ascii.IsValid(b)) (a, b) = (WithoutAccents(a), WithoutAccents(b));
        // a doubled letter written once, or a single one twice, is the commonest slip in a name, and no edit however
        // many times it is made ("Donely" is "Donnelly")
        if (Undoubled(a).Equals(Undoubled(b), StringComparison.OrdinalIgnoreCase)) return true;
        return Math.Abs(a.Length - b.Length) <= allowed && WithinEdits(a, b, allowed);
    }

    /// <summary>The word with each run of one letter written once ("donnelly": "donely").</summary>
    private static string Undoubled(string word)
    {
        var single = new System.Text.StringBuilder(word.Length);
        foreach (char c in word)
            if (single.Length == 0 || char.ToLowerInvariant(single[^1]) != char.ToLowerInvariant(c)) single.Append(c);
        return single.ToString();
    }

    /// <summary>"castañeda" as "castaneda": the letters without their accents (a name's words are few and short).</summary>
    private static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        var plain = new System.Text.StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) plain.Append(c);
        return plain.ToString();
    }

    /// <summary>
    /// Whether at most <paramref name="max"/> single-character edits turn one word into the other, a swap of two
    /// neighbouring letters counting as one ("Rangle" for "Rangel"): the optimal string alignment distance, given up as
    /// soon as every way through is over the limit (a name is compared with thousands of an archive's words).
    /// </summary>
    internal static bool WithinEdits(string a, string b, int max)
    {
        if (b.Length > 64) return Attribution.SpeakerResolver.EditDistance(a, b) <= max;
        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        var before = rows[..(b.Length + 1)]; // row i - 2
        var previous = rows.Slice(b.Length + 1, b.Length + 1); // row i - 1
        var row = rows[(2 * (b.Length + 1))..];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        int previousBest = 0;
        for (int i = 1; i <= a.Length; i++)
        {
            int best = row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int value = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, before[j - 2] + 1);
                row[j] = value;
                best = Math.Min(best, value);
            }
            // a swap reaches back two rows, so both must be over the limit
            if (best > max && previousBest > max) return false;
            previousBest = best;
            var spare = before;
            before = previous;
            previous = row;
            row = spare;
        }
        return previous[b.Length] <= max;
    }
}
