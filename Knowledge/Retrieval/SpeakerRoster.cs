using System.Text.RegularExpressions;
using NewsBot.Knowledge.Index;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>
/// Every distinct speaker of a set of articles, with the words of their names, titles and mentions indexed, so a loose
/// name ("Psaky", "the press secretary") is matched by looking words up rather than by comparing it with every speaker
/// of an archive.
/// </summary>
public sealed class SpeakerRoster
{
    /// <param name="NameWords">the words of a named speaker's name (none for an unnamed source: its name is a description)</param>
    /// <param name="TitleWords">the job title's words, abbreviations spelled out: "Sen." is "senator"</param>
    /// <param name="DescriptionWords">an unnamed source's description: "US official"</param>
    /// <param name="OtherWords">every other word the articles use for the speaker: "the former county clerk and state senator"</param>
    /// <param name="OwnerWords">the owner a named organisation's name opens with ("Belarus's Foreign Ministry"), or a named person's title ("Fennimore's chief executive"): it narrows the name down, but is not the name</param>
    /// <param name="ReaderWords">a reader's plain words for the speaker's role (see SpeakerDirectory.ReaderWords), matched only where no speaker holds every word asked otherwise</param>
    private sealed record Entry(SpeakerCount Speaker, string[] NameWords, string[] TitleWords, string[] DescriptionWords, string[] OtherWords, string[] OwnerWords, string[] ReaderWords);

    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byCompoundHead = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _wordsByLength = [];

    public SpeakerRoster(IEnumerable<SpeakerCount> speakers)
    {
        foreach (var group in speakers.GroupBy(s => s.Name))
        {
            var first = group.First();
            var merged = first with
            {
                Quotes = group.Sum(s => s.Quotes), Direct = group.Sum(s => s.Direct), Indirect = group.Sum(s => s.Indirect),
                Role = group.Select(s => s.Role).FirstOrDefault(r => r is not null),
                Mentions = group.SelectMany(s => s.Mentions ?? []).Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList(),
            };
            bool unnamed = merged.Name.EndsWith("(unnamed)", StringComparison.Ordinal);
            var described = SpeakerDirectory.Words(SpeakerDirectory.WithoutOwners(merged.Name.Replace("(unnamed)", ""))).Distinct().ToArray();
            // an organisation goes by its initials as well: "the FAA" is the Federal Aviation Administration (a person's
            // initials are no name a question uses)
            if (!unnamed && merged.Type == Attribution.SpeakerType.Organization && Initials(merged.Name) is { } initials)
                described = [.. described, initials];
            var nameWords = unnamed ? [] : described;
            var descriptionWords = unnamed ? SpeakerDirectory.WithTitlesSpelledOut(described).Distinct().ToArray() : [];
            // every title the articles give them, not only the one shown: "Sen." in one article, "Vermont Sen." in another
            var roles = group.Select(s => s.Role).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            // and a title's initials, as news writes the highest ones: "Chief Financial Officer" is "the CFO"
            var titleWords = SpeakerDirectory.WithTitlesSpelledOut(roles.SelectMany(role => SpeakerDirectory.Words(SpeakerDirectory.WithoutOwners(role))))
                .Concat(roles.Select(Initials).OfType<string>()).Concat(roles.SelectMany(SpeakerDirectory.RoleWords)).Distinct().ToArray();
            // the article's own words for the speaker ("the press secretary", "the diplomat")
            var otherWords = SpeakerDirectory.WithTitlesSpelledOut((merged.Mentions ?? []).Select(SpeakerDirectory.WithoutOwners).SelectMany(SpeakerDirectory.Words))
                .Concat(SpeakerDirectory.KindWords(titleWords)).Distinct().ToArray();
            // and a reader's plain word for the role ("the union chief" for the "union leader")
            var readerWords = SpeakerDirectory.ReaderWords(roles.Concat(merged.Mentions ?? []),
                unnamed || merged.Type == Attribution.SpeakerType.Organization ? merged.Name : null).ToArray();
            // "Belarus's foreign ministry" asks for Belarus's Foreign Ministry: the owner of an organisation's name is
            // one of its words, though no question asking for "Belarus" alone asks for the ministry
            // and "the Fennimore CEO" asks for "Fennimore's chief executive": a named person's title narrowed down by
            // whose it is (never their name: "what did Fennimore say" asks for the company)
            var ownerWords = unnamed ? []
                : merged.Type == Attribution.SpeakerType.Organization ? SpeakerDirectory.Words(merged.Name).Except(described).Where(w => w != "s").Distinct().ToArray()
                : roles.SelectMany(role => SpeakerDirectory.Words(role).Except(SpeakerDirectory.Words(SpeakerDirectory.WithoutOwners(role)))).Distinct().ToArray();
            int id = _entries.Count;
            _entries.Add(new Entry(merged, nameWords, titleWords, descriptionWords, otherWords, ownerWords, readerWords));
            _byName[merged.Name] = id;
            if (roles.Length > 1) _roles[merged.Name] = roles;
            foreach (var word in described.Concat(titleWords).Concat(descriptionWords).Concat(otherWords).Concat(ownerWords).Concat(readerWords).Distinct())
            {
                if (!_byWord.TryGetValue(word, out var ids))
                {
                    _byWord[word] = ids = [];
                    if (!_wordsByLength.TryGetValue(word.Length, out var sameLength)) _wordsByLength[word.Length] = sameLength = [];
                    sameLength.Add(word);
                }
                ids.Add(id);
            }
            foreach (var head in titleWords.Concat(descriptionWords).SelectMany(CompoundHeads).Distinct())
            {
                if (!_byCompoundHead.TryGetValue(head, out var ids)) _byCompoundHead[head] = ids = [];
                ids.Add(id);
            }
        }
    }

