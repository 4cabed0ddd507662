namespace NewsBot.Knowledge.Attribution;

/// <summary>
/// The word lists attribution relies on, kept as data in <c>Attribution/Lexicon/*.txt</c> (embedded resources):
/// speech cues, titles, organization head words, places, and given names with their usual pronoun.
/// </summary>
public sealed class Lexicon
{
    public static Lexicon Default { get; } = new();

    public IReadOnlySet<string> CueVerbs { get; }
    public IReadOnlySet<string> CueParticiples { get; }
    /// <summary>Verbs that report speech only beside a quote ("…," he continued).</summary>
    public IReadOnlySet<string> QuoteOnlyCues { get; }
    public IReadOnlySet<string> ListenerVerbs { get; }
    /// <summary>Cues of deciding, expecting, believing or showing: attributions, but no speech inside someone else's report.</summary>
    public IReadOnlySet<string> StanceCues { get; }
    /// <summary>Plain present forms of cues that are also nouns or adjectives ("express"): cues only after a plural subject.</summary>
    public IReadOnlySet<string> PluralCues { get; }
    public IReadOnlyList<string[]> CuePhrases { get; }
    /// <summary>The cue phrases by their first word, longest first.</summary>
    public IReadOnlyDictionary<string, string[][]> CuePhrasesByFirstWord { get; }
    public IReadOnlySet<string> SourceAfterPhrases { get; }
    /// <summary>Words that, after a comma, end a reported clause ("…, but …", "…, meaning …").</summary>
    public IReadOnlySet<string> ClauseBreaks { get; }
    /// <summary>Words that end a reported clause right after a closing quote mark ("as a “disgrace” after she …").</summary>
    public IReadOnlySet<string> QuoteClauseBreaks { get; }
    /// <summary>Words that open a fronted subordinate clause ("While aides have suggested …, the senator …").</summary>
    public IReadOnlySet<string> Subordinators { get; }
    /// <summary>Where something was said, trailing it: "… in a statement on Thursday".</summary>
    public IReadOnlySet<string> Venues { get; }
    /// <summary>Cue verbs that are as often plural nouns ("zoning rules", "coastal states").</summary>
    public IReadOnlySet<string> NounLikeCues { get; }
    /// <summary>Cue words that are also nouns someone owns ("Oz's show", "his remarks"): after a possessive they are the noun.</summary>
    public IReadOnlySet<string> OwnedNounCues { get; }
    /// <summary>Prepositions that open an introductory phrase ("In March, the union called for …").</summary>
    public IReadOnlySet<string> FrontingPrepositions { get; }
    /// <summary>"-ing" words after a comma that still belong to the reported clause ("…, including …").</summary>
    public IReadOnlySet<string> ClauseParticiples { get; }
    public IReadOnlySet<string> Titles { get; }
    /// <summary>Title words that only qualify another ("vice", "press", "senior"): no description ends in one.</summary>
    public IReadOnlySet<string> TitleModifiers { get; }
    /// <summary>An abbreviated title spelled out, without its period, or the usual word for the same role: "sen" → "senator", "gop" → "republican".</summary>
    public IReadOnlyDictionary<string, string> SpelledTitles { get; }
    /// <summary>The fields an office is "of" or "for" ("civil aviation", "trade", "police"): words of a title, never of its holder's name.</summary>
    public IReadOnlySet<string> TitleFields { get; }
    /// <summary>Nouns that report their owner's words before "that": "Trump's claim that …".</summary>
    public IReadOnlySet<string> CueNouns { get; }
    public IReadOnlySet<string> OrganizationHeads { get; }
    /// <summary>Last words that make a capitalized name an organization only where they end it: "Fire Protection District", "Red Cross".</summary>
    public IReadOnlySet<string> OrganizationEndings { get; }
    /// <summary>First words that make a capitalized name an organization in languages that put the kind first: "Liga Andina", "Grupo Sardo".</summary>
    public IReadOnlySet<string> OrganizationOpenings { get; }
    /// <summary>What an organization is ("the website", "the paper", "the union"): a later description of one named before.</summary>
    public IReadOnlySet<string> OrganizationKinds { get; }
    /// <summary>Last words of the names of government bodies and campaigns ("Department", "House"): never a paper or a company.</summary>
    public IReadOnlySet<string> GovernmentHeads { get; }
    /// <summary>Lowercase nouns for an organization ("the sheriff's office", "a rights group"): a description they head is no person.</summary>
    public IReadOnlySet<string> OrganizationNouns { get; }
    /// <summary>What a business is called by its trade ("carmaker", "operator"): each is a kind of company.</summary>
    public IReadOnlySet<string> Trades { get; }
    /// <summary>What a business runs or carries ("grid", "ferry"): before "operator" or "carrier" they make the trade a company's, not a job.</summary>
    public IReadOnlySet<string> TradeObjects { get; }
    public IReadOnlySet<string> Places { get; }
    public IReadOnlySet<string> NameParticles { get; }
    public IReadOnlySet<string> PlacePrefixes { get; }
    public IReadOnlySet<string> PersonHeads { get; }
    /// <summary>Plural nouns without an -s that name people speaking together: "police said".</summary>
    public IReadOnlySet<string> Groups { get; }
    /// <summary>Heads of descriptions that keep a source anonymous ("the senior official"): never a named person's.</summary>
    public IReadOnlySet<string> AnonymousHeads { get; }
    /// <summary>Words for a relative, by gender: "wife", "son", "partner" (an article ties them to a name: "his wife, Heidi").</summary>
    public IReadOnlyDictionary<string, Gender> Kin { get; }
    /// <summary>Head nouns of sources that are writings, not people ("the letter reads", "a new report found").</summary>
    public IReadOnlySet<string> Documents { get; }
    /// <summary>Words whose period is not a full stop ("Mr.", "Sen.", "Calif."), looked up without the period.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations { get; }
    private readonly Dictionary<string, Gender> _givenNames;