    /// <summary>The shortest part of a compound title's end a question may ask it by.</summary>
    private const int MinCompoundHead = 6;

    /// <summary>
    /// The ends of a compound title word a question may write alone: "teacher" of "schoolteacher", "fighter" of
    /// "firefighter". Every end long enough is kept (no dictionary says which are words); only a word asked is looked up.
    /// </summary>
    private static IEnumerable<string> CompoundHeads(string word)
    {
        for (int start = 3; word.Length - start >= MinCompoundHead; start++) yield return word[start..];
    }

    /// <summary>
    /// The initials of a title of three capitalized words or more ("Chief Executive Officer": "ceo", "Director of
    /// National Intelligence": "dni"), the small words left out; null for any other title.
    /// </summary>
    internal static string? Initials(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("of" or "for" or "the" or "and")).ToList();
        return words.Count >= 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower))
            ? string.Concat(words.Select(w => char.ToLowerInvariant(w[0]))) : null;
    }

    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _roles = new(StringComparer.Ordinal);

    /// <summary>Every title the articles give a speaker (one article's "Sen.", another's "Vermont Sen.").</summary>
    public IReadOnlyList<string> Roles(string name) =>
        _roles.TryGetValue(name, out var roles) ? roles : Find(name)?.Role is { } role ? [role] : [];

    public IEnumerable<SpeakerCount> Speakers => _entries.Select(e => e.Speaker);

    public SpeakerCount? Find(string name) => _byName.TryGetValue(name, out int id) ? _entries[id].Speaker : null;

    // the same names are asked again and again ("what did Trump say about …"); the roster never changes
    private readonly Index.BoundedCache<string, IReadOnlyList<string>> _matched = new(4_096, StringComparer.OrdinalIgnoreCase);

    /// <summary>The speakers whose name (or title, or the article's words for them) holds every word asked, best first.</summary>
    public IReadOnlyList<string> Match(string asked)
    {
        if (_matched.TryGet(asked, out var known)) return known;
        var matched = MatchNow(asked);
        _matched.Add(asked, matched);
        return matched;
    }

    private IReadOnlyList<string> MatchNow(string asked)
    {
        var wanted = SpeakerDirectory.Wanted(asked);
        if (wanted.Count == 0) return [];
        // speakers holding every word as asked leave no typo to forgive (see below), and need no look through the
        // vocabulary for similar words, which costs a name new to the bot a few milliseconds in a large archive
        if (wanted.All(_byWord.ContainsKey))
        {
            var held = new HashSet<int>(_byWord[wanted[0]]);
            foreach (var w in wanted.Skip(1)) held.IntersectWith(_byWord[w]);
            var asWritten = held.Where(id => HoldsAsWritten(id, wanted)).Order().ToList();
            if (asWritten.Count > 0) return Scored(asWritten, wanted);
            // a reader's word for a role only where nobody holds every word as the articles write them: "the Kestrel boss"
            // is Kestrel's chief executive, not its chairman, whom "the Kestrel chief" may mean as well
            var asRead = held.Where(id => wanted.All(w => WordsOf(id).Contains(w) || _entries[id].ReaderWords.Contains(w))).Order().ToList();
            if (asRead.Count > 0) return Scored(asRead, wanted);
        }
        var parts = HyphenParts(asked);
        HashSet<int>? candidates = null;
        foreach (var w in wanted)
        {
            // "the retired teacher" for a "retired schoolteacher": the end of a compound title, when nobody has the word itself
            var withWord = new HashSet<int>(SimilarWords(w, parts).SelectMany(v => _byWord[v]));
            if (!_byWord.ContainsKey(w) && _byCompoundHead.TryGetValue(w, out var compounds)) withWord.UnionWith(compounds);
            if (candidates is null) candidates = withWord;
            else candidates.IntersectWith(withWord);
            if (candidates.Count == 0) return [];
        }
        // a typo is forgiven only when no speaker has the word as asked: "Keren" is not every Karen when Keren is quoted;
        // and two edits only when no speaker is one edit away ("Kowalczyc" is Kowalczyk, not Kowalczak)
        var exact = candidates!.Where(id => HoldsAsWritten(id, wanted)).Order().ToList();
        if (exact.Count > 0) return Scored(exact, wanted);
        var closest = candidates!.Where(id => wanted.All(w => WordsOf(id).Any(n => SpeakerDirectory.Similar(n, w, 1) || IsPartTypo(n, w, parts)))).Order().ToList();
        return Scored(closest.Count > 0 ? closest : [.. candidates!], wanted, parts);
    }

    /// <summary>
    /// The short parts of the hyphenated words asked ("jae" and "wan" of "Jae-wan"), each a syllable of a given name too
    /// short to forgive a typo in alone (see <see cref="IsPartTypo"/>).
    /// </summary>
    private static HashSet<string> HyphenParts(string asked) =>
        Regex.Matches(asked, @"\p{L}+(?:-\p{L}+)+").SelectMany(m => m.Value.ToLowerInvariant().Split('-'))
            .Where(p => p.Length is >= 2 and < 4).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "Jae-wan" asked for a "Jae-won": a hyphenated given name's syllables are too short for a typo in one to be
    /// forgiven as a word (one edit turns "wan" into a dozen words), but the name as a whole is long, and one letter
    /// changed in a syllable of it is the same slip as one in any long name. Only a letter changed, the first kept, in a
    /// syllable the question writes as part of a hyphenated word.
    /// </summary>
    private static bool IsPartTypo(string word, string asked, HashSet<string> parts) =>
        parts.Contains(asked) && word.Length == asked.Length && word[0] == asked[0]
        && word.Zip(asked).Count(p => p.First != p.Second) == 1;

    /// <summary>
    /// Every speaker holding each word asked as written, however well: the former ministry official whose title holds
    /// "the ministry official" as well as the unnamed "junior aide in the fisheries ministry" a description holds it.
    /// </summary>
    public IReadOnlyList<string> Holding(string asked)
    {
        var wanted = SpeakerDirectory.Wanted(asked);
        if (wanted.Count == 0 || !wanted.All(_byWord.ContainsKey)) return [];
        var held = new HashSet<int>(_byWord[wanted[0]]);
        foreach (var w in wanted.Skip(1)) held.IntersectWith(_byWord[w]);
        return held.Order().Where(id => HoldsAsWritten(id, wanted) && !wanted.All(_entries[id].OwnerWords.Contains)).Select(id => _entries[id].Speaker.Name).ToList();
    }

    // the words that end a description's head and open what qualifies it ("an employee in the roads office")
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "in", "of", "at", "from", "for", "with", "on", "who", "whose" };

    /// <summary>A description's head noun: its last word before what qualifies it ("employee" of "longtime employee in the roads office").</summary>
    private static string? HeadNoun(IEnumerable<string> words) => words.TakeWhile(w => !Qualifiers.Contains(w)).LastOrDefault();

    /// <summary>
    /// "The city hall employee" where the article's only unnamed employee is "a longtime employee in the roads office":
    /// asked by a description no speaker holds word for word, the one unnamed source whose description has the same
    /// head noun; with none, the one named speaker whose role has it ("the mother at the ward" for the woman the
    /// article quoted as "a mother" and named after). Nobody when several share the head.
    /// </summary>
    public IReadOnlyList<string> ByHeadNoun(string asked)
    {
        var words = SpeakerDirectory.Words(asked).Where(w => !Determiners.Contains(w)).ToList();
        if (words.Count < 2 || HeadNoun(words) is not { } head || !_byWord.TryGetValue(head, out var ids)) return [];
        var names = ids.Distinct().Select(id => _entries[id].Speaker.Name).ToList();
        // (but a name or an acronym asked before the head says whose they are: "the HOPE official" is no unnamed "Water
        // Ministry official", whose description names another body, nor "the Quellin Water spokesman" a "spokesman for
        // the council", whose description says whose he is; an unnamed "family" or "Verdant councillors" may still be
        // "the Ives family" or "the VP councillors")
        var owners = NamedQualifiers(asked, head);
        var sources = names.Where(name => name.EndsWith("(unnamed)", StringComparison.Ordinal)
                                          && SpeakerDirectory.Words(name.Replace("(unnamed)", "")).ToList() is var described
                                          && HeadNoun(described) == head
                                          && (owners.All(described.Contains) || !NamesABody(name) && !(owners.Count > 0 && QualifiedAfter(described, head)))).ToList();
        if (sources.Count > 0) return sources.Count == 1 ? sources : [];
        // (a named person's role holds every word asked before the head: "the retired clerk" is no clerk never called
        // retired; but for whose they are, "the victim's sister", which a role may write otherwise: "his sister")
        var before = SpeakerDirectory.Words(SpeakerDirectory.WithoutOwners(asked)).Where(w => w is not ("the" or "a" or "an" or "that" or "this"))
            .TakeWhile(w => !Qualifiers.Contains(w)).SkipLast(1).ToList();
        // ("the lawyer for the victims' families" is no "team doctor's lawyer": what qualifies the head asked, after it,
        // must be in the role by one word at least)
        var after = AskedQualifierWords(words, head);
        // (nor is "the families' lawyer": a role owned by another noun's possessive names another owner)
        var askedOwners = Owners(asked);
        var roled = names.Where(name => !name.EndsWith("(unnamed)", StringComparison.Ordinal)
                                        && Roles(name).Any(role => SpeakerDirectory.Words(role).ToList() is var held && HeadNoun(held) == head && before.All(held.Contains)
                                                                   && (after.Count == 0 || after.Any(held.Contains))
                                                                   && OwnedAsAsked(role, askedOwners)))
            .Take(2).ToList();
        return roled.Count == 1 ? roled : [];
    }

    /// <summary>
    /// Every named speaker with a role headed by the head noun asked, whatever the words before it ("the defence lawyer"
    /// for a "lawyer"), when the role names no other owner by a possessive: the ones <see cref="ByHeadNoun"/> passes
    /// over for an unnamed source with that head, among whom what they said may yet tell the one meant.
    /// </summary>
    public IReadOnlyList<string> NamedByHeadNoun(string asked)
    {
        var words = SpeakerDirectory.Words(asked).Where(w => !Determiners.Contains(w)).ToList();
        if (words.Count < 2 || HeadNoun(words) is not { } head || !_byWord.TryGetValue(head, out var ids)) return [];
        var askedOwners = Owners(asked);
        return ids.Distinct().Select(id => _entries[id].Speaker.Name)
            .Where(name => !name.EndsWith("(unnamed)", StringComparison.Ordinal)
                           && Roles(name).Any(role => HeadNoun(SpeakerDirectory.Words(role)) == head
                                                      && OwnedAsAsked(role, askedOwners)))
            .ToList();
    }

    /// <summary>
    /// Of several speakers a description matched, the ones it describes by its own head noun: "the harbour board"
    /// is the "regional harbour board", not a "member of the harbour board", whose head is "member". All of
    /// them when none or all are.
    /// </summary>
    public IReadOnlyList<string> HeadedAsAsked(string asked, IReadOnlyList<string> names)
    {
        var words = SpeakerDirectory.Words(asked).Where(w => !Determiners.Contains(w)).ToList();
        if (HeadNoun(words) is not { } head) return names;
        bool Headed(string name) =>
            (name.EndsWith("(unnamed)", StringComparison.Ordinal) ? [name[..^"(unnamed)".Length]] : Roles(name).Append(name))
            .Any(d => HeadNoun(SpeakerDirectory.Words(d)) == head);
        var headed = names.Where(Headed).ToList();
        return headed.Count > 0 ? headed : names;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "that", "this" };

    // a role that names an owner by a possessive ("the families' lawyer") names one of those asked, if any were
    private static bool OwnedAsAsked(string role, HashSet<string> askedOwners) =>
        askedOwners.Count == 0 || Owners(role) is not { Count: > 0 } owned || owned.Overlaps(askedOwners);

    // the nouns written with a possessive ("victim" of "the victim's sister", "families" of "the families' lawyer"), in lower case
    private static HashSet<string> Owners(string text) =>
        Regex.Matches(text, @"\p{L}+(?:'s|’s|s'|s’)(?!\p{L})").Select(m => OwnerNoun(m.Value.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);

    // "doctor's" → "doctor", "families'" → "families"
    private static string OwnerNoun(string possessive) =>
        possessive.EndsWith("'s", StringComparison.Ordinal) || possessive.EndsWith("’s", StringComparison.Ordinal) ? possessive[..^2] : possessive[..^1];

    // the words of whom or what the head asked is "for" or "of" ("victims", "families" of "lawyer for the victims' families");
    // not where they are ("the mother on the children's ward")
    private static List<string> AskedQualifierWords(List<string> words, string head) =>
        words.IndexOf(head) is >= 0 and var at && at + 1 < words.Count && words[at + 1] is "for" or "of"
            ? words.Skip(at + 2).Where(w => !Determiners.Contains(w) && !Qualifiers.Contains(w) && w is not ("and" or "or" or "his" or "her" or "its" or "their")).ToList()
            : [];

    /// <summary>Does the description qualify its head noun after it ("spokesman for the council", "employee in the roads office")?</summary>
    private static bool QualifiedAfter(List<string> described, string head) =>
        described.IndexOf(head) is >= 0 and var at && at + 1 < described.Count && Qualifiers.Contains(described[at + 1]);

    /// <summary>Does an unnamed source's description name a body of its own ("Water Ministry official")?</summary>
    private static bool NamesABody(string description) =>
        description.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => char.IsUpper(w[0]) && Attribution.Lexicon.Default.OrganizationHeads.Contains(w.ToLowerInvariant()));

    /// <summary>The capitalized words asked before a description's head noun ("HOPE" of "the HOPE official"), in lower case.</summary>
    private static List<string> NamedQualifiers(string asked, string head) =>
        Regex.Matches(asked, @"[\p{L}\p{N}][\p{L}\p{N}.\-]*").Select(m => m.Value).Where(w => !Determiners.Contains(w))
            .TakeWhile(w => !w.Equals(head, StringComparison.OrdinalIgnoreCase)).Where(w => char.IsUpper(w[0])).SelectMany(SpeakerDirectory.Words).ToList();

    /// <summary>
    /// "The ferry crews' union", "the grain hauliers' trade group": an organisation asked by its kind and a word of
    /// its name, which no speaker holds word for word (the article names it "the Coastal Ferry Workers Alliance" once,
    /// then calls it "the union"). The one named organisation whose name holds a word asked besides the kind, and
    /// whose other words (what the articles call it, its title) hold the kind, the last word asked; nobody when several do.
    /// </summary>
    public IReadOnlyList<string> OrganisationByKind(string asked)
    {
        if (!TitledNames.IsTitle(asked)) return [];
        var wanted = SpeakerDirectory.Wanted(asked).Select(SpeakerDirectory.Singular).ToList();
        if (wanted.Count < 2) return [];
        if (!_byWord.TryGetValue(wanted[^1], out var ids)) return OrganisationByAnyKind(wanted);
        var qualifiers = wanted.Take(wanted.Count - 1).ToList();
        var found = ids.Distinct().Select(id => _entries[id])
            .Where(e => e.Speaker.Type == Attribution.SpeakerType.Organization && e.NameWords.Length > 0
                        && !e.NameWords.Contains(wanted[^1]) && e.OtherWords.Concat(e.TitleWords).Contains(wanted[^1])
                        && qualifiers.Any(q => e.NameWords.Any(n => SpeakerDirectory.Singular(n) == q)))
            .Select(e => e.Speaker.Name).Take(2).ToList();
        return found.Count == 1 ? found : OrganisationByAnyKind(wanted);
    }

    // the words for an organisation of any kind: "the industry body" may be a forum, an association or a council
    private static readonly HashSet<string> AnyOrganisation = new(StringComparer.Ordinal) { "body", "group", "organisation", "organization", "lobby" };

    /// <summary>
    /// "The industry body", "the growers' group": asked by a word for any organisation and a word of its name, the one
    /// named organisation whose name holds that word ("the Coastal Growers Council"); never a person whose title holds it
    /// ("Industry Minister …" is no body), and nobody when several organisations' names do.
    /// </summary>
    private IReadOnlyList<string> OrganisationByAnyKind(List<string> wanted)
    {
        if (!AnyOrganisation.Contains(wanted[^1])) return [];
        var qualifiers = wanted.Take(wanted.Count - 1).ToList();
        var heads = Attribution.Lexicon.Default.OrganizationHeads;
        var found = _entries
            .Where(e => e.NameWords.Length > 0 && (e.Speaker.Type == Attribution.SpeakerType.Organization || heads.Contains(e.NameWords[^1].ToLowerInvariant()))
                        && qualifiers.All(q => e.NameWords.Any(n => SpeakerDirectory.Singular(n) == q)))
            .Select(e => e.Speaker.Name).Distinct().Take(2).ToList();
        return found.Count == 1 ? found : [];
    }

    private IEnumerable<string> WordsOf(int id) =>
        _entries[id].NameWords.Concat(_entries[id].TitleWords).Concat(_entries[id].DescriptionWords).Concat(_entries[id].OtherWords).Concat(_entries[id].OwnerWords);

    private bool HoldsAsWritten(int id, IReadOnlyList<string> wanted) => wanted.All(w => WordsOf(id).Contains(w));

    private IReadOnlyList<string> Scored(IEnumerable<int> ids, IReadOnlyList<string> wanted, HashSet<string>? parts = null)
    {
        parts ??= [];
        var matches = new List<(string Name, int Score)>();
        foreach (var id in ids)
        {
            var entry = _entries[id];
            if (wanted.All(entry.OwnerWords.Contains)) continue;
            int score = 0;
            // a word of the name beats one of the title, then one of an unnamed source's description, then a word the
            // articles once used for them: "the senator" is Sen. Ana Ruiz before an unnamed senator, or someone
            // described once as "the former first lady and senator"
            foreach (var w in wanted)
                score += entry.NameWords.Any(n => SpeakerDirectory.Similar(n, w) || IsPartTypo(n, w, parts)) ? SpeakerDirectory.NameScore
                    : entry.TitleWords.Any(n => SpeakerDirectory.Similar(n, w)) ? 3
                    : entry.DescriptionWords.Any(n => SpeakerDirectory.Similar(n, w)) ? 2 : 1;
            matches.Add((entry.Speaker.Name, score));
        }
        return SpeakerDirectory.Best(matches, wanted.Count);
    }

    private IEnumerable<string> SimilarWords(string word, HashSet<string> parts)
    {
        for (int length = word.Length - 2; length <= word.Length + 2; length++)
            if (_wordsByLength.TryGetValue(length, out var words))
                foreach (var v in words)
                    if (SpeakerDirectory.Similar(v, word) || IsPartTypo(v, word, parts)) yield return v;
    }
}