    private Lexicon()
    {
        var cues = Sections("cues");
        CueVerbs = Words(cues["verbs"]);
        CueParticiples = Words(cues["participles"]);
        QuoteOnlyCues = Words(cues["quote-only"]);
        CueVerbs = CueVerbs.Union(QuoteOnlyCues).ToHashSet(StringComparer.OrdinalIgnoreCase);
        ListenerVerbs = Words(cues["objects"]);
        StanceCues = Words(cues["stance"]);
        PluralCues = Words(cues["plural"]);
        CuePhrases = cues["phrases"].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(p => p.Length).ToList();
        CuePhrasesByFirstWord = CuePhrases.GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        SourceAfterPhrases = cues["sources"].ToHashSet(StringComparer.OrdinalIgnoreCase);
        ClauseBreaks = Words(cues["clause-breaks"]);
        CueNouns = Words(cues["nouns"]);
        QuoteClauseBreaks = Words(cues["quote-clause-breaks"]);
        Subordinators = Words(cues["subordinators"]);
        Venues = Words(cues["venues"]);
        NounLikeCues = Words(cues["noun-like"]);
        OwnedNounCues = Words(cues["owned-nouns"]);
        FrontingPrepositions = Words(cues["fronting-prepositions"]);
        ClauseParticiples = Words(cues["clause-participles"]);
        var titles = Sections("titles");
        Titles = Words(titles[""]);
        TitleModifiers = Words(titles["modifiers"]);
        TitleFields = Words(titles["fields"]);
        SpelledTitles = titles["abbreviated"].Concat(titles["same"]).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0].TrimEnd('.'), p => p[1], StringComparer.OrdinalIgnoreCase);
        var organizations = Sections("organizations");
        OrganizationHeads = Words(organizations[""]);
        OrganizationKinds = Words(organizations["kinds"]);
        OrganizationEndings = Words(organizations["endings"]);
        OrganizationOpenings = Words(organizations["openings"]);
        GovernmentHeads = Words(organizations["government"]);
        OrganizationNouns = Words(organizations["common"]);
        Trades = Words(organizations["trades"]);
        TradeObjects = Words(organizations["trade-objects"]);
        Places = Words(Sections("places")[""]);
        Documents = Words(Sections("documents")[""]);
        Abbreviations = Words(Sections("abbreviations")[""]).GetAlternateLookup<ReadOnlySpan<char>>();
        var building = Sections("names");
        NameParticles = Words(building["particles"]);
        PlacePrefixes = Words(building["places"]);
        PersonHeads = Words(building["people"]);
        Groups = Words(building["groups"]);
        AnonymousHeads = Words(building["anonymous"]);
        var kin = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in Words(building["kin-female"])) kin[w] = Gender.Female;
        foreach (var w in Words(building["kin-male"])) kin[w] = Gender.Male;
        foreach (var w in Words(building["kin"])) kin[w] = Gender.Unknown;
        Kin = kin;
        var names = Sections("given-names");
        var female = Words(names["female"]).Select(WithoutDiacritics).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var male = Words(names["male"]).Select(WithoutDiacritics).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _givenNames = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in female) _givenNames[n] = male.Contains(n) ? Gender.Unknown : Gender.Female;
        foreach (var n in male) _givenNames.TryAdd(n, Gender.Male);
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> Calendar = new(Weekdays.Concat(
    [
        "today", "yesterday", "tomorrow",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>"Tuesday", as written in a dateline or an aside ("said on Tuesday").</summary>
    public bool IsWeekday(string word) => Weekdays.Contains(word) && char.IsUpper(word[0]);

    public bool IsCalendarWord(string word) => Calendar.Contains(word);

    /// <summary>A weekday or "today": never part of a name (months are: "Theresa May", "April Ryan").</summary>
    public bool IsDayWord(string word) => Calendar.Contains(word) && !Months.Contains(word);

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>"wife", "former wife" (also "ex-wife", "ex wife"): the relation a word or two for a relative names, else null.</summary>
    public string? Relation(IReadOnlyList<string> words)
    {
        if (words.Count is 0 or > 2) return null;
        var last = words[^1].ToLowerInvariant();
        bool former = words.Count == 2 && words[0].ToLowerInvariant() is "former" or "ex";
        if (words.Count == 2 && !former) return null;
        if (last.StartsWith("ex-", StringComparison.Ordinal)) { last = last[3..]; former = true; }
        return Kin.ContainsKey(last) ? (former ? "former " : "") + last : null;
    }

    /// <summary>
    /// "families", "relatives", "parents", "widow": a lowercase word for a person's relatives, one or several, as it
    /// stands before "of" and their name ("the families of Ana Oduya and Tomas Reyna").
    /// </summary>
    public bool IsKinWord(string lower) =>
        lower is "family" or "families" or "relatives" or "children" || Kin.ContainsKey(lower) || lower.EndsWith('s') && Kin.ContainsKey(lower[..^1]);

    public Gender GenderOfGivenName(string name) => GivenName(name) ?? Gender.Unknown;
    public bool IsGivenName(string name) => GivenName(name) is not null;

    /// <summary>The pronoun a given name takes (unknown for one both sexes bear), or null for a word that is no given name.</summary>
    private Gender? GivenName(string name)
    {
        var key = WithoutDiacritics(name);
        if (_givenNames.TryGetValue(key, out var gender)) return gender;
        // "Jean-Pierre", "Anne-Sophie": two given names joined take the first one's pronoun
        int hyphen = key.IndexOf('-');
        if (hyphen > 0 && _givenNames.TryGetValue(key[..hyphen], out var first) && _givenNames.ContainsKey(key[(hyphen + 1)..])) return first;
        return null;
    }

    // Letters that are no accented Latin letter, spelled as a wire service would without them: "Søren" is "Soren", "Łukasz" is
    // "Lukasz" (a switch, not a table: the lexicon is built while the class's static fields are still being set)
    private static string? Unaccented(char c) => c switch
    {
        'ł' => "l", 'Ł' => "L", 'ø' => "o", 'Ø' => "O", 'đ' or 'ð' => "d", 'Đ' or 'Ð' => "D", 'ı' => "i",
        'æ' => "ae", 'Æ' => "Ae", 'œ' => "oe", 'Œ' => "Oe", 'ß' => "ss", 'þ' => "th", 'Þ' => "Th",
        _ => null,
    };

    /// <summary>"Joaquín" → "Joaquin", "Zoë" → "Zoe": a name looked up the same way however it is accented.</summary>
    private static string WithoutDiacritics(string word)
    {
        if (System.Text.Ascii.IsValid(word)) return word;
        var plain = new System.Text.StringBuilder(word.Length);
        foreach (var c in word.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (Unaccented(c) is { } letters) plain.Append(letters); else plain.Append(c);
        }
        return plain.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    private static HashSet<string> Words(IEnumerable<string> lines) =>
        lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, List<string>> Sections(string name)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"Lexicon.{name}.txt")
            ?? throw new InvalidOperationException($"lexicon '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, List<string>> { [""] = [] };
        var current = sections[""];
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
                sections[line[1..^1]] = current = [];
            else
                current.Add(line.ToLowerInvariant());
        }
        return sections;
    }
}

public enum Gender { Unknown, Male, Female, Neuter }
