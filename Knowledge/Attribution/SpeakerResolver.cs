using System.Text.RegularExpressions;

namespace NewsBot.Knowledge.Attribution;

/// <summary>
/// Groups the mentions of one article into speakers and resolves each source mention to one of them. Names merge by
/// surname (with compatible given names: "Antony"/"Anthony Blinken"); titles become roles and let "the press
/// secretary" find Jen Psaki; an unnamed source ("a US official") stays its own speaker and is never merged with a
/// named person; a pronoun goes to the most salient compatible person of the nearest sentence that has one (see
/// <see cref="Salience"/>). What stays ambiguous resolves to null.
/// </summary>
/// <param name="text">the article's text, to tell whether it introduced a description with "a" or "an"</param>
public sealed class SpeakerResolver(Lexicon lexicon, string text = "")
{
    // The patterns built per surname or word below (FullNameInText, CompanyOfItsPeople, Introduced) go through Regex's
    // static cache, 15 entries by default: an article asks for a few dozen, so they were parsed again and again.
    static SpeakerResolver() => Regex.CacheSize = Math.Max(Regex.CacheSize, 512);

    private const int PronounReachParagraphs = 4;

    private sealed class Entity
    {
        public required string Name;
        public required SpeakerType Type;
        public string? Role;
        public Gender Gender;
        public bool Unnamed;
        public string? Head;
        public string? GivenName;
        public int Mentions;
        /// <summary>How many statements the article gave them so far, by any mention ("the former president", "he").</summary>
        public int Statements;
        /// <summary>What the article called them in an apposition: "the mayor's former campaign manager".</summary>
        public List<string[]>? Descriptions;
        /// <summary>The relatives the article calls them: "wife", "former wife".</summary>
        public List<string>? Kin;
        /// <summary>
        /// What the article called them as someone's, and whose: "Her lawyer, Tomas Vik," read with "her" standing for
        /// the person it resolved to then (null when it resolved to nobody).
        /// </summary>
        public (string Noun, Entity? Owner)? OwnedAs;
        /// <summary>The age the article set off after their name ("Harlan Fisk, 71,"), if any.</summary>
        public int? Age;
        /// <summary>What the article says an organization is, in an apposition: "trade group", "nonprofit".</summary>
        public List<string[]>? Kinds;
        /// <summary>
        /// An unnamed source described as the holder of one office ("Connecticut's tax commissioner", "the Indiana
        /// governor"), whom the article may name next without repeating the title.
        /// </summary>
        public bool Office;
        /// <summary>The given name was read from the article's text before the surname ("Simon Arkwright"): a person's name.</summary>
        public bool GivenInText;
        /// <summary>The named person the article shows this unnamed source to be, once it names them.</summary>
        public Entity? NamedAs;
        /// <summary>Where the article first names this person in full: a surname before that cannot mean them yet.</summary>
        public int FirstAt = int.MaxValue;
        /// <summary>Where the article first mentions this organization by name: "the company" before that cannot mean it.</summary>
        public int SeenAt = int.MaxValue;
        /// <summary>The paragraph of <see cref="SeenAt"/>: 0 the headline, 1 the lead.</summary>
        public int SeenParagraph = int.MaxValue;
        /// <summary>
        /// The first description the article sets beside the name, as written ("economist at the Harbor Institute"):
        /// their role for a reader when no title stands before the name. It finds nobody (see <see cref="Descriptions"/>).
        /// </summary>
        public string? Apposition;
        // ("Dr. Ines Quell, a hospital epidemiologist," or "Cllr Quell" after "Council leader Ines Quell": a bare honorific
        // says how she is addressed, the description what she does; it is her job title only when the article gives none)
        public Speaker ToSpeaker() => new(Name, Type, Apposition is not null && IsHonorific(Role) ? Apposition : Role ?? Apposition);
    }

    // a title of address and nothing else: "Dr.", "Cllr", "Prof"
    private static bool IsHonorific(string? role) => role is not null && role.TrimEnd('.').ToLowerInvariant() is "dr" or "cllr" or "prof";

    private readonly List<Entity> _entities = [];
    // named people by surname, so a mention finds its person without scanning the article's every entity
    private readonly Dictionary<string, List<Entity>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private static readonly List<Entity> None = [];
    private readonly List<(Entity Entity, int Position, int Paragraph, int Sentence, Salience Salience)> _recent = [];
    // writers of an excerpt ("Whitcombe reports:") and the paragraph that introduces it
    private readonly Dictionary<Entity, int> _excerptAuthors = [];
    // "she said" whose "she" found nobody: a later "she" is most likely the same person, not someone mentioned before
    // her or beside her
    private readonly List<(int Position, int Paragraph, int Sentence, Gender Gender)> _unresolved = [];
    private int _sentence, _paragraph, _paragraphOpening;
    // each speaker handed out, by reference, with the entity it stands for: an unnamed source the article names later
    // (see Entity.NamedAs) renames every quote already given to it
    private readonly Dictionary<Speaker, Entity> _handedOut = new(ReferenceEqualityComparer.Instance);
    private bool _titleCaseHeading, _heading;

    /// <summary>
    /// The mentions that follow are in the next sentence, in paragraph <paramref name="paragraph"/>;
    /// <paramref name="titleCaseHeading"/> when that sentence is a headline capitalizing every word.
    /// </summary>
    public void BeginSentence(int paragraph, bool titleCaseHeading = false, bool heading = false)
    {
        _sentence++;
        if (paragraph != _paragraph || _paragraphOpening == 0) _paragraphOpening = _sentence;
        _paragraph = paragraph;
        _titleCaseHeading = titleCaseHeading;
        _heading = heading || titleCaseHeading;
    }

    /// <summary>
    /// Registers a name seen anywhere in the article so later surnames and roles can find it; with a salience other
    /// than <see cref="Salience.None"/> it is also a mention of the current sentence a later pronoun may refer to.
    /// </summary>
    /// <param name="pronoun">
    /// the gender of the "he" or "she" that the sentence goes on to use for this name when nobody else could be meant
    /// ("Mya Thein Su visited …, a year after she was released"): a name the lexicon does not know is then a person,
    /// and one of that gender
    /// </param>
    public void Observe(Mention mention, Salience salience, Gender pronoun = Gender.Unknown)
    {
        // a lone capitalized word ("Today", "Along") is only a name when the article already knows it
        var tokens = mention.Tokens;
        bool single = tokens.Count == 1 || (tokens.Count == 2 && !tokens[1].IsWord);
        // "actor Graham Pelt …", then "Pelt, 58, disputed …": an age set off after a lone surname marks a person, so the
        // full name the article gave it, with a given name the lexicon lacks, is confirmed as theirs
        bool aged = single && _unconfirmed.ContainsKey(StripPossessive(tokens[0].Text)) && AgeFollows(mention.Span.End);
        if (single && !aged && !MayName(StripPossessive(tokens[0].Text))) return;
        // "Retired Colonel Warns …": a title-case headline capitalizes common words, so its runs make no new person
        _possiblePerson = false;
        var entity = NameEntity(mention, create: (!single || aged) && !_titleCaseHeading, out bool ambiguous, observing: true, pronoun);
        if (entity is null && _possiblePerson && salience != Salience.None && StripPossessive(tokens[^1].Text) == tokens[^1].Text) _possiblePeople.Add((mention.Span.Start, _paragraph, _sentence, salience));
        // ("Brindle Paper Works will close its mill, the company said": a name nothing made a person's nor an
        // organization's, opening the sentence; see CompanyOpeningItsReport)
        if (entity is null && !single && salience != Salience.None && OpensSentence(mention)) _unknownOpener = (mention, _sentence);
        if (entity is null) return;
        if (!ambiguous && entity is { Type: SpeakerType.Organization, Unnamed: false } && KnownAsAfter(mention.Span.End) is { } shortName) _knownAs.TryAdd(shortName, entity);
        entity.Mentions++;
        if (!ambiguous) Seen(entity, mention.Span.Start);
        if (!ambiguous && entity.Type == SpeakerType.Person && AgeAfter(mention.Span.End) is int age) entity.Age ??= age;
        if (salience != Salience.None && _excerptAuthors.TryGetValue(entity, out int excerpt) && excerpt < _paragraph) _excerptAuthors.Remove(entity);
        if (pronoun is Gender.Male or Gender.Female && entity.Type == SpeakerType.Person && entity.Gender == Gender.Unknown) entity.Gender = pronoun;
        if (salience != Salience.None) _recent.Add((entity, mention.Span.Start, _paragraph, _sentence, salience));
    }

    // "For Odalys Marwood, the rise means …": full names read in passing that the lexicon could not make a person's,
    // though they may well be (a given name it lacks), where they stood
    private readonly List<(int Position, int Paragraph, int Sentence, Salience Salience)> _possiblePeople = [];
    private bool _possiblePerson;

    // "the National Water Board, known as Watbo": the short name an organization goes by, and the organization
    private readonly Dictionary<string, Entity> _knownAs = new(StringComparer.Ordinal);

    /// <summary>
    /// ", known as Watbo", ", also known as the Board": the capitalized name written right after a name as the one it also
    /// goes by (without "the"), or null.
    /// </summary>
    private string? KnownAsAfter(int end)
    {
        var rest = text.AsSpan(end);
        if (ShortNameInBrackets(rest) is { } bracketed) return bracketed;
        int at = rest.StartsWith(", known as ", StringComparison.Ordinal) ? 11 : rest.StartsWith(", also known as ", StringComparison.Ordinal) ? 16 : -1;
        if (at < 0) return null;
        if (rest[at..].StartsWith("the ", StringComparison.Ordinal)) at += 4;
        var words = new List<string>();
        while (at < rest.Length && char.IsUpper(rest[at]) && words.Count < 4)
        {
            int stop = at;
            while (stop < rest.Length && (char.IsLetterOrDigit(rest[stop]) || rest[stop] is '-' or '&')) stop++;
            words.Add(rest[at..stop].ToString());
            at = stop;
            if (at + 1 < rest.Length && rest[at] == ' ' && char.IsUpper(rest[at + 1])) at++;
            else break;
        }
        return words.Count > 0 ? string.Join(' ', words) : null;
    }

    // "the National Grid Control Centre (Gridcon)": one capitalized word in brackets right after an organization's name
    // is the short name the article goes on to use for it ("Gridcon said"), however it is cased; a place in brackets
    // ("the Harbor Board (Tarvik)") says where the body is, and a given name or a number is no short name
    private string? ShortNameInBrackets(ReadOnlySpan<char> rest)
    {
        if (!rest.StartsWith(" (", StringComparison.Ordinal)) return null;
        int close = rest.IndexOf(')');
        if (close < 4 || close > 16) return null;
        var inside = rest[2..close].ToString();
        if (!char.IsUpper(inside[0]) || !inside.All(char.IsLetter) || lexicon.Places.Contains(inside) || lexicon.IsGivenName(inside)) return null;
        return inside;
    }

    // the first place the article names an entity, and its paragraph
    private void Seen(Entity entity, int at)
    {
        if (at < entity.SeenAt) (entity.SeenAt, entity.SeenParagraph) = (at, _paragraph);
    }

    // ", 58,": a person's age as news style sets it off right after a name ending at <paramref name="end"/>
    private bool AgeFollows(int end) => AgeAfter(end) is not null;

    // "For Odalys Marwood, who runs a bakery, …": ", who" set off right after a name says it names a person, as an age
    // does, whether or not the lexicon knows the given name (a body takes "which"; "The Harriers, who were …" are a band)
    private bool WhoFollows(int end)
    {
        if (string.CompareOrdinal(text, end, ", who ", 0, 6) != 0) return false;
        int next = end + 6, stop = next;
        while (stop < text.Length && char.IsLetter(text[stop])) stop++;
        return text.AsSpan(next, stop - next) is not ("were" or "are" or "have");
    }

    private int? AgeAfter(int end)
    {
        int k = end;
        if (k + 2 >= text.Length || text[k] != ',' || text[k + 1] != ' ') return null;
        int digits = 0, age = 0;
        for (k += 2; k < text.Length && char.IsAsciiDigit(text[k]); k++, digits++) age = age * 10 + (text[k] - '0');
        return digits is >= 1 and <= 3 && k < text.Length && text[k] == ',' ? age : null;
    }

    /// <summary>
    /// "Whitcombe reports:" introduces an excerpt of someone else's writing: its "she said" is about the people the
    /// excerpt describes, never its writer, until the article names the writer again.
    /// </summary>
    public void ObserveExcerptAuthor(Mention mention)
    {
        if (NameEntity(mention, create: false, out bool ambiguous) is { } entity && !ambiguous) _excerptAuthors[entity] = _paragraph;
    }

    /// <summary>
    /// A "he" or "she" opening a sentence of narration ("She now advises President Kael Durn.") continues the person
    /// it stands for as the sentence's subject, so a later pronoun still finds them rather than someone mentioned there.
    /// </summary>
    public void ObservePronoun(Token pronoun)
    {
        if (ResolvePronoun(pronoun.Text.ToLowerInvariant(), pronoun.Start, []) is { } entity)
            _recent.Add((entity, pronoun.Start, _paragraph, _sentence, Salience.Subject));
    }

    // what each person's pronouns say across the article, before anything is resolved; Neuter when they disagree
    private readonly Dictionary<Entity, Gender> _genderVotes = [];

    /// <summary>
    /// "Whitlock closed the call. “…,” she said.": the article calls the person this name finds by
    /// <paramref name="gender"/>'s pronoun. Counted until <see cref="LearnGenders"/>.
    /// </summary>
    public void VoteGender(Mention name, Gender gender)
    {
        var found = NameEntity(name, create: false, out bool ambiguous);
        // "Orla Hale has watched …. “…,” she said.": a full name with a given name the lexicon lacks is a person's when
        // a "he" or "she" takes it up, and that given name is of the pronoun's gender
        if (found is null && !ambiguous && PronounedGivenName(name) is { } given)
            _givenNamesByPronoun[given] = _givenNamesByPronoun.TryGetValue(given, out var said) && said != gender ? Gender.Unknown : gender;
        if (found is not { Unnamed: false, Type: SpeakerType.Person, Gender: Gender.Unknown } person || ambiguous) return;
        _genderVotes[person] = _genderVotes.TryGetValue(person, out var known) && known != gender ? Gender.Neuter : gender;
    }

    // given names the lexicon lacks that a "he" or "she" showed to be a person's, with the pronoun's gender
    private readonly Dictionary<string, Gender> _givenNamesByPronoun = new(StringComparer.Ordinal);

    // the given name of a two-word name of capitalized words that is no place's or organization's, or null
    private string? PronounedGivenName(Mention name)
    {
        // (two words alone: "Tenn. A" across an abbreviation's period is no name)
        var words = name.Tokens.ToList();
        if (words.Count != 2 || !words.TrueForAll(t => t.IsCapitalized && t.Text.Length >= 2 && !NounPhrases.IsFunctionWord(t.Text)) || IsNoPerson(name)
            || lexicon.IsGivenName(words[0].Text)) return null;
        var given = words[0].Text;
        return NounPhrases.IsFunctionWord(given) || lexicon.Titles.Contains(given) || lexicon.IsCalendarWord(given) || StripPossessive(given) != given ? null : given;
    }

    /// <summary>Each person whose pronouns all agree is of that gender from now on; disagreeing ones stay unknown.</summary>
    public void LearnGenders()
    {
        foreach (var (person, gender) in _genderVotes)
            if (gender is Gender.Male or Gender.Female && person.Gender == Gender.Unknown) person.Gender = gender;
        _genderVotes.Clear();
    }

    /// <summary>A name that cannot be a person: a place, an organization, a day ("the White House", "Burma's", "Wednesday").</summary>
    public bool IsNoPerson(Mention mention)
    {
        // by index: a foreach over the tokens' interface allocated an enumerator on every call
        for (int i = 0; i < mention.Tokens.Count; i++)
        {
            var t = mention.Tokens[i];
            if (!t.IsWord) continue;
            var w = StripPossessive(t.Text);
            if (lexicon.Places.Contains(w) || lexicon.OrganizationHeads.Contains(w) || lexicon.IsCalendarWord(w)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Lena Fisk, the mayor's former campaign manager, …": the description stands for the person, so that "the
    /// mayor's former campaign manager said" later finds her. A name the article has not shown to be a person counts
    /// as one when the description's head is a person's title or role.
    /// </summary>
    public void Describe(Mention name, IReadOnlyList<Token> description, Salience salience = Salience.None)
    {
        var whole = name;
        name = WithoutAffiliation(name);
        var words = new List<string>(description.Count);
        foreach (var t in description) if (t.IsWord && !NounPhrases.Determiners.Contains(t.Text)) words.Add(t.Text);
        if (words.Count == 0) return;
        if (IsOrganizationDescription(words)) { DescribeOrganization(whole, name, words, salience); return; }
        // "Harrow & Finch, the publisher of …": what an organization the article already named is called, whatever the word
        if (KnownOrganization(whole) is { } organization) KnowKind(organization, words, anyHead: true);
        var entity = NameEntity(name, create: false);
        if (entity is null)
        {
            int headAt = words.FindIndex(w => w is "of" or "for" or "at" or "with" or "from" or "in");
            var head = (headAt > 0 ? words[headAt - 1] : words[^1]).ToLowerInvariant();
            if (!lexicon.Titles.Contains(head) && !lexicon.PersonHeads.Contains(head) && !IsProfessionNoun(head) && !LeadsBody(words, headAt)) return;
            entity = NameEntity(name, create: true);
        }
        if (entity is null || entity.Unnamed || entity.Type != SpeakerType.Person) return;
        (entity.Descriptions ??= []).Add([.. words.Select(DescriptionWord)]);
        // "Her lawyer, Tomas Vik,": one noun owned by "his" or "her", and the person the owner word stands for
        if (words.Count == 1 && description.FirstOrDefault(t => t.IsWord) is { } own && own.Text.ToLowerInvariant() is "his" or "her" && !lexicon.IsKinWord(words[0].ToLowerInvariant()))
            entity.OwnedAs ??= (words[0].ToLowerInvariant(), ResolvePronoun(own.Text.ToLowerInvariant(), own.Start, []));
        entity.Apposition ??= AsWritten(description);
        // "Ravi Osei, a 58-year-old boatbuilder," gives his age as surely as "Ravi Osei, 58,": "the 58-year-old" is him
        if (YearsOld.IsMatch(words[0])) entity.Age ??= YearsOf(words[0]);
        if (entity.Gender == Gender.Unknown) entity.Gender = GenderOfDescription(words);
    }

    // "head of the Vessa Ferry Board": who leads the body after "of" is a person, as a title would make them
    private static bool LeadsBody(List<string> words, int headAt) =>
        headAt > 0 && words[headAt - 1] is "head" && words[headAt] is "of" && headAt + 1 < words.Count && char.IsUpper(words[^1][0]);

    /// <summary>
    /// "Ines Varga, a spokeswoman for the premier,", "Jo Doe, the widow of …": the head of a person's apposition tells
    /// the pronoun the article will use for them, so a later "he said" is not hers. Only the words before the head's
    /// complement: "an aide to the queen" says nothing of the aide.
    /// </summary>
    private Gender GenderOfDescription(List<string> words)
    {
        int headAt = words.FindIndex(w => w is "of" or "for" or "at" or "with" or "from" or "in" or "to");
        var own = headAt > 0 ? words.GetRange(0, headAt) : words;
        return GenderOf(string.Join(' ', own)) is var titled and not Gender.Unknown ? titled : GenderOfHead(lexicon, own[^1].ToLowerInvariant());
    }

    /// <summary>
    /// "Owen Delacroix of Harwick Partners, an analyst": a name the article describes as a person's, two or three
    /// capitalized words before "of" and a capitalized name, is the person's name without their affiliation.
    /// </summary>
    /// <param name="longest">the most words before "of": more than three when titles open the name ("Associate Professor Lina Barrow of …")</param>
    private static Mention WithoutAffiliation(Mention name, int longest = 3)
    {
        var t = name.Tokens;
        int of = -1;
        for (int k = 0; k < t.Count; k++) if (t[k].IsWord && t[k].Text is "of") { of = k; break; }
        if (of < 2 || of > longest || of + 1 >= t.Count || !t[of + 1].IsCapitalized) return name;
        for (int k = 0; k < of; k++) if (!t[k].IsWord || !t[k].IsCapitalized || t[k].Text.EndsWith("'s", StringComparison.Ordinal) || t[k].Text.EndsWith("’s", StringComparison.Ordinal)) return name;
        int start = name.Span.Start, end = t[of - 1].End;
        return new Mention(new TextSpan(start, end, name.Span.Text[..Math.Min(name.Span.Text.Length, end - start)]), name.Kind, [.. t.Take(of)]);
    }

    // "calling itself Grey Heron", "known as …": the words that introduce a name an organization gave itself
    private static readonly HashSet<string> Naming = new(StringComparer.OrdinalIgnoreCase) { "calling", "itself", "themselves", "called", "named", "known", "as", "dubbed" };

    /// <summary>
    /// "the shipping company that owns the dock", "the state's largest nurses union", "hacking group calling itself":
    /// a description whose head — its last word before a preposition, a relative pronoun or the words that introduce
    /// a name — is a word for an organization.
    /// </summary>
    private bool IsOrganizationDescription(IReadOnlyList<string> words) => OrganizationDescriptionEnd(words) > 0;

    // where the head of an organization's description ends ("trade group" in "a trade group representing …"), or 0
    private int OrganizationDescriptionEnd(IReadOnlyList<string> words)
    {
        int end = 0;
        while (end < words.Count && words[end] is not ("of" or "for" or "at" or "with" or "from" or "in" or "that" or "which" or "who" or "whose") && !Naming.Contains(words[end])
               && !(end > 0 && IsParticipleAfterOrganization(words, end))) end++;
        // (an owner is whose the thing is, not what it is: "the clinic's IT supplier" is no clinic)
        return end > 0 && !char.IsUpper(words[end - 1][0]) && StripPossessive(words[end - 1]) == words[end - 1]
            && (lexicon.OrganizationNouns.Contains(words[end - 1]) || IsCompanysTrade(words, end)) ? end : 0;
    }

    // "Insurer", "Retailer", "Regulator" opening a sentence: a trade (or a body that oversees one) that is also a word for
    // an organization, never a title, a given name or the head of a body's own name ("Union Pacific", "Bank Ostra")
    private bool IsOpeningTrade(string word)
    {
        var lower = word.ToLowerInvariant();
        return char.IsUpper(word[0]) && (lexicon.Trades.Contains(lower) || lower is "regulator" or "watchdog") && lexicon.OrganizationNouns.Contains(lower)
            && !lexicon.OrganizationHeads.Contains(lower) && !lexicon.Titles.Contains(word) && !lexicon.IsGivenName(word);
    }

    // "national grid operator", "Grid operator", "the ferry carrier": a trade that is also a job ("crane operator") is a
    // company's after a word for what a company runs or carries
    private bool IsCompanysTrade(IReadOnlyList<string> words, int end) =>
        end >= 2 && lexicon.Trades.Contains(words[end - 1]) && lexicon.TradeObjects.Contains(words[end - 2].ToLowerInvariant());

    // "a trade group representing 900 shops": a present participle right after a word for an organization opens what
    // the organization does, as "that represents" would; so does a past one before its agent ("a small diving firm
    // engaged by the harbour board": the firm, never the board, is what the name is)
    private bool IsParticipleAfterOrganization(IReadOnlyList<string> words, int at) =>
        words[at].Length > 4 && char.IsLower(words[at][0]) && (words[at].Length > 5 && words[at].EndsWith("ing", StringComparison.Ordinal)
            || words[at].EndsWith("ed", StringComparison.Ordinal) && at + 1 < words.Count && words[at + 1] is "by")
        && lexicon.OrganizationNouns.Contains(StripPossessive(words[at - 1]));

    /// <summary>
    /// "Coldwell, the shipping company that …": a name the article describes as an organization is one, and so are the
    /// quotes already given to it (see <see cref="Named"/>), unless something shows a person (a given name, a title,
    /// a relative, a "he" or "she").
    /// </summary>
    private void DescribeOrganization(Mention whole, Mention name, IReadOnlyList<string> description, Salience salience = Salience.None)
    {
        // "the Dealers Association of Ostrava, a trade group": an organization's name keeps its "of" (see WithoutAffiliation)
        if (NameEntity(whole, create: false) is { Type: SpeakerType.Organization, Unnamed: false } named) { KnowKind(named, description); return; }
        var entity = NameEntity(name, create: false);
        if (entity is null)
        {
            var words = name.Tokens.Where(t => t.IsWord && !NounPhrases.Determiners.Contains(t.Text)).Select(t => StripPossessive(t.Text)).ToList();
            if (words.Count > 0 && words.TrueForAll(w => char.IsUpper(w[0])) && !lexicon.IsGivenName(words[0]) && !words.Exists(lexicon.Titles.Contains))
            {
                var organization = Organization(string.Join(' ', words));
                Seen(organization, name.Span.Start);
                KnowKind(organization, description);
                // "Harvik Motorworks, the Swedish carmaker, is to close …" then "The company said": the name the
                // description made an organization was mentioned here, as the subject it was
                if (salience != Salience.None) _recent.Add((organization, name.Span.Start, _paragraph, _sentence, salience));
            }
            return;
        }
        if (entity is { Type: SpeakerType.Organization, Unnamed: false }) KnowKind(entity, description);
        if (FieldWordOpeningName(entity, name) is { } fullName)
        {
            // ("Health Norland, the national health agency": the field word was no title, so the body keeps it in its name)
            entity.Name = fullName;
            entity.Role = null;
        }
        else if (!IsBareName(entity)) return;
        entity.Type = SpeakerType.Organization;
        entity.Gender = Gender.Neuter;
        entity.Apposition = null;
        KnowKind(entity, description);
    }

    /// <summary>
    /// "Health Norland, the national health agency": a capitalized word that only qualifies a title ("Health" as in
    /// "Health Minister") read as the title of a person named by the word after it is the opening of a body's name when
    /// the article calls the two words together a body. The whole name, or null when the title is a real one ("Minister
    /// Ivo Tal, …"), or something else shows a person (a given name, a relative, a "he" or "she").
    /// </summary>
    private string? FieldWordOpeningName(Entity entity, Mention name)
    {
        if (entity is not { Type: SpeakerType.Person, Unnamed: false, GivenInText: false, Kin: null, Descriptions: null, Role: { } role }
            || entity.Gender != Gender.Unknown || entity.Name.Contains(' ') || lexicon.IsGivenName(entity.Name)) return null;
        var roleWords = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!Array.TrueForAll(roleWords, w => char.IsUpper(w[0]) && lexicon.TitleModifiers.Contains(w.ToLowerInvariant()))) return null;
        var words = name.Tokens.Where(t => t.IsWord && !NounPhrases.Determiners.Contains(t.Text)).Select(t => StripPossessive(t.Text)).ToList();
        var whole = role + " " + entity.Name;
        return string.Join(' ', words) == whole ? whole : null;
    }

    // a name read as a person's with nothing to show it is one (a given name, a title, a relative, a "he" or "she")
    private bool IsBareName(Entity entity) =>
        entity.Type == SpeakerType.Person && !entity.Unnamed && entity.Gender == Gender.Unknown && entity.Role is null && !entity.GivenInText && entity.Kin is null
        && entity.Descriptions is null && !entity.Name.Split(' ').Any(w => lexicon.IsGivenName(w) || lexicon.Titles.Contains(w));

    /// <summary>
    /// "the conservation group Stone River Trust", "Dutch toy maker Brindle": a description headed by a word for an
    /// organization names one, of that kind (so "the company" later finds a maker); a bare name the article read
    /// as a person's before ("Brindle recalls kites" in the headline) is that organization. Null when the name is a
    /// person's.
    /// </summary>
    private Entity? OrganizationDescribedBefore(string role, List<string> name)
    {
        var description = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!IsOrganizationDescription(description) || lexicon.IsGivenName(name[0])) return null;
        Entity organization;
        if (PeopleNamed(name[^1]).Count == 0) organization = Organization(string.Join(' ', name));
        else if (name.Count == 1 && PeopleNamed(name[0]) is [var bare] && IsBareName(bare))
        {
            organization = bare;
            organization.Type = SpeakerType.Organization;
            organization.Gender = Gender.Neuter;
            organization.Apposition = null;
        }
        else return null;
        KnowKind(organization, description);
        return organization;
    }

    /// <summary>
    /// "the Coastal Crew Guild, which represents about 800 deckhands": an organization the article says represents
    /// people of a trade is a union to it, so that "the union said" right after finds it (see <see cref="OrganizationOfKind"/>).
    /// Nothing for a name the article has not made an organization's.
    /// </summary>
    public void DescribeAsUnion(Mention name)
    {
        var organization = KnownOrganization(name) ?? NameEntity(WithoutAffiliation(name), create: false);
        if (organization is { Type: SpeakerType.Organization, Unnamed: false }) KnowKind(organization, ["union"]);
    }

    // "the Dealers Association of Ostrava, a trade group representing …": what the article says the organization is
    // ("trade group"), so that "the group" or "the trade group" later finds it (see <see cref="OrganizationOfKind"/>)
    private void KnowKind(Entity organization, IReadOnlyList<string> description, bool anyHead = false)
    {
        int end = anyHead ? DescriptionHeadEnd(description) : OrganizationDescriptionEnd(description);
        if (end > 0) (organization.Kinds ??= []).Add([.. description.Take(end).Select(w => StripPossessive(w).ToLowerInvariant())]);
    }

    // where a description's head ends ("publisher" in "publisher of the memoir"), or 0 when it ends in no lowercase
    // noun (not a verb's past form or participle: "State Department confirmed")
    private int DescriptionHeadEnd(IReadOnlyList<string> words)
    {
        int end = 0;
        while (end < words.Count && words[end] is not ("of" or "for" or "at" or "with" or "from" or "in" or "that" or "which" or "who" or "whose") && !Naming.Contains(words[end])) end++;
        if (end == 0) return 0;
        var head = words[end - 1];
        return char.IsLower(head[0]) && head.Length >= 4 && !head.EndsWith("ed", StringComparison.Ordinal) && !head.EndsWith("ing", StringComparison.Ordinal)
            && !lexicon.Documents.Contains(head) ? end : 0;
    }

    // "York-based", "U.S.-backed": a word made an adjective by a lowercase ending after its hyphen
    private static bool IsHyphenatedAdjective(string word) => word.LastIndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);

    // the named organization the article already has under the name <paramref name="name"/> spells, or null
    private Entity? KnownOrganization(Mention name)
    {
        var words = new List<string>(name.Tokens.Count);
        foreach (var t in name.Tokens) if (t.IsWord || t.Is('&') && !t.InQuote) words.Add(StripPossessive(t.Text));
        if (words.Count > 0 && NounPhrases.Determiners.Contains(words[0])) words.RemoveAt(0);
        var written = string.Join(' ', words);
        // ("Pell & Crane, the publisher": the name before the comma is the firm's last one)
        bool Spells(Entity e) => e.Name.Equals(written, StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(" & " + written, StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(0, name.Span.Start).TrimEnd().EndsWith("&");
        return words.Count == 0 ? null : _entities.Find(e => e.Type == SpeakerType.Organization && !e.Unnamed && Spells(e));
    }

    /// <summary>
    /// "the group said" after "the Dealers Association of Ostrava, a trade group representing …": the one named
    /// organization the article described with the description's head and every one of its words, when it is also the
    /// last organization the article mentioned, in this paragraph or the one before. Otherwise null: an organization
    /// whose description was not read may be the one meant.
    /// </summary>
    private Entity? OrganizationOfKind(List<string> description, string head, int position)
    {
        if (LastOrganizationBefore(position) is not { } last || last.Kinds is null) return LeadCompany(description, position);
        if (description.Exists(w => !char.IsLower(w[0]))) return null;
        var words = description.Select(w => StripPossessive(w).ToLowerInvariant()).ToList();
        Entity? found = null;
        foreach (var e in _entities)
        {
            // ("the company" is the one the article called "the carmaker" or "the ferry's operator": a trade is a kind of company)
            if (e.Type != SpeakerType.Organization || e.Unnamed || e.Kinds?.Exists(k => k[^1] == head && words.TrueForAll(k.Contains)
                || words is ["company"] && lexicon.Trades.Contains(k[^1])) != true) continue;
            // (one name read twice, as a person's and then as an organization's, is one organization)
            if (found is not null && found != e && !found.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            found = e;
        }
        return found is not null && found.Name.Equals(last.Name, StringComparison.OrdinalIgnoreCase) ? last : LeadCompany(description, position);
    }

    /// <summary>
    /// "Marlowe Gas &amp; Light said …" then "The utility said …", and paragraphs later "according to the utility": a word
    /// for a body, alone after "the", is the one named organization the article already called by that word (in an
    /// apposition, a description before its name, a clause that says it represents workers for "union", or an earlier
    /// "the utility" that stood for it), however far back — when no unnamed body goes by the word and no other named
    /// organization fits it: none whose name is headed by the word ("… Union") and, for "company" or "firm", no other
    /// business (a company's legal form, a trade). Otherwise null: a guess could name the wrong body.
    /// </summary>
    private Entity? BodyCalledSo(List<string> description, string head, int position)
    {
        if (description.Count != 1 || IsPersonNoun(head) || lexicon.Documents.Contains(head) || _entities.Exists(e => e.Unnamed && e.Head == head)) return null;
        bool company = head is "company" or "firm";
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed || e.SeenAt >= position && e.SeenAt != int.MaxValue) continue;
            var name = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var nameHead = HeadOfName(name);
            // ("the union" may be any body whose name makes it one: two such leave it unnamed)
            bool fits = CalledSo(e, head) || nameHead.Equals(head, StringComparison.OrdinalIgnoreCase) || NamedForTrade(nameHead, head) || head is "union" && IsUnionLike(e)
                || company && (name.Length > 1 && CompanySuffixes.Contains(name[^1].TrimEnd('.'))
                    || e.Kinds?.Exists(k => lexicon.Trades.Contains(k[^1]) || k[^1] is "company" or "firm" or "group") == true);
            if (!fits) continue;
            if (found is not null && !found.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            if (found is null || CalledSo(e, head)) found = e;
        }
        return found is not null && CalledSo(found, head) ? found : null;
    }

    /// <summary>
    /// "A plan by Tarrow Compute to build a depot …" in the lead, then "The company says …": "the company" (or "the
    /// firm") alone is the one business the article has met, when the headline or the lead named it — a named
    /// organization that is no body of government, school, union or other institution by its head word, no place, no
    /// acronym, and nothing the article called other than a business; or a name read as a person's with nothing personal
    /// about it that spoke in the lead ("Tolvask Orrin Kesh said on Monday …"), which becomes an organization. When two
    /// such names were met, or an unnamed company already was, null: either may be meant.
    /// </summary>
    private Entity? SoleLeadBusiness(List<string> description, int position)
    {
        if (description is not (["company"] or ["firm"]) || _entities.Exists(e => e.Unnamed && e.Head is "company" or "firm")) return null;
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Unnamed || e.SeenAt >= position || !MayBeBusiness(e)) continue;
            if (found is not null && !found.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            found ??= e;
        }
        if (found is not { SeenParagraph: <= 1 }) return null;
        if (found.Type == SpeakerType.Person)
        {
            if (!_recent.Exists(r => r.Entity == found && r.Paragraph <= 1 && r.Salience == Salience.Speaker)) return null;
            found.Type = SpeakerType.Organization;
            found.Gender = Gender.Neuter;
        }
        return found;
    }

    // a named organization that may be a business (see SoleLeadBusiness), or a name read as a person's that may be one
    private bool MayBeBusiness(Entity e)
    {
        if (e.Type == SpeakerType.Person) return MayBeOrganization(e) && !lexicon.Places.Contains(e.Name);
        var name = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => StripPossessive(w).TrimEnd('.', ',')).ToArray();
        if (name.Length == 0 || lexicon.Places.Contains(e.Name) || lexicon.Places.Contains(name[^1]) || IsHyphenatedAdjective(name[^1])) return false;
        // ("GCAA", "the FDA": an acronym is most often a body of government or an institution)
        if (!e.Name.Any(char.IsLower)) return false;
        var nameHead = HeadOfName(name);
        if (lexicon.OrganizationHeads.Contains(nameHead.ToLowerInvariant()) && !CompanySuffixes.Contains(nameHead) && !CompanySuffixes.Contains(name[^1])) return false;
        return e.Kinds is null || e.Kinds.Exists(k => lexicon.Trades.Contains(k[^1]) || k[^1] is "company" or "firm" or "group" or "maker" or "manufacturer");
    }

    // the article called the organization by <paramref name="head"/>: "the utility", "a trade group", "which represents …" for a union
    private static bool CalledSo(Entity e, string head) => e.Kinds?.Exists(k => k[^1] == head) == true;

    /// <summary>
    /// "Tarrow Docks said in a statement …" then "The seafarers' union said …": a union and the company its members
    /// work for are the two sides a labour story quotes in turn, so "the union" right after a body spoke is not that
    /// body when it may be a business and the article did not make it a union (see <see cref="IsUnionLike"/>), and
    /// "the company" or "the firm" is never a union. An association or an acronym may still be the union.
    /// </summary>
    private bool OtherSideOfLabour(Entity e, string head) =>
        head is "union" ? MayBeBusiness(e) && !IsUnionLike(e) : head is "company" or "firm" && IsUnionLike(e);

    /// <summary>
    /// A body the article called a union ("which represents 800 nurses"), or whose name says it is one: a word for a
    /// union ("Guild", "Brotherhood", "Federation") or the people it organizes ("Deckhand Workers Association", "Ferry
    /// Pilots").
    /// </summary>
    private bool IsUnionLike(Entity e)
    {
        if (CalledSo(e, "union")) return true;
        foreach (var word in e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word is "Union" or "Unions" or "Federation" or "Confederation" or "Guild" or "Syndicate" or "Brotherhood" or "Sisterhood"
                || word.Length > 3 && char.IsUpper(word[0]) && word.EndsWith('s') && lexicon.PersonHeads.Contains(word.ToLowerInvariant()))
                return true;
        return false;
    }

    /// <summary>
    /// "Harbor Line, the ferry operator, filed for bankruptcy …" in the lead, then "the company said" after a court was
    /// named: the one organization the article gives a trade (a company's kind) is the article's subject company, when
    /// the headline or the lead named it before the mention. A government body has no trade. Null for none or several.
    /// </summary>
    private Entity? LeadCompany(List<string> description, int position)
    {
        if (description is not ["company"]) return null;
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed || e.Kinds?.Exists(k => lexicon.Trades.Contains(k[^1])) != true) continue;
            if (found is not null && found != e && !found.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            found = e;
        }
        return found is { SeenParagraph: <= 1 } && found.SeenAt < position ? found : null;
    }

    // the named organization mentioned last before <paramref name="position"/>, in this paragraph or the one before
    private Entity? LastOrganizationBefore(int position)
    {
        for (int k = _recent.Count - 1; k >= 0; k--)
        {
            var (entity, at, inParagraph, _, _) = _recent[k];
            if (at >= position) continue;
            if (_paragraph - inParagraph > 1) break;
            // (a place, or an adjective made of one, is no organization that could be "the group": "a New York-based group")
            if (entity is { Type: SpeakerType.Organization, Unnamed: false } && !lexicon.Places.Contains(entity.Name) && !IsHyphenatedAdjective(entity.Name.Split(' ')[^1])) return entity;
        }
        return null;
    }

    /// <summary>"an economist at the Harbor Institute" → "economist at the Harbor Institute": the words as the article wrote them, without the article or possessive pronoun that opens them.</summary>
    private string? AsWritten(IReadOnlyList<Token> description)
    {
        int first = 0;
        // ("one fisherman" is a fisherman; "one of the crew" keeps its "one")
        while (first < description.Count && (!description[first].IsWord || description[first].Text.ToLowerInvariant() is "a" or "an" or "another" or "the" or "his" or "her" or "their" or "its"
               || description[first].Text is "one" && first + 1 < description.Count && description[first + 1].Text is not "of")) first++;
        if (first >= description.Count || description[^1].End > text.Length) return null;
        return text[description[first].Start..description[^1].End];
    }

    // given names the article gives relatives ("wife Ivana"), with the relation's gender: names of people
    private readonly Dictionary<string, Gender> _relativesGivenNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>"his wife, Ivana," or "wife Ivana Doe": the first word is a person's given name, of the relation's gender.</summary>
    public void KnowRelative(Mention name, string kin)
    {
        int at = -1;
        for (int k = 0; k < name.Tokens.Count && at < 0; k++) if (name.Tokens[k].IsWord) at = k;
        if (at < 0) return;
        var first = name.Tokens[at];
        if (lexicon.Titles.Contains(first.Text) || IsNoPerson(name)) return;
        _relativesGivenNames.TryAdd(StripPossessive(first.Text), lexicon.Kin.GetValueOrDefault(kin.Split(' ')[^1]));
    }

    /// <summary>
    /// "his wife, Heidi,", "son Eric Doe", "his divorce from wife Ivana": the article calls the named person a relative
    /// (<paramref name="kin"/>: "wife", or "former wife"), so that "his ex-wife" or "Doe's son" later finds them. A
    /// given name alone ("Ivana") is the one person the article gives that given name.
    /// </summary>
    public void DescribeKin(Mention name, string kin, Token? owner = null, Mention? namedJustBefore = null)
    {
        var entity = NameEntity(name, create: false);
        if (entity is null && name.Tokens.Count(t => t.IsWord) == 1)
        {
            var given = StripPossessive(name.Tokens.First(t => t.IsWord).Text);
            var named = _entities.FindAll(e => !e.Unnamed && e.GivenName is not null && e.GivenName.Equals(given, StringComparison.OrdinalIgnoreCase));
            if (named.Count == 1) entity = named[0];
            // "Ada Pruitt and her husband, Cal, …": the given name is all the article calls him
            else if (named.Count == 0 && _relativesGivenNames.TryGetValue(given, out var gender) && !_bySurname.ContainsKey(given)) entity = AddPerson(given, null, null, gender);
        }
        if (entity is null || entity.Unnamed || entity.Type != SpeakerType.Person) return;
        (entity.Kin ??= []).Add(kin);
        if (owner is not null && BloodKin.Contains(kin) && !entity.Name.Contains(' ') && (KinOwnerSurname(owner.Value) ?? SurnameOf(namedJustBefore)) is { } surname)
            entity.Name += " " + surname;
    }

    // "Ivo Doe, 38, runs … His younger brother, Teo,": the surname of the one person named just before the
    // owner pronoun, when no speech made them someone "his" could be resolved to
    private string? SurnameOf(Mention? name)
    {
        if (name is null || IsNoPerson(name)) return null;
        var words = name.Tokens.Where(t => t.IsWord).Select(t => StripPossessive(t.Text)).ToList();
        if (words.Count is < 2 or > 3 || !words.TrueForAll(w => char.IsUpper(w[0])) || words.Exists(w => lexicon.Titles.Contains(w) || lexicon.OrganizationHeads.Contains(w) || lexicon.Places.Contains(w))) return null;
        return SplitName(words).Surname;
    }

    // relatives who share their family's surname unless the article says otherwise (a spouse often does not)
    private static readonly HashSet<string> BloodKin = new(StringComparer.OrdinalIgnoreCase) { "brother", "sister", "son", "daughter", "father", "mother" };

    /// <summary>
    /// "Ivo Doe … His younger brother, Teo,": the surname of the named person a relative's owner word stands for
    /// ("his", "her", "Doe's"), so the relative given by first name alone goes by "Teo Doe". Null when the owner is
    /// nobody named with a surname, or several could be.
    /// </summary>
    private string? KinOwnerSurname(Token owner)
    {
        var word = owner.Text.ToLowerInvariant();
        var possessor = word is "his" or "her" ? ResolvePronoun(word, owner.Start, [])
            : word is "their" ? null
            : PeopleNamed(StripPossessive(owner.Text)) is [var only] ? only : null;
        if (possessor is null || possessor.Unnamed || possessor.Type != SpeakerType.Person || !possessor.Name.Contains(' ')) return null;
        return SplitName(possessor.Name.Split(' ')).Surname;
    }

    /// <summary>
    /// "His ex-wife agreed", "Doe's son said": the one person the article tied to that relation ("wife Ivana" in "his
    /// divorce from wife Ivana") — not the possessor themself, and of the relation's gender. None or several: null.
    /// </summary>
    private Entity? Relative(string kin, Entity? possessor)
    {
        var gender = lexicon.Kin.GetValueOrDefault(kin.Split(' ')[^1]);
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Unnamed || e.Type != SpeakerType.Person || e == possessor || e.Kin?.Contains(kin) != true) continue;
            if (gender != Gender.Unknown && e.Gender != Gender.Unknown && e.Gender != gender) continue;
            if (found is not null) return null;
            found = e;
        }
        return found;
    }

    private Entity? OwnedNamed(string noun, string owner, int position)
    {
        var named = _entities.FindAll(e => e.OwnedAs is { } o && o.Noun == noun);
        if (named is not [{ OwnedAs.Owner: { } first } only] || only.FirstAt >= position) return null;
        return ResolvePronoun(owner, position, []) == first ? only : null;
    }

    // one spelling per word of a role or description: no possessive, no period, abbreviated titles spelled out
    private string DescriptionWord(string word)
    {
        var w = StripPossessive(word).TrimEnd('.');
        return lexicon.SpelledTitles.GetValueOrDefault(w) ?? w.ToLowerInvariant();
    }

    // cheap test before the full analysis: most lone capitalized words name nobody the article knows
    private bool MayName(string word) =>
        _bySurname.ContainsKey(word) || lexicon.Titles.Contains(word) || lexicon.OrganizationHeads.Contains(word) || lexicon.Places.Contains(word)
        || SoleBearerOfGivenName(word, null) is not null;

    /// <summary>
    /// "A spokesman for the Harbor Guild, Omar Tessaly, told …", "The head of the mission, Swedish diplomat Ana Ruiz,
    /// said …": a description of someone (no name of a person in it, its head no document's nor organization's), then
    /// between commas two or three capitalized words — after the words of a title if any ("Deputy Mayor Jo Doe"),
    /// before an affiliation ("of the firm …"), none a place's or an organization's — is that person. Not when the
    /// description ends with another person ("a spokesman for the governor, Jo Doe,": the governor may be Jo Doe). The
    /// name as a mention, its title words included; null when nothing so follows or the commas hold a list ("…, Jo
    /// Doe, and the mayor").
    /// </summary>
    // the affiliation after an apposition's "of" (at offset i, past the "of") runs on in capitalized words, "the", "of",
    // "and", "for", hyphenated words and a bracketed acronym to a comma
    private bool AffiliationClosedByComma(int i)
    {
        for (int words = 0; i < text.Length && words < 12; words++)
        {
            while (i < text.Length && text[i] is ' ' or '(' or ')') i++;
            if (i < text.Length && text[i] == ',') return true;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '.' or '\'' or '’' or '&')) i++;
            if (i == start) return false;
            var word = text.AsSpan(start, i - start);
            if (!(char.IsUpper(word[0]) || word is "the" or "of" or "and" or "for" or "&" || word.Contains('-'))) return false;
        }
        return false;
    }

    private Mention? NameInApposition(Mention mention)
    {
        // (a name that owns the description, "Kestrel Mutual's chief executive", is whose the person is, not their name)
        int owner = -1;
        for (int k = 0; k < mention.Tokens.Count; k++) if (mention.Tokens[k].IsWord && StripPossessive(mention.Tokens[k].Text).Length < mention.Tokens[k].Text.Length) owner = k;
        if (mention.Tokens.Skip(owner + 1).Any(t => t.IsWord && t.IsCapitalized && (lexicon.IsGivenName(t.Text) || IsKnownSurname(StripPossessive(t.Text))))
            || !DescribesSomeone(mention)) return null;
        // "a spokesman for the governor, Jo Doe,": the name may be the governor's, the nearest person before it
        int preposition = -1;
        for (int k = 0; k < mention.Tokens.Count; k++) if (mention.Tokens[k].Text is "for" or "of" or "to" or "at" or "with") { preposition = k; break; }
        if (preposition >= 0 && mention.Tokens[^1] is { IsWord: true, IsCapitalized: false } end && IsPersonNoun(end.Text.ToLowerInvariant())) return null;
        int i = mention.Span.End;
        if (i >= text.Length || text[i] != ',') return null;
        // the apposition's words, up to the comma that closes it or the "of" of an affiliation ("Jo Doe of the firm …")
        var words = new List<Token>();
        bool closed = false;
        for (i++; i < text.Length && words.Count < 8 && !closed; )
        {
            while (i < text.Length && text[i] == ' ') i++;
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '.' or '\'' or '’')) i++;
            if (i == start) return null;
            var word = text[start..i];
            if (word is "of" && words.Count > 0)
            {
                // "According to the count, Mayor Jo Doe of the Union Party won …": an affiliation a comma does not close
                // leads to the name's own verb, and the name is the subject of what was reported, not set beside the source
                if (!AffiliationClosedByComma(i)) return null;
                closed = true;
                break;
            }
            int after = i;
            while (after < text.Length && text[after] == ' ') after++;
            // "…," said the commandant, Jo Doe.": a name that ends the sentence closes the apposition as a comma does
            if (EndsSentenceAfterName(word, after))
            {
                words.Add(new Token(start, i - 1, TokenKind.Word, word[..^1], false));
                closed = true;
                break;
            }
            words.Add(new Token(start, i, TokenKind.Word, word, false));
            if (after < text.Length && text[after] == ',') closed = !FollowsList(after + 1);
            else if (after >= text.Length || !char.IsLetter(text[after])) return null;
        }
        if (!closed) return null;
        // the name: the capitalized words that end it, after the words of a title, two or three, none a place's or an
        // organization's ("Deputy Mayor Jo Doe", "Swedish diplomat Ana Ruiz")
        int given = words.Count;
        while (given > 0 && words[given - 1].IsCapitalized) given--;
        while (given < words.Count && (lexicon.Titles.Contains(words[given].Text) || lexicon.Titles.Contains(words[given].Text.TrimEnd('.')))) given++;
        if (words.Count - given is < 2 or > 3) return null;
        for (int k = given; k < words.Count; k++)
            if (lexicon.OrganizationHeads.Contains(words[k].Text) || lexicon.Places.Contains(words[k].Text) || lexicon.IsCalendarWord(words[k].Text) || words[k].Text.EndsWith('.')) return null;
        // the words before the name are its title, none a function word (a clause: "…, as the town's Jo Doe put it,")
        for (int k = 0; k < given; k++) if (NounPhrases.IsFunctionWord(words[k].Text)) return null;
        return new Mention(new TextSpan(words[0].Start, words[^1].End, text[words[0].Start..words[^1].End]), MentionKind.Name, words);
    }

    /// <summary>
    /// "(Under Secretary of) the Treasury for Trade and Financial Crime Ana Ruiz said": a long capitalized title with
    /// "for", "of" or "and" inside it, ending in a known given name and a surname, is that person's; the name alone, as
    /// a mention, or null.
    /// </summary>
    private Mention? NameAfterLongTitle(Mention mention)
    {
        var t = mention.Tokens;
        if (t.Count < 5 || !t[^1].IsCapitalized || !t[^2].IsCapitalized || !lexicon.IsGivenName(t[^2].Text) || !t[^3].IsCapitalized) return null;
        // ("Deputy Prime Minister and Finance Minister Ilse Varga": two titles joined are no long title cut short, but the role)
        // (nor "the President and First Lady Ines Vell" when the article named the President: two people, left to IsTwoPeople)
        for (int k = 1; k < t.Count - 2; k++) if (t[k].IsWord && t[k].Text is "and" && (TitlesOnlyBefore(mention, k) || HeldTitleBefore(mention, k))) return null;
        // ("Councillor Mira Holt and Councillor Ben Holt": a given name and a surname before the "and" are a first person
        // speaking with the second, no title of the second)
        for (int k = 0; k + 1 < t.Count - 2; k++)
            if (t[k].IsWord && lexicon.IsGivenName(t[k].Text) && t[k + 1].IsCapitalized && !lexicon.Titles.Contains(t[k + 1].Text)
                && t.Skip(k + 2).Take(t.Count - 4 - k).Any(x => x.IsWord && x.Text is "and")) return null;
        bool connective = false;
        for (int k = 0; k < t.Count - 2; k++)
        {
            if (!t[k].IsWord) return null;
            if (t[k].Text is "for" or "of" or "and") connective = true;
            else if (!t[k].IsCapitalized && !NounPhrases.Determiners.Contains(t[k].Text)) return null;
        }
        return connective ? new Mention(new TextSpan(t[^2].Start, t[^1].End, text.Length >= t[^1].End ? text[t[^2].Start..t[^1].End] : ""), MentionKind.Name, [t[^2], t[^1]]) : null;
    }

    // a capitalized word with the sentence's full stop ("Doe."), not an abbreviation or a title ("Dr.", "Jr.", "J."),
    // and nothing after it but the paragraph's end or the capital of the next sentence, or the opening mark of the next
    // sentence's quote ("said one fisherman, Jon Eide. \"Nobody calls,\" …")
    private bool EndsSentenceAfterName(string word, int after) =>
        word.Length > 3 && word[^1] == '.' && char.IsUpper(word[0]) && word.IndexOf('.') == word.Length - 1
        && !lexicon.Titles.Contains(word[..^1]) && !lexicon.OrganizationHeads.Contains(word[..^1])
        && (after >= text.Length || text[after] is '\n' or '\r' || (char.IsUpper(text[after])
            || text[after] is '"' or '“' && after + 1 < text.Length && char.IsUpper(text[after + 1])) && text[after - 1] == ' ');

    /// <summary>
    /// "lead investigator Jo Doe of the Harmon Institute in Harrow": one to three lowercase words describing a person
    /// (their last a word for one), then a name of two or three capitalized words before its "of" (an affiliation):
    /// the name alone, as a mention, or null.
    /// </summary>
    private Mention? NameAfterLowercaseTitle(Mention mention)
    {
        var t = mention.Tokens;
        int k = 0;
        while (k < t.Count && k < 3 && t[k].IsWord && !t[k].IsCapitalized && !NounPhrases.IsFunctionWord(t[k].Text)) k++;
        if (k == 0 || !IsPersonNoun(t[k - 1].Text.ToLowerInvariant())) return null;
        int end = k;
        while (end < t.Count && t[end].IsWord && t[end].IsCapitalized && !NounPhrases.IsFunctionWord(t[end].Text)) end++;
        // (without an affiliation the title and name are read together, the title describing the person)
        if (end - k is < 2 or > 3 || end >= t.Count || t[end].Text is not "of") return null;
        for (int m = k; m < end; m++)
            if (lexicon.OrganizationHeads.Contains(t[m].Text) || lexicon.Places.Contains(t[m].Text) || lexicon.Titles.Contains(t[m].Text)) return null;
        var name = t.Skip(k).Take(end - k).ToList();
        return new Mention(new TextSpan(name[0].Start, name[^1].End, text[name[0].Start..name[^1].End]), MentionKind.Name, name);
    }

    // "a spokesman for …", "the U.N. refugee coordinator for …": a description whose head, the last lowercase word
    // before its first preposition, is no document's, organization's or place's
    private bool DescribesSomeone(Mention mention)
    {
        string? head = null, title = null;
        foreach (var t in mention.Tokens)
        {
            if (!t.IsWord) continue;
            if (t.Text is "for" or "of" or "to" or "at" or "with" or "in" or "from") break;
            if (!t.IsCapitalized && !NounPhrases.IsFunctionWord(t.Text)) head = t.Text.ToLowerInvariant();
            else if (t.IsCapitalized && head is null && lexicon.Titles.Contains(t.Text)) title = t.Text.ToLowerInvariant();
        }
        // "The Minister for Fisheries, Jo Doe,": a capitalized title of a person before its field is a description too
        head ??= title is not null && IsPersonNoun(title) ? title : null;
        return head is not null && !lexicon.Documents.Contains(head) && !lexicon.OrganizationNouns.Contains(head) && !lexicon.OrganizationHeads.Contains(head)
            && (IsPersonNoun(head) || !head.EndsWith("ed", StringComparison.Ordinal) && !head.EndsWith("ing", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> IndefinitePronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "none", "nothing", "everything", "something",
    };

    // words for a place an article sets beside its name: "Varnas, the capital,"
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase) { "capital", "city", "town", "village", "province", "region", "country", "county", "island" };

    /// <summary>
    /// "A senior official in Varnas, the capital, who …, said": "the capital" only says what the place is; who spoke
    /// is the description of someone before the place ("A senior official in Varnas"), from the sentence's start or
    /// a comma. That description as a mention, or null when the source is no such apposition.
    /// </summary>
    private Mention? DescriptionBeforePlace(Mention mention)
    {
        var t = mention.Tokens;
        if (t.Count is < 2 or > 3 || !t[0].IsWord || t[0].Lower != "the" || !t[^1].IsWord || !PlaceNouns.Contains(t[^1].Text)) return null;
        int i = mention.Span.Start;
        if (i < 2 || i > text.Length || text[i - 1] != ' ' || text[i - 2] != ',') return null;
        // the words before the comma, back to the "A", "An" or "The" that opens the description
        var words = new List<Token>();
        int at = i - 2;
        while (words.Count < 12 && !(words.Count > 0 && words[0].Text is "A" or "An" or "The"))
        {
            while (at > 0 && text[at - 1] == ' ') at--;
            int end = at;
            while (at > 0 && (char.IsLetter(text[at - 1]) || text[at - 1] is '-' or '.' or '\'' or '’')) at--;
            if (at == end) return null;
            words.Insert(0, new Token(at, end, TokenKind.Word, text[at..end], false));
        }
        if (words.Count < 4 || words[0].Text is not ("A" or "An" or "The")) return null;
        // the place's name: the capitalized words before the comma, after "in", "from" or "at"
        int place = words.Count;
        while (place > 0 && words[place - 1].IsCapitalized) place--;
        if (place == words.Count || place < 2 || words[place - 1].Text is not ("in" or "from" or "at")) return null;
        // who spoke: a description before the place, its head a word for a person
        int head = place - 2;
        if (!IsPersonNoun(words[head].Text.ToLowerInvariant()) || words[head].IsCapitalized) return null;
        return new Mention(new TextSpan(words[0].Start, words[^1].End, text[words[0].Start..words[^1].End]), MentionKind.Nominal, words);
    }

    /// <summary>
    /// "the former mayor of Quintela Dorothy Lobo": a run of capitalized words after a title's "of" holds the place and
    /// then the person. Where the name begins: the first later word that is a known given name, or that opens a name
    /// the article writes elsewhere by itself; 0 when the run is no such place and name.
    /// </summary>
    private int PlaceOfOfficeBefore(Mention mention, List<string> words)
    {
        if (words.Count < 3 || !words.TrueForAll(w => char.IsUpper(w[0]) || lexicon.NameParticles.Contains(w))) return 0;
        int start = mention.Span.Start;
        if (start < 4 || start > text.Length || !text.AsSpan(0, start).EndsWith(" of ", StringComparison.Ordinal)) return 0;
        int wordEnd = start - 4, wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (wordEnd <= wordStart || !char.IsLower(text[wordStart]) || !IsPersonNoun(text[wordStart..wordEnd])) return 0;
        for (int k = 1; k <= words.Count - 2; k++)
        {
            if (lexicon.IsGivenName(words[k])) return k;
            var rest = string.Join(' ', words.Skip(k));
            for (int at = text.IndexOf(rest, StringComparison.Ordinal); at >= 0; at = text.IndexOf(rest, at + 1, StringComparison.Ordinal))
                if (at != start + string.Join(' ', words.Take(k)).Length + 1 && (at == 0 || !char.IsLetter(text[at - 1]) && !(at >= 2 && char.IsUpper(PreviousWordStart(at)))))
                    return k;
        }
        return 0;
    }

    /// <summary>
    /// "Bishop of Eastmere Tomas Prell", "Mayor of Ostby Dagny Perl": after a title and its "of", the capitalized words
    /// name the office's place first and the person after it. The number of words to skip from <paramref name="from"/>:
    /// up to a given name, or up to a name the article uses elsewhere, or the one place word (or two joined by "and")
    /// before a two-word name.
    /// </summary>
    private int PlaceAfterTitleOf(List<string> words, int from)
    {
        if (from < 2 || words[from - 1] is not ("of" or "the") || words.Count - from < 3) return 0;
        // ("Minister of Lakes and Rivers Ivo Brannsk": an "and" between the office's first two capitalized words joins two fields)
        int field = words.Count - from >= 5 && words[from + 1] is "and" ? 3 : 1;
        for (int k = from; k < words.Count; k++)
            if (!char.IsUpper(words[k][0]) && !(field == 3 && k == from + 1)) return 0;
        for (int k = from + field; k <= words.Count - 2; k++)
        {
            if (lexicon.IsGivenName(words[k])) return k - from;
            var rest = string.Join(' ', words.Skip(k));
            var whole = string.Join(' ', words.Skip(from));
            for (int at = text.IndexOf(rest, StringComparison.Ordinal); at >= 0; at = text.IndexOf(rest, at + 1, StringComparison.Ordinal))
                if ((at < whole.Length - rest.Length || !text.AsSpan(at - (whole.Length - rest.Length), whole.Length).SequenceEqual(whole)) && (at == 0 || !char.IsLetter(text[at - 1])))
                    return k - from;
        }
        return words.Count - from == field + 2 ? field : 0;
    }

    /// <summary>
    /// "Director General of" + "Public Works Mira Santi Wulan", "Minister of State for" + "Trade Olek Brandt": after a
    /// title that ends in "of" or "for", the words that open the name and are the office's field ("the", "and" between
    /// them) belong to the title. How many, leaving at least one word of the name, that is not a field; 0 for none.
    /// A given name ends the field: "Minister for Health Faith Ora".
    /// </summary>
    private int FieldWordsOpening(string before, List<string> name)
    {
        // ("Minister of State for Foreign" + "Affairs Olek Brandt": the field may have begun in the title already)
        var words = before.Split(' ');
        int end = words.Length;
        while (end > 1 && (lexicon.TitleFields.Contains(words[end - 1]) && char.IsUpper(words[end - 1][0]) || words[end - 1] is "the" or "and")) end--;
        if (words[end - 1] is not ("of" or "for")) return 0;
        int k = 0;
        while (k < name.Count - 1 && (name[k] is "the" or "and" && k > 0 || char.IsUpper(name[k][0]) && !lexicon.IsGivenName(name[k])
               && (lexicon.TitleFields.Contains(name[k]) || lexicon.OrganizationHeads.Contains(name[k]))))
            k++;
        while (k > 0 && name[k - 1] is "the" or "and") k--;
        return k > 0 && char.IsUpper(name[k][0]) && !lexicon.TitleFields.Contains(name[k]) ? k : 0;
    }

    /// <summary>
    /// "Union and Grain Traders Association": a body's head word, "and", then two words or more closed by another head
    /// (the second not opening with a head: "Bank and Trust Company" is one firm's name) are two bodies' names. A plural
    /// head before "and" is a field inside one name: "Securities and Investments Commission".
    /// </summary>
    private bool TwoBodiesJoined(List<string> words)
    {
        int and = words.IndexOf("and");
        return and > 0 && words.Count - and > 2 && IsSingularHead(words[and - 1]) && IsCapitalizedHead(words[^1])
               && !lexicon.OrganizationHeads.Contains(words[and + 1]) && words.Skip(and + 1).All(w => char.IsUpper(w[0]) || w is "of" or "for");
    }

    private bool IsCapitalizedHead(string word) => char.IsUpper(word[0]) && lexicon.OrganizationHeads.Contains(word);

    private bool IsSingularHead(string word) => IsCapitalizedHead(word) && !word.EndsWith('s');

    // "the Farmers' Union and | the Grain Traders Association": the mention follows "and" after a body's head word
    private bool AfterBodyAndWord(Mention mention)
    {
        var before = TextBefore(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length >= 2 && before[^1] is "and" && IsSingularHead(StripPossessive(before[^2]));
    }

    // the words of the sentence's line before the mention, up to twenty characters, without the space that ends them
    private string TextBefore(Mention mention)
    {
        int end = Math.Min(mention.Span.Start, text.Length), start = Math.Max(0, end - 20);
        return " " + text[start..end].TrimEnd();
    }

    // "said A Lan", "told A Lan": a capital "A" right after a lowercase word, before a capitalized word, is no article (an
    // article there is lowercase) but a one-letter given name, as Vietnamese and other names have them
    private bool IsOneLetterGivenName(Mention mention, List<string> words) =>
        words.Count >= 2 && words[0] is "A" && mention.Tokens.Count >= 2 && mention.Tokens[0].Text is "A" && char.IsUpper(words[1][0])
        && !_heading && mention.Span.Start >= 2 && text[mention.Span.Start - 1] == ' ' && char.IsLower(PreviousWordStart(mention.Span.Start));

    // the first letter of the word before the one at <paramref name="at"/>, or a space when there is none
    private char PreviousWordStart(int at)
    {
        int k = at - 1;
        while (k > 0 && text[k] == ' ') k--;
        while (k > 0 && char.IsLetter(text[k - 1])) k--;
        return k >= 0 && k < at && char.IsLetter(text[k]) ? text[k] : ' ';
    }

    // ", and the mayor": the comma goes on with a list, not back to the sentence
    private bool FollowsList(int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        return text.AsSpan(at).StartsWith("and ", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("or ", StringComparison.Ordinal);
    }

    /// <summary>The speaker a frame's source names; <paramref name="content"/> is what the frame reports.</summary>
    /// <param name="cue">the frame's cue as written ("said in a written statement"): a document it names is the speaker's</param>
    public Speaker? Resolve(Mention mention, IReadOnlyList<TextSpan> content, string? cue = null)
    {
        // "Nobody wants …", "Everyone agreed": an indefinite pronoun names no one
        if (mention.Tokens.Count == 1 && IndefinitePronouns.Contains(mention.Tokens[0].Text)) return null;
        // "The parents of Ana Oduya said": her relatives speak, a group the article leaves unnamed, never she herself
        if (mention.Kind != MentionKind.Pronoun && KinOfNamed(mention) is { } kin) return Spoke(UnnamedGroup(kin.ToLowerInvariant()), mention, cue, null);
        // "Fourteen states sued …", "Dozens protested": a number that opens the sentence is capitalized, never a name
        if (mention.Kind == MentionKind.Name && mention.Tokens.Count == 1 && SentenceFrames.IsCardinal(mention.Tokens[0].Text)) return null;
        // "The mayor and her deputy, Piet Sorensen, said": two parties speak together, before any apposition picks one
        if (mention.Kind != MentionKind.Pronoun && IsJoinedParties(mention)) return null;
        // ("Ossi Tarvanen and Labour Minister Ilse Marveld said": two people, before the title picks the second one out)
        if (IsTwoPeople(mention)) return null;
        // "A spokesman for the Harbor Guild, Omar Tessaly, told …": the description's speaker is the person it sets apart
        Mention? describedBy = null;
        if (mention.Kind != MentionKind.Pronoun && NameInApposition(mention) is { } apposed) (describedBy, mention) = (mention, apposed);
        else if (mention.Kind != MentionKind.Pronoun && (NameAfterLongTitle(mention) ?? DescriptionBeforePlace(mention) ?? NameAfterLowercaseTitle(mention)) is { } named) mention = named;
        // "Mr. Vedder and Ms. Tapley say": two people speak together; naming either alone would be wrong
        if (IsTwoPeople(mention)) return null;
        // "the Farmers' Union and (the) Grain Traders Association said": so do two bodies
        if (mention.Kind != MentionKind.Pronoun && (AfterBodyAndWord(mention) || TwoBodiesJoined(mention.Tokens.Where(t => t.IsWord).Select(t => StripPossessive(t.Text)).ToList())))
            return null;
        // "Banks that had insured the mine's bonds agreed …": the object of a relative clause is not who agreed
        if (mention.Kind != MentionKind.Pronoun && IsRelativeClauseObject(mention.Span.Start)) return null;
        var entity = mention.Kind switch
        {
            MentionKind.Pronoun => WriterOf(mention.Text.ToLowerInvariant(), mention.Span.Start, cue)
                ?? ResolvePronoun(NounPhrases.Uncontracted(mention.Text).ToLowerInvariant(), mention.Span.Start, content),
            MentionKind.Nominal => ResolveNominal(mention),
            _ when IndefiniteSource(mention) is { } indefinite => indefinite.Length == 0 ? null : UnnamedGroup(indefinite),
            _ when IsQuantifiedGroup(mention) || IsPartitiveGroup(mention) => ResolveNominal(mention),
            _ when IsCapitalizedDocument(mention) || IsDocumentDescription(mention) => ResolveNominal(mention),
            _ when SpeaksForSomeone(mention) => ResolveNominal(mention),
            _ when IsBranchForPlace(mention) => ResolveNominal(mention),
            // "Lawmaker urges …": a headline in sentence case capitalizes its first word, a description without its article
            _ when (_titleCaseHeading || _heading && mention.Tokens.Count(t => t.IsWord) == 1) && HeadlineDescription(mention) is { } description
                => ResolveHeadlineDescription(description, out _),
            _ when DemonymBeforeCommonNoun(mention) => ResolveNominal(new Mention(mention.Span, MentionKind.Nominal, mention.Tokens)),
            _ when Demonym(mention) is { } demonym => PersonOfNationality(demonym, mention.Span.Start),
            _ when DescribedDemonym(mention) is { } described => DescribedPersonOfNationality(mention, described),
            _ => NameEntity(mention, create: true, out bool ambiguous) ?? (ambiguous ? null : ResolveNominal(mention)),
        };
        return Spoke(entity, mention, cue, describedBy);
    }

    // the speaker a source resolved to, remembered as the one who just spoke; null for an unresolved one
    private Speaker? Spoke(Entity? entity, Mention mention, string? cue, Mention? describedBy)
    {
        if (entity is null)
        {
            if (mention.Kind == MentionKind.Pronoun) _unresolved.Add((mention.Span.Start, _paragraph, _sentence, GenderOfPronoun(mention.Text.ToLowerInvariant())));
            return null;
        }
        if (mention.Kind != MentionKind.Pronoun && _excerptAuthors.TryGetValue(entity, out int excerpt) && excerpt < _paragraph) _excerptAuthors.Remove(entity);
        if (mention.Kind == MentionKind.Name && OfficeNamedNext(entity, mention) is { } office) office.NamedAs = entity;
        // the description the name was set beside is their role: "the regional director" finds them later
        if (describedBy is not null && entity is { Type: SpeakerType.Person, Unnamed: false }) Describe(mention, describedBy.Tokens);
        _recent.Add((entity, mention.Span.Start, _paragraph, _sentence, Salience.Speaker));
        entity.Statements++;
        if (cue is not null) RememberDocuments(cue, entity);
        if (!entity.Unnamed) RememberFrontedDocument(mention, entity);
        if (!entity.Unnamed && DocumentMadeBy(mention) is { } made) Issued(made, entity);
        var speaker = entity.ToSpeaker();
        _handedOut[speaker] = entity;
        return speaker;
    }

    /// <summary>
    /// "The families of Tomas Reyna and Ana Oduya", "relatives of Ana Oduya": a word for a person's relatives (after an
    /// article at most), "of", then only names joined by commas or "and" — the relatives; the word, or null.
    /// </summary>
    private string? KinOfNamed(Mention mention)
    {
        var t = mention.Tokens;
        int k = t.Count > 0 && t[0].IsWord && NounPhrases.Determiners.Contains(t[0].Text) ? 1 : 0;
        if (k + 2 >= t.Count || !t[k].IsWord || t[k + 1].Text is not "of" || !lexicon.IsKinWord(t[k].Text)) return null;
        for (int m = k + 2; m < t.Count; m++)
            if (!t[m].IsCapitalized && !t[m].Is(',') && t[m].Text is not "and") return null;
        return t[k].Text;
    }

    /// <summary>
    /// "the port agency's regional office for Scandinavia", "the charity's branch for the Fens": a lowercase word
    /// for a body or a part of one, then "for" and capitalized words to the end, is that part of the body, described;
    /// the place after "for" is the field it covers, never the one who speaks.
    /// </summary>
    private bool IsBranchForPlace(Mention mention)
    {
        var t = mention.Tokens;
        for (int k = 1; k + 2 < t.Count; k++)
        {
            if (!t[k].IsWord || t[k].IsCapitalized || t[k + 1].Text is not "for") continue;
            if (!lexicon.OrganizationHeads.Contains(t[k].Text) && !BodyParts.Contains(t[k].Text)) continue;
            return t.Skip(k + 2).All(w => w.IsWord && (w.IsCapitalized || w.Text is "the"));
        }
        return false;
    }

    // the parts a body speaks through, besides the words for bodies themselves ("office", "bureau", "division")
    private static readonly HashSet<string> BodyParts = new(StringComparer.Ordinal) { "branch", "arm", "wing", "unit", "chapter", "desk", "affiliate", "subsidiary" };

    // the endings that make a word for a country's or a region's people from its name ("Egyptian", "Texan", "Swede", "Chinese")
    private static readonly string[] DemonymEndings = ["ian", "ese", "an", "n", "e", "i"];

    /// <summary>
    /// "the Swede", "the Egyptian", "the Norwegian": "the" and one capitalized word made of the name of a place the
    /// lexicon knows (four letters or more of it, all but its last three at most) and an ending for its people — a person of that place, never an
    /// organization. The word, or null.
    /// </summary>
    private string? Demonym(Mention mention)
    {
        if (mention.Tokens.Count != 2 || !mention.Tokens[0].IsWord || !mention.Tokens[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        return mention.Tokens[1].IsWord && IsDemonym(mention.Tokens[1].Text) ? mention.Tokens[1].Text : null;
    }

    /// <summary>
    /// "the 31-year-old Nigerian", "the veteran Norwegian": "the", lowercase words or an age, and a word for a country's
    /// people at the end — a description of a person, never a person called "Nigerian". The demonym, or null.
    /// </summary>
    private string? DescribedDemonym(Mention mention)
    {
        var tokens = mention.Tokens;
        if (tokens.Count < 3 || !tokens[0].IsWord || !tokens[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || !tokens[^1].IsWord) return null;
        for (int k = 1; k < tokens.Count - 1; k++)
            if (!tokens[k].IsWord || !char.IsLower(tokens[k].Text[0]) && !char.IsDigit(tokens[k].Text[0])) return null;
        return IsDemonym(tokens[^1].Text) ? tokens[^1].Text : null;
    }

    // "the 31-year-old Nigerian told …": whom the description without its demonym finds ("the 31-year-old", the
    // person just quoted), else a person of that place as "the Nigerian" would be (see PersonOfNationality)
    private Entity DescribedPersonOfNationality(Mention mention, string demonym) =>
        ResolveNominal(new Mention(mention.Span, MentionKind.Nominal, mention.Tokens.Take(mention.Tokens.Count - 1).ToList())) is { Type: SpeakerType.Person, Unnamed: false } person
            ? person
            : PersonOfNationality(demonym, mention.Span.Start);

    // whether the article wrote the word before a capitalized word that is no part of the person's name
    private bool NationalityOfAnother(string demonym, Entity person, int position)
    {
        var names = person.Name.Split(' ');
        int at = text.IndexOf(demonym + " ", StringComparison.Ordinal);
        for (; at >= 0 && at < position; at = text.IndexOf(demonym + " ", at + 1, StringComparison.Ordinal))
        {
            int next = at + demonym.Length + 1, end = next;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end > next && char.IsUpper(text[next]) && !names.Contains(text[next..end], StringComparer.Ordinal)) return true;
        }
        return false;
    }

    // whether the person's role or a description of them holds the word itself ("Kenyan runner") or "from" a place the
    // word is made of ("a veteran from Kenya"), or the article wrote the word before their name ("the Brazilian Anderson Machado")
    private bool OfNationality(Entity person, string demonym)
    {
        if (text.Contains(demonym + " " + person.Name, StringComparison.Ordinal)) return true;
        var described = new List<string[]>(person.Descriptions ?? []);
        if (person.Role is not null) described.Add(person.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var words in described)
            for (int k = 0; k < words.Length; k++)
                if (words[k].Equals(demonym, StringComparison.OrdinalIgnoreCase)
                    || k > 0 && words[k - 1].Equals("from", StringComparison.OrdinalIgnoreCase) && IsDemonymOf(demonym, words[k])) return true;
        return false;
    }

    // "Norwegian" and "Norway", "Kenyan" and "Kenya": all of the place's name but its last three letters at most, then more
    private static bool IsDemonymOf(string demonym, string place)
    {
        int common = 0;
        while (common < place.Length && common < demonym.Length && char.ToLowerInvariant(place[common]) == char.ToLowerInvariant(demonym[common])) common++;
        return common >= 4 && common >= place.Length - 3 && common < demonym.Length;
    }

    /// <summary>
    /// "A Danish maritime inquiry has found …", "a Greek official said", "Danish inquiry finds" (a headline): a word for
    /// a country's people, then only lowercase words, describes a body or a person of that country; it names neither,
    /// and is no speaker called "Danish".
    /// </summary>
    private bool DemonymBeforeCommonNoun(Mention mention)
    {
        var words = mention.Tokens.Where(t => t.IsWord).ToList();
        int first = words.Count > 0 && words[0].Text.ToLowerInvariant() is "a" or "an" or "the" ? 1 : 0;
        return words.Count >= first + 2 && IsDemonym(words[first].Text)
            && words.Skip(first + 1).All(t => char.IsLower(t.Text[0]) && !NounPhrases.IsFunctionWord(t.Text));
    }

    // (see NameEntity) capitalized words after the demonym, none of them a given name, title, place or another demonym:
    // one word no person of the article bears, or several with a word for a business or its trade among them
    private bool DemonymOpensBody(List<string> words)
    {
        // (nor a surname the article wrote after a given name in passing: "Jomo Tarrik won …. Kenyan Tarrik said")
        if (words.Count < 2 || PeopleNamed(words[^1]).Count > 0 || _passingGivenNames.ContainsKey(words[^1])) return false;
        for (int k = 1; k < words.Count; k++)
            if (!char.IsUpper(words[k][0]) || lexicon.IsGivenName(words[k]) || lexicon.Titles.Contains(words[k]) || lexicon.TitleModifiers.Contains(words[k])
                || lexicon.Places.Contains(words[k]) || IsDemonym(words[k]) || IsCourtesyTitle(words[k])) return false;
        // (with one word after it, only a word plainly of a people: "Cameron Vellick" opens like Cameroon and is a person)
        return words.Count == 2 && (IrregularDemonyms.Contains(words[0]) || PlainDemonymEndings.Any(e => words[0].EndsWith(e, StringComparison.Ordinal)))
            || words.Skip(1).Any(IsBusinessWord);
    }

    private static readonly string[] PlainDemonymEndings = ["ian", "ean", "ese", "ish", "an"];

    private bool IsBusinessWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return lexicon.OrganizationHeads.Contains(word) || lexicon.OrganizationEndings.Contains(word) || lexicon.OrganizationOpenings.Contains(word)
            || IsOrganizationNoun(lower) || lexicon.Trades.Contains(lower) || lexicon.TradeObjects.Contains(lower);
    }

    // the words for a country's people that its name does not open ("Danish" for Denmark, "Dutch", "Swiss")
    private static readonly HashSet<string> IrregularDemonyms = new(StringComparer.Ordinal)
    {
        "Danish", "Dutch", "French", "Swiss", "Thai", "Welsh", "Irish", "Scottish", "British", "Spanish", "Polish", "Swedish",
        "Finnish", "Turkish", "Greek", "Czech", "Slovak", "Flemish", "Basque", "Kurdish", "Icelandic", "Cypriot", "Filipino",
        "Emirati", "Saudi", "Maltese", "Peruvian", "Malagasy",
    };

    // "Norwegian", "Egyptian": a capitalized word made of a known place's name and an ending for its people
    private bool IsDemonym(string word)
    {
        if (IrregularDemonyms.Contains(word)) return true;
        // ("Jordi", "Austin", "George": a given name that happens to open like a place's name is no demonym)
        if (lexicon.IsGivenName(word)) return false;
        if (word.Length < 5 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || lexicon.Places.Contains(word)
            || lexicon.OrganizationHeads.Contains(word) || lexicon.Titles.Contains(word)) return false;
        var lower = word.ToLowerInvariant();
        if (!Array.Exists(DemonymEndings, e => lower.EndsWith(e, StringComparison.Ordinal))) return false;
        // ("Norwegian" and "Norway", "German" and "Germany": all of the place's name but its last three letters at most)
        foreach (var place in lexicon.Places)
            if (IsDemonymOf(lower, place)) return true;
        return false;
    }

    /// <summary>
    /// "Karin Dole spoke at the forum. The Swede said …": the one named person the article has met so far, named
    /// just before; with several (nothing here tells their nationalities apart), a person of that place left unnamed.
    /// </summary>
    private Entity PersonOfNationality(string demonym, int position)
    {
        var people = _entities.FindAll(e => e.Type == SpeakerType.Person && !e.Unnamed);
        // (only while they are in view: named in this paragraph or the one before)
        // (not when the article set the word before another name: "The Brazilian Anderson Machado finished third" is
        // who "the Brazilian" is, though only "Peter Okello" was taken for a person)
        if (people.Count == 1 && _recent.Exists(r => r.Entity == people[0] && _paragraph - r.Paragraph <= 1) && !NationalityOfAnother(demonym, people[0], position)) return people[0];
        // "Lena Varga, a veteran runner from Hungary, said … ¶ “…,” the Hungarian said": the one person the article
        // described as from that place (or by that word), while in view; never an unnamed "Hungarian" beside her
        var ofPlace = people.FindAll(p => OfNationality(p, demonym));
        if (ofPlace.Count == 1 && _recent.Exists(r => r.Entity == ofPlace[0] && _paragraph - r.Paragraph <= 1)) return ofPlace[0];
        var name = demonym + " (unnamed)";
        if (_entities.Find(e => e.Unnamed && e.Name == name) is { } met) return met;
        var entity = new Entity { Name = name, Type = SpeakerType.Person, Unnamed = true, Head = demonym.ToLowerInvariant() };
        _entities.Add(entity);
        return entity;
    }

    // the last speaker whose cue named each kind of document ("said in a statement"), with the paragraph
    private readonly Dictionary<string, (Entity Entity, int Paragraph)> _documentsIssued = new(StringComparer.OrdinalIgnoreCase);

    private void RememberDocuments(string cue, Entity entity)
    {
        foreach (var word in cue.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries))
            if (lexicon.Documents.Contains(word)) _documentsIssued[word] = (entity, _paragraph);
    }

    /// <summary>
    /// "In a note mailed to parents on Thursday, the district said …", then "…, the note said": a writing named in
    /// the phrase that opens the speaker's sentence is theirs, as if their cue had named it.
    /// </summary>
    private void RememberFrontedDocument(Mention mention, Entity entity)
    {
        int start = Math.Min(mention.Span.Start, text.Length);
        int from = text.LastIndexOfAny(['.', '!', '?', '\n', '"', '“', '”'], Math.Max(0, start - 1));
        var opening = text[(from + 1)..start];
        var m = FrontedDocument.Match(opening);
        if (!m.Success) return;
        // the writing is among the phrase's first three words: "In a joint statement", "In a letter sent to …"
        if (m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).FirstOrDefault(lexicon.Documents.Contains) is { } document)
            Issued(document, entity);
    }

    private static readonly Regex FrontedDocument = new(@"^\s*(?:In|Through) (?:a|an|its|their|his|her) (?<words>[^,]+),\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// "… he wrote a letter to the editor …", then "“…,” the letter began": the one the article says wrote, sent or
    /// signed a writing (a "he" or "she", or a name it knows) is who that writing speaks for, as if their cue had named it.
    /// </summary>
    public void ObserveAuthor(Mention subject, string document)
    {
        // ("a letter from him": the object form stands for the same person)
        var pronoun = subject.Text.ToLowerInvariant() switch { "him" => "he", "her" => "she", var p => p };
        var entity = subject.Kind == MentionKind.Pronoun ? ResolvePronoun(pronoun, subject.Span.Start, []) : NameEntity(subject, create: false);
        if (entity is null || entity.Unnamed) return;
        _documentsIssued[document] = (entity, _paragraph);
        _lastWriter = (entity, _paragraph);
    }

    // the last person the article said wrote, sent or signed a writing, with the paragraph
    private (Entity Entity, int Paragraph)? _lastWriter;

    /// <summary>
    /// "… read aloud a letter from Jo Doe. ¶ “…,” she wrote.": a "he" or "she" whose cue is writing stands for the
    /// writer of the letter the article brought in this paragraph or the one before, not for the last person who spoke
    /// aloud. Null when no such writer of that gender is near.
    /// </summary>
    private Entity? WriterOf(string pronoun, int position, string? cue)
    {
        if (cue is null || pronoun is not ("he" or "she") || _lastWriter is not var (writer, paragraph) || _paragraph - paragraph > 1) return null;
        var verb = cue.Split(' ', 2)[0].ToLowerInvariant();
        if (verb is not ("wrote" or "writes" or "write")) return null;
        if (!_recent.Exists(r => r.Entity == writer && r.Position < position)) return null;
        return Fits(writer, GenderOfPronoun(pronoun)) == Fit.Yes ? writer : null;
    }

    /// <summary>
    /// "Arkwright said in a statement that … The line has refunded every rider, the statement said.": the
    /// document a speaker's cue named just before (this paragraph or the one before) speaks for that speaker.
    /// </summary>
    /// <summary>
    /// "A 2021 report by the Harbor Trust found …", "a poll of 900 adults by Tallis Research found": the writing a
    /// speaker is the agent of, named within a few words before its "by" in the same clause; then "…, the report said"
    /// is that speaker's. Null when no writing is named there.
    /// </summary>
    private string? DocumentMadeBy(Mention mention)
    {
        // (the mention may hold the writing itself: "A 2021 report by the Harbor Trust")
        int start = Math.Max(0, mention.Span.Start - 80);
        var before = text[start..mention.Span.End];
        int by = before.LastIndexOf(" by ", StringComparison.Ordinal);
        if (by < 0 || start + by + 4 < mention.Span.Start - 5) return null;
        var words = before[..by].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        words.Add("by");
        if (words.Count < 2) return null;
        for (int k = words.Count - 2; k >= 0 && words.Count - k <= 7; k--)
        {
            var w = words[k];
            if (w.Length == 0 || !char.IsLetterOrDigit(w[^1]) || char.IsUpper(w[0])) return null;
            if (lexicon.Documents.Contains(w)) return w;
        }
        return null;
    }

    /// <summary>
    /// "An audit commissioned by the board warned …", "the audit said …", then "The 48-page document recommended …": the
    /// word "document" (after lowercase words or a figure, "the 48-page document", "the leaked document") is no writing of
    /// its own but another name for the one writing the article has already quoted, when it quoted exactly one (an
    /// unnamed report, audit or ruling) and no body issued one; none or several: null, as the document may be another.
    /// </summary>
    private Entity? SoleDocumentQuoted(List<string> description)
    {
        if (description.Count > 3 || description.SkipLast(1).Any(w => char.IsUpper(w[0]) || lexicon.Documents.Contains(w.ToLowerInvariant()))) return null;
        if (_entities.Exists(e => e.Unnamed && e.Head == "document")) return null;
        Entity? found = null;
        foreach (var e in _entities)
        {
            // (a plural, "documents show", is a set of writings, none of them the one document)
            if (!e.Unnamed || e.Statements == 0 || e.Head is not { } head || !lexicon.Documents.Contains(head) || IsPluralHead(head)) continue;
            if (found is not null && found != e) return null;
            found = e;
        }
        // (a writing a body issued counts as a second one, unless the article calls it by the quoted one's word: "the
        // report, prepared by the institute" is the report quoted; "documents obtained by a paper show" are a set)
        return found is not null && _documentsIssued.Keys.Any(k => !IsPluralHead(k) && !k.Equals(found.Head, StringComparison.OrdinalIgnoreCase)) ? null : found;
    }

    // the issuer a document's own phrase gave ("a 2021 report by the Harbor Trust"), remembered as a cue's would be
    private Entity Issued(string document, Entity issuer)
    {
        _documentsIssued[document] = (issuer, _paragraph);
        return issuer;
    }

    private Entity? IssuedJustBefore(string document) =>
        _documentsIssued.TryGetValue(document, out var issued) && _paragraph - issued.Paragraph <= 1 ? issued.Entity : null;

    /// <summary>
    /// The speaker <paramref name="speaker"/> turned out to be: the named person, when the article named the unnamed
    /// source after quoting it; otherwise the speaker itself.
    /// </summary>
    public Speaker? Named(Speaker? speaker)
    {
        if (speaker is null || !_handedOut.TryGetValue(speaker, out var entity)) return speaker;
        // a name the article went on to call "the website" or "the company" is an organization in every quote, and an
        // organization goes by the fullest name the article gave it ("Ostrand's campaign", then "Maria Ostrand's
        // campaign") in every quote
        if (entity.NamedAs is null)
            return entity.Type == speaker.Type && (entity.Type != SpeakerType.Organization || entity.Name == speaker.Name) ? speaker : entity.ToSpeaker();
        for (int hops = 0; entity.NamedAs is { } named && hops < 8; hops++) entity = named;
        return entity.ToSpeaker();
    }

    /// <summary>
    /// "Connecticut's tax commissioner says … ¶ Kevin Sullivan says …": news style states an office, then opens the
    /// next paragraph with the name of its holder. The unnamed office holder who spoke in the paragraph before is
    /// the person named here when the article has not met that person before, gives them no title or description
    /// of their own, mentions no other named person in between, and this name opens its paragraph. Null otherwise.
    /// </summary>
    private Entity? OfficeNamedNext(Entity entity, Mention mention)
    {
        if (entity.Unnamed || entity.Type != SpeakerType.Person || entity.Role is not null || entity.Descriptions is not null || entity.Kin is not null
            || _describedAhead.ContainsKey(entity) || _sentence != _paragraphOpening || !OpensSentence(mention) || DescribedRightAfter(mention)) return null;
        // the last person the article spoke of as a source or subject, before this name
        int at = _recent.FindLastIndex(r => r.Entity.Type == SpeakerType.Person && r.Salience >= Salience.Subject);
        if (at < 0) return null;
        var (office, position, paragraph, sentence, salience) = _recent[at];
        // a person the article met before the office spoke is someone else
        var surname = entity.Name.Split(' ')[^1];
        if (position > text.Length || text.AsSpan(0, position).Contains(surname, StringComparison.Ordinal)) return null;
        // the office spoke in the paragraph before
        if (!office.Unnamed || !office.Office || office.NamedAs is not null || salience != Salience.Speaker || paragraph != _paragraph - 1) return null;
        if (office.Gender is Gender.Male or Gender.Female && entity.Gender is Gender.Male or Gender.Female && office.Gender != entity.Gender) return null;
        // nobody else named since, but for people its own statement mentions ("… Donald Trump's tax filings")
        for (int k = at + 1; k < _recent.Count; k++)
            if (_recent[k].Entity is { Type: SpeakerType.Person } other && other != office && !(_recent[k].Sentence == sentence && _recent[k].Salience == Salience.Mentioned)) return null;
        return office;
    }

    // "Dana Roe, a harbor pilot, says", "Dana Roe (D) says": what follows the name describes the person it names
    private bool DescribedRightAfter(Mention mention)
    {
        int i = mention.Span.End;
        while (i < text.Length && text[i] is ' ') i++;
        return i < text.Length && text[i] is ',' or '(' or '—' or '–';
    }

    /// <summary>
    /// "The Republican vice presidential nominee toured a ferry dock": a sentence of narration opening with a
    /// definite description of a person is about the one named person that description finds (a title or apposition
    /// the article gives them, or the person the sentence before is about), so a later pronoun or description finds
    /// them there. A description that finds nobody named adds nothing.
    /// </summary>
    public void ObserveTitle(Mention mention)
    {
        var description = mention.Tokens.Where(t => t.IsWord).Select(t => t.Text).Skip(1).ToList();
        if (description.Count == 0) return;
        var head = description[^1].ToLowerInvariant();
        if (head.EndsWith('s') || !IsPersonNoun(head) || lexicon.AnonymousHeads.Contains(head)) return;
        var entity = RoleEntity(string.Join(' ', description))
            ?? (lexicon.Titles.Contains(head) && !Introduced(head, mention.Span.Start) ? TitleHolder(head, description) : null)
            ?? TopicPerson(mention, description, head);
        if (entity is { Unnamed: false, Type: SpeakerType.Person }) _recent.Add((entity, mention.Span.Start, _paragraph, _sentence, Salience.Subject));
    }

    /// <summary>
    /// "A woman … “We lost everything,” she said. ¶ … said the woman, Melanie Ortiz.": once the article gives the
    /// name of a person it knew only by a description, the unnamed source that description stands for is that
    /// person, in the quotes already given to it too. Nothing when the description stands for nobody met before, the
    /// name is no person's, or the genders differ.
    /// </summary>
    public void NameDescribed(Mention description, Mention name)
    {
        // ("said the engineer, Associate Professor Lina Barrow of Kellerby University": the person, not where they work)
        name = WithoutAffiliation(name, longest: 6);
        var words = description.Tokens.Where(t => t.IsWord).Select(t => t.Text).Skip(1).ToList();
        if (words.Count == 0 || IsNoPerson(name)) return;
        var head = words[^1].ToLowerInvariant();
        if (lexicon.AnonymousHeads.Contains(head)) return;
        var plain = SolePersonDescribed(words, head);
        var unnamed = _entities.LastOrDefault(e => e.Unnamed && e.Type == SpeakerType.Person && e.Head == head && Compatible(e.Name, words))
            ?? SoleSellerDescribed(head) ?? plain;
        if (unnamed is null || unnamed.NamedAs is not null) return;
        var named = NameEntity(name, create: true, out bool ambiguous);
        if (ambiguous || named is not { Unnamed: false, Type: SpeakerType.Person }) return;
        if (unnamed.Gender is Gender.Male or Gender.Female && named.Gender is Gender.Male or Gender.Female && unnamed.Gender != named.Gender) return;
        if (named.Gender == Gender.Unknown) named.Gender = unnamed.Gender;
        unnamed.NamedAs = named;
        // "the woman" says less of her than "a mother" did: the description she was quoted under stays her role, so
        // that a reader asking for "the mother" still finds her
        if (unnamed == plain && named.Role is null && (named.Apposition is null || PlainPersonWords.Contains(named.Apposition)))
            named.Apposition = unnamed.Name[..^" (unnamed)".Length];
    }

    // the plain words for a person, which say no more than a gender: "the woman" may stand for "a mother who …"
    private static readonly HashSet<string> PlainPersonWords = new(StringComparer.Ordinal) { "woman", "man", "person" };

    /// <summary>
    /// "a mother who had waited by the cot … “…,” she said" then "The woman, Rosalind Okafor, said": a plain word for a
    /// person ("woman", "man", "person"), with nothing else to it, names the one unnamed person of that gender the
    /// article has quoted and not yet named; none or several: null, so that two different people are never merged.
    /// </summary>
    private Entity? SolePersonDescribed(List<string> words, string head)
    {
        if (words.Count != 1 || !PlainPersonWords.Contains(head)) return null;
        var gender = GenderOfHead(lexicon, head);
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (!e.Unnamed || e.Type != SpeakerType.Person || e.NamedAs is not null || e.Head is null || e.Statements == 0 || IsPluralHead(e.Head)) continue;
            if (gender is Gender.Male or Gender.Female && e.Gender is Gender.Male or Gender.Female && e.Gender != gender) continue;
            if (found is not null) return null;
            found = e;
        }
        // only one the article showed to be of that gender: "a consultant who requested anonymity" before "the woman,
        // <Name>" may be a man, and is not merged with her on a guess
        return gender is Gender.Male or Gender.Female && found?.Gender != gender ? null : found;
    }

    // the words for one who sells goods at a stall, a shop or a market: any of them names "a woman selling maize" or "a
    // fabric seller" as well as the others
    private static readonly HashSet<string> Sellers = new(StringComparer.Ordinal)
    {
        "vendor", "seller", "trader", "merchant", "hawker", "stallholder", "shopkeeper", "street-seller",
    };

    /// <summary>
    /// "a woman selling grilled peppers said …" then "the vendor, Lina Moravec, said …": a word for a seller names the one
    /// unnamed person described as selling (by such a word, or by "selling" or "who sells"), not yet named; none or
    /// several: null, so that two different people are never merged.
    /// </summary>
    private Entity? SoleSellerDescribed(string head)
    {
        if (!Sellers.Contains(head)) return null;
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (!e.Unnamed || e.Type != SpeakerType.Person || e.NamedAs is not null || e.Head is null) continue;
            var words = e.Name[..^" (unnamed)".Length].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // the person is the word before "selling" ("a woman selling peppers"; "a man who sells nuts"), not the goods
            int sells = Array.FindIndex(words, w => w is "selling" or "sells");
            var person = sells > 0 && words[sells - 1] is "who" && sells > 1 ? words[sells - 2] : sells > 0 ? words[sells - 1] : e.Head;
            if (!Sellers.Contains(person) && sells < 0 || IsPluralHead(person)) continue;
            if (found is not null) return null;
            found = e;
        }
        return found;
    }

    /// <summary>Is <paramref name="word"/> the surname of a person the article has named so far?</summary>
    public bool IsKnownSurname(string word) => _bySurname.ContainsKey(word);

    /// <summary>
    /// Does <paramref name="word"/> head the description of an unnamed person already quoted ("the force's commandant
    /// said …")? Then the article itself used it as a word for a person, whether or not the lexicon knows it.
    /// </summary>
    public bool IsUnnamedPersonHead(string word) =>
        _entities.Exists(e => e.Unnamed && e.Type == SpeakerType.Person && e.Statements > 0 && string.Equals(e.Head, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>A word for a person that may head a description: "governor", "nominee", "spokeswoman".</summary>
    public bool IsPersonWord(string word) => IsPersonNoun(word.ToLowerInvariant());

    // "a spokeswoman for Lena Ortiz", "an aide to Mayor Ruiz": someone speaking for a named person is not that person
    private bool SpeaksForSomeone(Mention mention)
    {
        var t = mention.Tokens;
        for (int k = 0; k + 2 < t.Count; k++)
            if (t[k].IsWord && !t[k].IsCapitalized && (lexicon.PersonHeads.Contains(t[k].Text) || lexicon.Titles.Contains(t[k].Text))
                && t[k + 1].Text is "for" or "to" && (t[k + 2].IsWord && t[k + 2].IsCapitalized
                    // ("a spokesman for the Selvan Rovers": "the" before the name it speaks for)
                    || t[k + 2].Text is "the" && k + 3 < t.Count && t[k + 3].IsWord && t[k + 3].IsCapitalized)) return true;
        return false;
    }

    // indefinite pronouns: "Others urged …" is some unnamed people, "Nobody wants …" no one at all — never a person so named
    private static readonly HashSet<string> IndefiniteGroups = new(StringComparer.OrdinalIgnoreCase) { "others", "many", "some", "several", "few", "most", "both", "all" };
    private static readonly HashSet<string> NoOne = new(StringComparer.OrdinalIgnoreCase) { "nobody", "none", "everybody", "everyone", "somebody", "someone", "anybody", "anyone" };

    /// <summary>
    /// A source that is one indefinite pronoun: the group it stands for ("others"), "" when it stands for no one the
    /// article could name ("Nobody", "Everyone"), or null when the source is something else.
    /// </summary>
    private static string? IndefiniteSource(Mention mention)
    {
        if (mention.Kind != MentionKind.Name) return null;
        string? word = null;
        foreach (var t in mention.Tokens)
        {
            if (!t.IsWord) continue;
            if (word is not null) return null;
            word = t.Text;
        }
        return word is null ? null : IndefiniteGroups.Contains(word) ? word.ToLowerInvariant() : NoOne.Contains(word) ? "" : null;
    }

    private Entity UnnamedGroup(string word)
    {
        var name = word + " (unnamed)";
        var entity = _entities.LastOrDefault(e => e.Unnamed && e.Name == name);
        if (entity is null) _entities.Add(entity = new Entity { Name = name, Type = SpeakerType.Person, Unnamed = true, Head = word });
        return entity;
    }

    // "some Democrats", "many Republicans": a capitalized plural after a quantifier is a group of people, no surname
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase) { "some", "many", "most", "several", "other", "few", "both" };

    private static bool IsQuantifiedGroup(Mention mention)
    {
        // it runs on every named source: the two words are found without copying the mention's tokens
        string? first = null, head = null;
        foreach (var t in mention.Tokens)
        {
            if (!t.IsWord) continue;
            if (first is null) first = t.Text;
            else if (head is null) head = t.Text;
            else return false;
        }
        if (head is null || !Quantifiers.Contains(first!)) return false;
        return head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal) && !head.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>
    /// "a chorus of prominent Republicans", "a group of Democrats": a lowercase collective noun, "of" and a capitalized
    /// plural are people speaking together, not a person called "Republicans" ("he" and "his" never stand for them).
    /// </summary>
    private static bool IsPartitiveGroup(Mention mention)
    {
        var t = mention.Tokens;
        int of = -1, last = -1;
        for (int k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord) continue;
            if (of < 0 && t[k].Text == "of") of = k;
            last = k;
        }
        if (of < 1 || last - of < 1 || last - of > 3) return false;
        for (int k = 0; k < of; k++) if (t[k].IsCapitalized && k > 0) return false; // "the Department of Veterans Affairs"
        for (int k = of + 1; k < last; k++) if (t[k].IsCapitalized) return false;      // "a group of North Carolina Democrats" stays a name's
        var head = t[last].Text;
        if (!t[last].IsCapitalized || head.Length <= 3 || !head.EndsWith('s') || head.EndsWith("ss", StringComparison.Ordinal)
            || head.EndsWith("'s", StringComparison.Ordinal) || head.EndsWith("’s", StringComparison.Ordinal)) return false;
        // the word before "of" must be a lowercase noun: "A chorus of", not "President of"
        return !t[of - 1].IsCapitalized;
    }

    /// <summary>
    /// Whether the source at <paramref name="start"/> is the object of a relative clause: "companies that had insured
    /// the mine's obligations agreed", "the lawyer who represents the city said" — "that", "who" or "which" after a
    /// word that is not a cue ("said that …" opens a reported clause), then one to three lowercase words ending in a
    /// verb. The subject before the pronoun spoke, so the phrase after the verb is no speaker.
    /// </summary>
    private bool IsRelativeClauseObject(int start)
    {
        int i = Math.Min(start, text.Length);
        var words = new List<string>(5);
        while (words.Count < 5)
        {
            while (i > 0 && text[i - 1] is ' ') i--;
            int end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’')) i--;
            if (i == end) break; // punctuation ends the clause
            words.Add(text[i..end]);
            if (words[^1] is "that" or "who" or "which") break;
        }
        if (words.Count < 2 || words[^1] is not ("that" or "who" or "which")) return false;
        var verb = words[0];
        if (words.Count > 4 || !words.Take(words.Count - 1).All(w => char.IsLower(w[0]))) return false;
        if (!(verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("es", StringComparison.Ordinal) || verb.EndsWith("ts", StringComparison.Ordinal)
            || verb.EndsWith("ns", StringComparison.Ordinal) || verb is "had" or "has" or "have" or "own" or "run" or "runs" or "led" or "leads")) return false;
        // the word before the pronoun
        while (i > 0 && text[i - 1] is ' ') i--;
        int e2 = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        if (i == e2) return false;
        var before = text[i..e2];
        return !lexicon.CueVerbs.Contains(before) && !lexicon.CueParticiples.Contains(before) && !NounPhrases.IsFunctionWord(before) && !lexicon.StanceCues.Contains(before);
    }

    /// <summary>
    /// "Retired Colonel Warns …": a title-case headline capitalizes common words too, so a run of them ending in a
    /// word for a person ("General", "Aide") is a description, not a name. Its words in lowercase, or null when a
    /// word may be part of a name: a given name, a surname the article knows, a place, an organization, an initial.
    /// </summary>
    private List<string>? HeadlineDescription(Mention mention)
    {
        var words = new List<string>(mention.Tokens.Count);
        foreach (var t in mention.Tokens) if (t.IsWord) words.Add(t.Text);
        if (words.Count > 0 && NounPhrases.Determiners.Contains(words[0])) words.RemoveAt(0);
        if (words.Count == 0 || !IsPersonNoun(words[^1].ToLowerInvariant())) return null;
        // "Former City Hall Doctor": a place or an organization before the word for the person only qualifies it
        for (int k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w != StripPossessive(w) || w.Contains('.') || w.All(char.IsUpper) || lexicon.IsGivenName(w) || _bySurname.ContainsKey(w)
                || k == words.Count - 1 && (lexicon.Places.Contains(w) || lexicon.OrganizationHeads.Contains(w))) return null;
        }
        return words.ConvertAll(w => w.ToLowerInvariant());
    }

    /// <summary>
    /// A headline drops its articles: "Retired Colonel Warns …" is "a retired colonel", whom the article names
    /// further down. The one person the article gives every word of that description is meant; when nobody has it,
    /// the description stays an unnamed source; when several do, it is left unresolved.
    /// </summary>
    private Entity? ResolveHeadlineDescription(List<string> description, out bool ambiguous)
    {
        var joined = string.Join(' ', description);
        if (RoleEntity(joined, out ambiguous) is { } named) return named;
        if (ambiguous) return null;
        var head = description[^1];
        // "Former City Hall Doctor Says" about "Dr. Jo Doe": the one person the article gives the description's head
        if (description.Count > 1 && lexicon.Titles.Contains(head) && RoleEntity(head, out ambiguous) is { } holder) return holder;
        if (ambiguous) return null;
        var entity = _entities.LastOrDefault(e => e.Unnamed && e.Name == joined + " (unnamed)");
        if (entity is not null) return entity;
        entity = new Entity { Name = joined + " (unnamed)", Type = SpeakerType.Person, Unnamed = true, Head = head, Gender = GenderOf(joined) };
        _entities.Add(entity);
        return entity;
    }

    /// <summary>A word for a person, not for what qualifies one ("president", "aide", "businessman"; not "vice", "press").</summary>
    private bool IsPersonNoun(string word)
    {
        if (lexicon.TitleModifiers.Contains(word) || lexicon.OrganizationHeads.Contains(word) || lexicon.Places.Contains(word)) return false;
        return lexicon.PersonHeads.Contains(word) || lexicon.Titles.Contains(word)
            || word.Length > 5 && (word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal)) || IsProfessionNoun(word)
            || CompoundPersonNoun(word);
    }

    // "schoolteacher", "shipbuilder", "taxidriver": a lowercase word closed by a word for a person of four letters or more,
    // after three letters or more of its own
    private bool CompoundPersonNoun(string word)
    {
        if (word.Length < 8 || !word.All(char.IsLower)) return false;
        for (int k = 3; k <= word.Length - 5; k++)
            if (lexicon.PersonHeads.Contains(word[k..])) return true;
        return false;
    }

    // "epidemiologist", "hydrologist", "historian", "statistician": the endings of words for people by their
    // profession (long enough to pass "assist", "playlist" and "median" by)
    private static bool IsProfessionNoun(string word) =>
        word.Length >= 8 && word.All(char.IsLower) && (word.EndsWith("ist", StringComparison.Ordinal) && !word.EndsWith("list", StringComparison.Ordinal)
            || word.EndsWith("ian", StringComparison.Ordinal) && word is not "meridian");

    // "Video of the crash shows": a document noun capitalized only because it opens the sentence is no name
    private bool IsCapitalizedDocument(Mention mention)
    {
        string? first = null;
        foreach (var t in mention.Tokens)
        {
            if (!t.IsWord) continue;
            if (first is not null) return !char.IsUpper(t.Text[0]);
            first = t.Text;
            if (!lexicon.Documents.Contains(first) || lexicon.IsGivenName(first)) return false;
        }
        return first is not null;
    }

    // "A poll of 900 Oregonians published by …", "a survey by the Harbor Institute": a document before its
    // complement, whatever names the complement holds, is what speaks
    private bool IsDocumentDescription(Mention mention)
    {
        var t = mention.Tokens;
        if (t.Count < 4 || !t[0].IsWord || t[0].Lower is not ("a" or "an" or "the")) return false;
        for (int k = 1; k < t.Count - 1 && k <= 3; k++)
        {
            if (!t[k].IsWord || t[k].IsCapitalized) return false;
            if (lexicon.Documents.Contains(t[k].Text)) return t[k + 1].IsWord && t[k + 1].Text is "of" or "by" or "from";
        }
        return false;
    }

    private bool IsTwoPeople(Mention mention)
    {
        if (mention.Kind != MentionKind.Name) return false;
        // ("the Department of Mines and Labour": a field after "and" in a body's name, as "Labour Minister" has one)
        if (mention.Tokens.Any(t => t.Text is "and") && ConnectedOrganizationName(mention.Tokens.Where(t => t.IsWord && !NounPhrases.Determiners.Contains(t.Text)).Select(t => StripPossessive(t.Text)).ToList()) is { } body
            && body[^1] == StripPossessive(mention.Tokens[^1].Text)) return false;
        for (int i = 1; i + 1 < mention.Tokens.Count; i++)
        {
            if (mention.Tokens[i].Text is not "and" || !mention.Tokens[i - 1].IsCapitalized) continue;
            // "President Tomas Ruiz … the President and First Lady Ines Vell": a title someone the article named holds,
            // alone before the "and", is that person speaking with the one named after, whatever the second title
            if (HeldTitleBefore(mention, i)) return true;
            if (TitlesOnlyBefore(mention, i)) continue;
            var next = mention.Tokens[i + 1].Text;
            if (lexicon.Titles.Contains(next) || lexicon.Titles.Contains(next.TrimEnd('.')) || lexicon.IsGivenName(next)) return true;
            // "according to Lin and Sorensen": two surnames of people the article named are two people, never one merged name
            var previous = StripPossessive(mention.Tokens[i - 1].Text);
            if (i + 2 == mention.Tokens.Count && _bySurname.ContainsKey(StripPossessive(next)) && _bySurname.ContainsKey(previous)) return true;
        }
        return false;
    }

    /// <summary>
    /// "The mayor and her deputy", "He and his wife", "the union and the company", "the mayor and Piet Sorensen": an
    /// "and" before a phrase of its own (opening with a determiner, a possessive or a number, or a name after a lowercase
    /// word for a person) joins two parties, and naming either alone would be wrong. Not one person's two titles
    /// ("president and chief executive", "president and CEO"), one group ("Police and firefighters"), one name
    /// ("Harrow and Finch"), nor an "and" in what a spokesman speaks for or a writing comes from ("a spokesman for the
    /// mayor and the council", "a report by Yale and the University of Utah").
    /// </summary>
    private bool IsJoinedParties(Mention mention)
    {
        var t = mention.Tokens;
        bool of = false;
        for (int i = 1; i + 1 < t.Count; i++)
        {
            if (!t[i].IsWord || t[i].InQuote) continue;
            if (t[i].Text is "for" or "to" or "by" or "from") return false;
            of |= t[i].Text is "of";
            // (", and the clerk": a list's comma may stand before its "and")
            if (t[i].Text is not "and" || !t[i - 1].IsWord && !t[i - 1].Is(',') || !t[i + 1].IsWord) continue;
            var next = t[i + 1].Text;
            // ("the Ministry of Fisheries and the Sea": after "of", "and the" and a capitalized word goes on with one name)
            if (next is "the" or "a" or "an" && of && i + 2 < t.Count && t[i + 2].IsCapitalized) continue;
            if (next is "his" or "her" or "their" or "its" or "my" or "our" or "the" or "a" or "an" || SentenceFrames.IsCardinal(next)) return true;
            if (t[i + 1].IsCapitalized && !t[i - 1].IsCapitalized && !lexicon.Titles.Contains(next) && !lexicon.Titles.Contains(next.TrimEnd('.'))
                && IsPersonNoun(StripPossessive(t[i - 1].Text))) return true;
        }
        return false;
    }

    private Entity? NameEntity(Mention mention, bool create) => NameEntity(mention, create, out _);

    // The title words before the "and" at <paramref name="and"/> ("the President", "Deputy Prime Minister"), after a
    // determiner if one opens the mention; null when any other word stands there or the last is only a title's modifier
    private List<string>? TitleWordsBefore(Mention mention, int and)
    {
        var titles = new List<string>(and);
        for (int k = 0; k < and; k++)
        {
            var t = mention.Tokens[k];
            if (!t.IsWord) return null;
            if (k == 0 && NounPhrases.Determiners.Contains(t.Text)) continue;
            if (!lexicon.Titles.Contains(t.Text) || IsCourtesyTitle(t.Text)) return null;
            titles.Add(t.Text);
        }
        return titles.Count == 0 || lexicon.TitleModifiers.Contains(titles[^1]) ? null : titles;
    }

    // Nothing but title words (after a determiner) before the "and" at <paramref name="and"/>, and a person the article
    // named before holds that title: "the President" in "the President and First Lady Ines Vell"
    private bool HeldTitleBefore(Mention mention, int and)
    {
        if (TitleWordsBefore(mention, and) is not { } titles) return false;
        return RoleEntity(string.Join(' ', titles)) is { Unnamed: false, Type: SpeakerType.Person };
    }

    /// <summary>
    /// "Deputy Prime Minister and Finance Minister Ilse Varga", "Chairman and chief executive Orla Fenwick": nothing
    /// but title words before the "and" at <paramref name="and"/> names nobody there, so the "and" joins two titles of
    /// the one person named after them, not two people; unless someone the article named already holds the first
    /// title ("President Ana Ruiz … the President and First Lady Ines Ruiz"), who is then the other one speaking.
    /// </summary>
    private bool TitlesOnlyBefore(Mention mention, int and)
    {
        if (TitleWordsBefore(mention, and) is not { } titles) return false;
        // (a title word after the "and", then the name)
        if (and + 1 >= mention.Tokens.Count || !mention.Tokens[and + 1].IsWord || !lexicon.Titles.Contains(mention.Tokens[and + 1].Text) && !IsPersonNoun(mention.Tokens[and + 1].Text.ToLowerInvariant())
            && !(and + 2 < mention.Tokens.Count && mention.Tokens[and + 2].IsWord && lexicon.Titles.Contains(mention.Tokens[and + 2].Text))) return false;
        return RoleEntity(string.Join(' ', titles), out bool ambiguous) is null && !ambiguous;
    }

    // The index of the last capitalized word that heads an organization's name ("Alliance", "Ministry"), or -1. A loop
    // rather than a lambda over the lexicon, which would cost NameEntity a new delegate each time.
    private int LastOrganizationHead(List<string> words)
    {
        for (int k = words.Count - 1; k >= 0; k--)
            if (lexicon.OrganizationHeads.Contains(words[k]) && char.IsUpper(words[k][0])) return k;
        return -1;
    }

    // Whether a word names a day ("Monday", "Tuesday"); a loop, as LastOrganizationHead
    private bool HasDayWord(List<string> words)
    {
        foreach (var word in words)
            if (lexicon.IsDayWord(word)) return true;
        return false;
    }

    /// <param name="ambiguous">set when the mention is a surname several people share and none stands out</param>
    private static readonly HashSet<string> Hypothetical = new(StringComparer.Ordinal) { "Say", "Suppose", "Imagine", "Assume", "Picture" };

    /// <param name="observing">a name seen in passing (not as a source) only makes a new person when it looks like one</param>
    private Entity? NameEntity(Mention mention, bool create, out bool ambiguous, bool observing = false, Gender pronoun = Gender.Unknown)
    {
        ambiguous = false;
        _namingAt = mention.Span.Start;
        var words = new List<string>(mention.Tokens.Count);
        for (int i = 0; i < mention.Tokens.Count; i++)
            if (mention.Tokens[i].IsWord || mention.Tokens[i].Is('&') && !mention.Tokens[i].InQuote) words.Add(StripPossessive(mention.Tokens[i].Text));
        if (words.Count > 0 && NounPhrases.Determiners.Contains(words[0]) && !IsOneLetterGivenName(mention, words)) words.RemoveAt(0);
        // "Say Mexico demanded …", "Suppose Ruiz refused …": the imperative opening a hypothetical is no part of the name
        if (words.Count >= 2 && Hypothetical.Contains(words[0]) && char.IsUpper(words[1][0]) && OpensSentence(mention)) words.RemoveAt(0);
        if (words.Count == 0) return null;
        if (_knownAs.TryGetValue(string.Join(' ', words), out var aliased)) return aliased;
        // "Danish brewing group Dalgren Hof has agreed …" then "In a statement, Dalgren Hof said …": a name of two words or
        // more that has already spoken as an organization is that organization; one name, one type
        if (words.Count >= 2 && words.TrueForAll(w => char.IsUpper(w[0])) && OrganizationNamedExactly(string.Join(' ', words)) is { } organization) return organization;
        // "Brakstad said" after "Brakstad Turbines": one word opening the name of the one organization the article
        // named so, and no person's name or a place, is that organization, not a second one; nor a word for a kind of body
        // ("Police said" is the police, not the "Police Association" the article names later)
        if (words.Count == 1 && char.IsUpper(words[0][0]) && PeopleNamed(words[0]).Count == 0 && !lexicon.Places.Contains(words[0]) && !IsDemonym(words[0])
            && !IsOrganizationNoun(words[0].ToLowerInvariant())
            && OrganizationOpenedBy(words[0]) is { } opened) return opened;
        // "The municipality of Vellin said", "the province of Ostra": the government of a place, called by the kind of
        // place it governs, is a body speaking; the place after "of" is what it governs, never a person
        if (words.Count >= 3 && PlaceGovernments.Contains(words[0]) && words[1] is "of" && words.Skip(2).All(w => char.IsUpper(w[0])))
            return Organization(string.Join(' ', words));
        // "The people of Kellvar said", "Residents of Dunmere said": people described by the place they live in are a group
        // left unnamed; the place after "of" is no person, and they are no body
        if (words.Count >= 3 && words[1] is "of" && IsPeopleOfAPlace(words[0]) && (words.Count == 3 || lexicon.PlacePrefixes.Contains(words[2]))
            && words.Skip(2).All(w => char.IsUpper(w[0]))) return null;
        CutOwner(mention, words);
        // "the event organizer Coalition to Restore Our Rivers (CROR)": a name followed by its acronym is an organization
        if (AbbreviatedOrganization(words) is { } abbreviated) return Organization(abbreviated);
        // "the Rowing Integrity Panel (RIP) said": the same, with the initials in parentheses right after the mention
        if (words.Count >= 2 && char.IsUpper(words[0][0]) && InitialsInParenthesesAfter(mention.Span.End) is { } initials
            && AreInitialsOf(string.Join(' ', words), initials)) return Organization(string.Join(' ', words));
        CutAffiliation(words);
        // "Harrow & Finch", "Pell & Ostrander": an ampersand between capitalized words joins the names of a firm, never a person's
        if (words.IndexOf("&") is int amp and > 0 && amp < words.Count - 1 && char.IsUpper(words[amp - 1][0]) && char.IsUpper(words[amp + 1][0]))
            return Organization(string.Join(' ', words));
        words.Remove("&");
        if (IsNamedForAStreet(words)) return Organization(PluralOwnerBefore(mention) + WithInnerPossessives(mention, words));
        // ("the Orchard Keepers' Federation of Westmark": with the plural owner that opens it, when the name opens the mention)
        if (ConnectedOrganizationName(words) is { } connected)
            return Organization((connected[0] == words[0] ? WholePluralOwnerBefore(mention) : "") + WithInnerPossessives(mention, connected) + NameGoesOn(mention));
        if (IsServiceForAPlace(words)) return Organization(string.Join(' ', words));
        if (IsBandOfPeople(words)) return Organization(string.Join(' ', words));
        int firstName = 0;
        // "Republican vice-presidential nominee Gov. Ellen Marsh": the description ends at its last lowercase word
        for (int k = words.Count - 2; k >= 0; k--)
            if (!char.IsUpper(words[k][0]) && !char.IsDigit(words[k][0]) && words[k] is not ("of" or "the" or "for" or "and") && !lexicon.NameParticles.Contains(words[k]) && !IsArticleInName(words, k))
            {
                if (char.IsUpper(words[k + 1][0])) firstName = k + 1;
                break;
            }
        while (firstName < words.Count && (lexicon.Titles.Contains(words[firstName]) || words[firstName] is "of" or "the")) firstName++;
        firstName += PlaceAfterTitleOf(words, firstName);
        // "Minister of Lakes", "Minister of Arts": one capitalized word after a title's "of" is the field of the title,
        // never a person's name ("Minister of Lakes Ana Ruiz" names her after it)
        if (firstName >= 2 && firstName == words.Count - 1 && words[firstName - 1] is "of" && lexicon.Titles.Contains(words[firstName - 2])) return null;
        // "Democrat Hillary Clinton", "Libertarian Gary Johnson": a party word before a given name is a description
        // (or before two words that can only be a given name and a surname: "Democrat Nadia Ferrow")
        if (firstName == 0 && words.Count >= 3 && PartyWords.Contains(words[0]) && (lexicon.IsGivenName(words[1])
            || words.Count == 3 && words.Skip(1).All(w => char.IsUpper(w[0]) && !lexicon.OrganizationHeads.Contains(w) && !lexicon.Places.Contains(w) && !lexicon.Titles.Contains(w))))
            firstName = 1;
        // "Rival Tom Ellery", "Fellow Ana Ruiz": a word capitalized only because it opens the sentence, before a given
        // name and a surname, is an adjective that describes the person, no part of the name and no job title
        bool premodifier = firstName == 0 && words.Count >= 3 && mention.Tokens.Count > 0 && mention.Tokens[0].IsWord && !NounPhrases.Determiners.Contains(mention.Tokens[0].Text)
            && !lexicon.IsGivenName(words[0]) && lexicon.IsGivenName(words[1]) && !lexicon.Titles.Contains(words[0]) && PeopleNamed(words[0]).Count == 0
            && !lexicon.Places.Contains(words[0]) && !lexicon.OrganizationHeads.Contains(words[0]) && !IsAcronym(words[0]) && !_heading && OpensSentence(mention);
        if (premodifier) firstName = 1;
        // "the Brazilian Anderson Machado", "Kenyan Amos Tirop": a word for a country's people before a given name and a
        // surname says where the person is from; it is no part of the name and no job title
        // (or before two words that can only be a given name and a surname, as after a party word)
        bool nationality = firstName == 0 && words.Count >= 3 && IsDemonym(words[0]) && (lexicon.IsGivenName(words[1])
            || words.Count == 3 && words.Skip(1).All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) && !lexicon.OrganizationHeads.Contains(w)
                && !lexicon.OrganizationEndings.Contains(w) && !lexicon.OrganizationOpenings.Contains(w) && !IsOrganizationNoun(w.ToLowerInvariant())
                && !lexicon.Places.Contains(w) && !lexicon.Titles.Contains(w) && !lexicon.TitleModifiers.Contains(w) && !IsDemonym(w) && !IsBusinessWord(w)));
        // ("Kenyan Tarrik said" after "Jomo Tarrik …": before a surname the article gave, it says where that person is from)
        nationality |= firstName == 0 && words.Count == 2 && IsDemonym(words[0]) && (PeopleNamed(words[1]).Count > 0 || _passingGivenNames.ContainsKey(words[1]));
        if (nationality) firstName = 1;
        // "Danish Harvest said", "Norwegian Air Kestrel said": a word for a country's people before one word that no
        // person of the article bears, or before words one of which names a business, is a body named for its country,
        // whole; a person is never called by a nationality and a lone new surname
        // (a body with a head word of its own, "Tarvish Dockers' Union", is left to the rules for those below)
        if (firstName == 0 && !nationality && LastOrganizationHead(words) < 0 && IsDemonym(words[0]) && DemonymOpensBody(words))
            return Organization(WithInnerPossessives(mention, words));
        // "Insurer Hallgrim said", "Lender Brask Credit said": a word for a business by its trade, capitalized only
        // because it opens the sentence, describes the name after it (see OrganizationDescribedBefore) and is no part of it
        bool openingTrade = firstName == 0 && words.Count >= 2 && mention.Tokens.Count > 0 && mention.Tokens[0].IsWord && mention.Tokens[0].Text == words[0]
            && IsOpeningTrade(words[0]) && char.IsUpper(words[1][0]) && !_heading && OpensSentence(mention);
        if (openingTrade) firstName = 1;
        // "the former mayor of Quintela Dorothy Lobo": the office's place ends where the person's name begins
        int place = firstName == 0 ? PlaceOfOfficeBefore(mention, words) : 0;
        if (place > 0) firstName = place;
        // "Mr. King" after "Larry King": after a courtesy title, a word that is also a title ("King", "Judge") is the
        // surname of the person the article named with it
        if (firstName == words.Count && words.Count >= 2 && IsCourtesyTitle(words[^2]) && PeopleNamed(words[^1]).Count > 0) firstName = words.Count - 1;
        // "Dean said" after "Howard Dean": a lone word that is also a title is the surname of the person the article
        // named with it, unless someone holds it as a title
        if (firstName == 1 && words.Count == 1 && PeopleNamed(words[0]).Count > 0 && RoleEntity(words[0]) is null) firstName = 0;
        // "New Jersey Gov. Chris Christie", "Secretary of State John Kerry": the name follows the last title word
        bool orgHead = LastOrganizationHead(words) >= 0;
        // "Ohio Democratic Party Chairman Jo Doe": a title after the organization's head word still opens the name
        int afterOrg = LastOrganizationHead(words) + 1;
        if (!orgHead || afterOrg > firstName && TitleOpensNameAfter(words, afterOrg))
            for (int k = words.Count - 2; k >= Math.Max(firstName, afterOrg); k--)
                // "of" (listed for "chief of staff") after a name is no title: "Jo Doe of Oregon" is not "Oregon"
                if (lexicon.Titles.Contains(words[k]) && !(words[k] is "of" && k > 0 && char.IsUpper(words[k - 1][0]) && !lexicon.Titles.Contains(words[k - 1]))
                    && char.IsUpper(words[k + 1][0]) && !lexicon.Titles.Contains(words[k + 1]))
                {
                    firstName = k + 1;
                    break;
                }
        // "the Farmers' Union and Grain Traders Association said in a joint statement": two bodies speaking together,
        // neither of them alone and never one merged name
        if (TwoBodiesJoined(words)) return null;
        // "Harrow County Water and Sewer Services", "Harbor Workers Alliance PAC": an organization by its head word
        if ((orgHead && lexicon.OrganizationHeads.Contains(words[^1]) || EndsAsOrganization(words)) && words.Count >= 2 && char.IsUpper(words[^1][0]) && !lexicon.IsGivenName(words[0])
            && words.TrueForAll(w => char.IsUpper(w[0]) || w is "of" or "the" or "for" or "and" or "on"))
            return Organization(PluralOwnerBefore(mention) + WithInnerPossessives(mention, words));
        // "Liga Andina said", "Federación Andina de Remo": a word for a body that opens the name, as other languages write it
        if (OpensAsOrganization(words)) return Organization(WithInnerPossessives(mention, words));
        var role = premodifier || nationality || place > 0 ? null : openingTrade ? words[0].ToLowerInvariant() : Join(words, 0, firstName);
        var name = words.GetRange(firstName, words.Count - firstName);
        bool anyOrgHead = LastOrganizationHead(words) >= 0;
        if (name.Count == 0 || (anyOrgHead && name.Count <= 1 && !IsKnownSurname(name)))
        {
            if (anyOrgHead || words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "for" or "and"))
            {
                if (!anyOrgHead && name.Count == 0) return RoleEntity(role);
                return Organization(PluralOwnerBefore(mention) + WithInnerPossessives(mention, words));
            }
            return null;
        }
        // "IMF chief economist Jo Doe": the description before the name is the role
        int lastLower = name.FindLastIndex(w => !char.IsUpper(w[0]) && !lexicon.NameParticles.Contains(w) && w is not "of");
        // "Center for a Balanced County Budget": "for a", "of the" between an organization's words are its name's
        if (anyOrgHead && lastLower > 0 && IsArticleInName(name, lastLower))
            lastLower = name.FindLastIndex(lastLower, w => !char.IsUpper(w[0]) && !lexicon.NameParticles.Contains(w) && w is not ("of" or "for" or "the" or "a" or "an" or "and"));
        if (lastLower == name.Count - 1) return null;
        // "Norway and Denmark unveiled": two speaking together are neither one of them, and neither is the other's title
        if (lastLower > 0 && name[lastLower] is "and" && char.IsUpper(name[lastLower - 1][0])) return Together(name);
        if (lastLower >= 0)
        {
            role = JoinWords(words, 0, firstName + lastLower + 1);
            name = name.GetRange(lastLower + 1, name.Count - lastLower - 1);
        }
        if (FieldWordsOpening(role ?? TextBefore(mention), name) is > 0 and var field)
        {
            // (a mention that opens after the title's "for" or "of" has no title to give the field to)
            role = role is null ? null : role + " " + JoinWords(name, 0, field);
            name = name.GetRange(field, name.Count - field);
        }
        if (HasDayWord(name) || (name.Count == 1 && lexicon.IsCalendarWord(name[0]))) return null;
        // "the conservation group Stone River Trust", "a hacking group calling itself Grey Heron": what it is, before the name
        if (role is not null && OrganizationDescribedBefore(role, name) is { } describedBefore) return describedBefore;
        if (name.Any(w => w.Any(char.IsDigit))) return null; // "EB-5", "G7": a program or a group, never a person
        // "The International Monetary Fund", "Department of Homeland Security": an organization, not a person
        // ("the Marine Safety Administration": three words or more closed by an agency's head are a body's name, though
        // its first word is also a given name somewhere)
        if (name.Count > 1 && (!lexicon.IsGivenName(name[0]) || name.Count >= 3 && AgencyEndings.Contains(name[^1])) && LastOrganizationHead(name) >= 0)
            return role is null ? Organization(string.Join(' ', name)) : null;
        if (name.Count > 1 && lexicon.PlacePrefixes.Contains(name[0]) && !lexicon.IsGivenName(name[0]))
            return role is null ? Organization(string.Join(' ', name)) : null;
        // "Jordan said" after "Rep. Jim Jordan": a place name the article gave a person as a surname is that person
        if (name.Count == 1 && role is null && (lexicon.Places.Contains(name[0]) && PeopleNamed(name[0]).Count == 0 || HasDefiniteArticle(mention))) return Organization(name[0]);
        // "Delegates questioned …", "Officials said": a group of people capitalized only because it opens the sentence
        if (name.Count == 1 && role is null && IsGroupNoun(name[0]) && PeopleNamed(name[0]).Count == 0) return null;
        // "the DNC", "Former DNC chairman": an acronym nobody in the article is called names an organization, and a
        // word before it ("Former") is no job title of that organization
        // "VC: Repairs will take weeks" over an article about "Vice Chancellor Ilka Brandt": capitals that spell out a title
        // the article writes (each letter the initial of a title word) stand for its holder, never for an organization
        if (name.Count == 1 && IsAcronym(name[0]) && PeopleNamed(name[0]).Count == 0 && TitleSpelledBy(name[0]) is { } spelledTitle) return RoleEntity(spelledTitle);
        if (name.Count == 1 && IsAcronym(name[0]) && PeopleNamed(name[0]).Count == 0) return Organization(name[0]);
        // "NAV Norland said", "KTR Ostmark": an acronym of three letters or more (or of two before a known place) opening a
        // name of two words is a body's name and the word after it where it works; a person's initials are two letters
        if (name.Count == 2 && role is null && IsAcronym(name[0]) && (name[0].Length >= 3 || lexicon.Places.Contains(name[1]))
            && char.IsUpper(name[1][0]) && name[1].Skip(1).All(char.IsLower) && !lexicon.IsGivenName(name[1]) && PeopleNamed(name[1]).Count == 0)
            return Organization(string.Join(' ', name));
        // "… for Terrorism and Financial Intelligence Ana Ruiz": two capitalized words or more before a known given name
        // that opens the last words are the end of a long title, no part of the name
        int givenAt = name.Count >= 4 ? name.FindIndex(2, lexicon.IsGivenName) : -1;
        if (givenAt >= 2 && givenAt < name.Count - 1 && name.Take(givenAt).All(w => !lexicon.IsGivenName(w) && !lexicon.NameParticles.Contains(w)))
        {
            // only the title's last words are at hand: no job title rather than half of one
            role = null;
            name = name.GetRange(givenAt, name.Count - givenAt);
        }
        if (role is null && PeopleNamed(name[^1]).Count == 0 && CompanyNamedBy(name) is { } company) return company;
        // "the traffic monitoring service Roadwise", "the ferry operator's parent company Vessa": a lowercase description
        // headed by a word for an organization names one, not a person
        if (role is not null && !lexicon.IsGivenName(name[0]) && PeopleNamed(name[^1]).Count == 0 && role.Split(' ') is var roleWords
            && roleWords.All(w => w.Length > 0 && char.IsLower(w[0])) && IsOrganizationNoun(roleWords[^1].ToLowerInvariant()))
            return Organization(string.Join(' ', name));
        // "the younger Mr. Fisk" when the article names a father and a son Fisk: the generation word picks one of
        // them, or no one — never the one mentioned most, nor the only Fisk read so far, who may be the other
        if (name.Count == 1 && PeopleNamed(name[0]).Count > 0 && ComparedByAge(role) is bool elder)
        {
            var byAge = PeopleNamed(name[0]).Count > 1 ? OfGeneration(PeopleNamed(name[0]), elder) : null;
            ambiguous = byAge is null;
            return byAge;
        }
        if (name.Count == 1)
        {
            // "Ivo Hale … “…,” Hale said" in an article that also names "Anna Hale": the surname may be the full name's
            // the lexicon did not know as a person's as well as the known person's, so it is neither's
            // (only a full name written before the surname, and a known person of the gender the title gives)
            if (_passingGivenNames.TryGetValue(name[0], out var passingAt) && passingAt.Position < mention.Span.Start && passingAt.Given is var passing
                && PeopleNamed(name[0]) is [{ GivenName: { } known } only] && known != passing
                && !(GenderOf(role) is Gender.Male or Gender.Female && only.Gender is Gender.Male or Gender.Female && only.Gender != GenderOf(role)))
            {
                // (unless the known one is a relative the article introduced: "Orla Hale, his wife, …" leaves the bare
                // surname to the other)
                // (nor while the known one is named in full only further down: "Desmond Dale, her father," after her quote)
                if (create && (IsRelative(only) || only.FirstAt != int.MaxValue && only.FirstAt > mention.Span.Start))
                    return Confirmed(name[0], role) ?? AddPerson(passing + " " + name[0], passing, role, GenderOf(role));
                ambiguous = true;
                return null;
            }
            if (PeopleNamed(name[0]).Count > 1)
            {
                ambiguous = true;
                // "Jon Eide's wife, Sara Eide, said …. “…,” Eide said": the one of them who just spoke goes on speaking;
                // a relative who spoke earlier, with others since, leaves the surname to nobody rather than a guess
                if (SharedSurnameSpeaker(PeopleNamed(name[0]), role) is var (last, justSpoke)) return justSpoke ? last : null;
                return OnlyOneIntroducedBefore(name[0], role, mention.Span.Start) ?? Surname(name[0], role);
            }
            // "Shanice Dale scored …. “…,” Dale said." when the known "Rufus Dale" is named only further down: the
            // full name written before is meant, never the one not met yet
            if (PeopleNamed(name[0]) is [{ FirstAt: var knownAt }] && knownAt != int.MaxValue && knownAt > mention.Span.Start
                && _unconfirmed.TryGetValue(name[0], out var earlier) && text.IndexOf(earlier.Name + " ", StringComparison.Ordinal) is >= 0 and var earlierAt && earlierAt < mention.Span.Start)
            {
                if (create) return Confirmed(name[0], role);
                ambiguous = true;
                return null;
            }
            // "Shanice Dale …" opening a sentence, then "Dale said", then "Later, Rufus Dale …": the given name written
            // before the surname is meant, not the full name the article writes only further down
            if (create && PeopleNamed(name[0]).Count == 0 && _unconfirmed.TryGetValue(name[0], out var unconfirmed)
                && _passingGivenNames.TryGetValue(name[0], out var first) && first.Position < mention.Span.Start && first.Given != unconfirmed.Given
                && text.IndexOf(unconfirmed.Name, StringComparison.Ordinal) > mention.Span.Start)
                return AddPerson(first.Given + " " + name[0], first.Given, role, GenderOf(role));
            return Surname(name[0], role) ?? SoleBearerOfGivenName(name[0], role) ?? (create ? Confirmed(name[0], role) ?? FullNameInText(name[0], role) ?? MisspelledSurname(name[0]) ?? CompanyOfItsPeople(name[0], role)
                ?? AddPerson(name[0], null, role, GenderOf(role)) : null);
        }
        var (given, surname) = SplitName(name);
        if (given is null)
        {
            if (PeopleNamed(surname).Count > 1) { ambiguous = true; return Surname(surname, role); }
            return Surname(surname, role) ?? (create ? AddPerson(surname, null, role, GenderOf(role)) : null);
        }
        // "Suu Kyi" after "Aung San Suu Kyi": the last words of a full name the article gave are that person
        var fullName = string.Join(' ', name);
        var gender = GenderOf(role) is var titled and not Gender.Unknown ? titled
            : lexicon.IsGivenName(given) ? lexicon.GenderOfGivenName(given) : _relativesGivenNames.TryGetValue(given, out var kinGender) ? kinGender
            : _givenNamesByPronoun.GetValueOrDefault(given);
        var match = KnownPersonNamed(name, given, surname, fullName, role, gender);
        if (observing && match is null && !LooksLikePerson(name, given, role, AgeFollows(mention.Span.End) || role is null && WhoFollows(mention.Span.End)) && !(pronoun != Gender.Unknown && !IsNoPerson(mention)))
        {
            // (a full name that may be a person's all the same, which a later "he" or "she" must not pass over: see ResolvePronoun)
            _possiblePerson = name.Count is 2 or 3 && !IsNoPerson(mention) && !HeadlineWordForPerson(given) && !OpensSentence(mention);
            // "Howard Dean" with a given name the lexicon lacks: a person only if the article later quotes "Dean"
            // (not "Unlike Patriot, …": the first word of a sentence is capitalized whatever it is)
            if (name.Count == 2 && !IsNoPerson(mention) && !OpensSentence(mention)) _unconfirmed.TryAdd(surname, (fullName, given, role));
            if (name.Count == 2 && !IsNoPerson(mention) && !HeadlineWordForPerson(given)) _passingGivenNames.TryAdd(surname, (given, mention.Span.Start));
            // "Ildefonso Guajardo Villarreal" in passing: the fullest name of the "Mr. Guajardo Villarreal" quoted later
            if (name.Count >= 3 && !IsNoPerson(mention)) _namesInPassing.Add(fullName);
            return null;
        }
        if (match is not null)
        {
            if (match.GivenName is null || name.Count > match.Name.Split(' ').Length) { match.Name = string.Join(' ', name); match.GivenName = given; }
            match.Role = FullerRole(match.Role, JobTitle(role));
            if (match.Gender == Gender.Unknown) match.Gender = gender;
            DescribeByRole(match, role);
            return match;
        }
        if (!create) return null;
        var person = AddPerson(string.Join(' ', name), given, role, gender);
        // (", who" after it showed the name a person's, so no later "the company said" makes it an organization's)
        if (role is null && WhoFollows(mention.Span.End)) person.GivenInText = true;
        DescribeByRole(person, role);
        return person;
    }

    // The person already met whom a full name (given name and surname) names, or null. A method of its own so that
    // only its lambdas capture the name: captured in NameEntity, they cost every call of it a closure.
    private Entity? KnownPersonNamed(List<string> name, string given, string surname, string fullName, string? role, Gender gender)
    {
        // "Michelle Obama" is not the "Mr. Obama" the article spoke of first
        bool SameGender(Entity e) => gender == Gender.Unknown || e.Gender == Gender.Unknown || e.Gender == gender;
        return PeopleNamed(surname).FirstOrDefault(e => (e.GivenName is null || SimilarGivenNames(e.GivenName, given)) && SameGender(e))
            ?? PeopleNamed(surname).FirstOrDefault(e => e.Name.Equals(fullName, StringComparison.OrdinalIgnoreCase) && SameGender(e)
                                                       || e.Name.EndsWith(" " + fullName, StringComparison.OrdinalIgnoreCase) && !LooksLikePerson(name, given, role))
            // "Mr. Arvizu Lozada" after "Teodoro Arvizu Lozada", "Judge Carvalho Pinto" after "presiding judge Ines Carvalho
            // Pinto": a title before two surnames says nothing of a given name, and is the one person of the title's
            // gender the article named with them
            ?? (name.Count == 2 && OnlyTitled(role) && !lexicon.IsGivenName(given)
                && PeopleNamed(surname).FindAll(e => e.Name.EndsWith(" " + fullName, StringComparison.OrdinalIgnoreCase) && SameGender(e)) is [var only] ? only : null);
    }

    // a role of title words alone ("Judge", "Mr.", "Chief Inspector"), no description or field
    private bool OnlyTitled(string? role) =>
        role is not null && role.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(w => IsCourtesyTitle(w) || lexicon.Titles.Contains(w));

    // "the elder Mr. Fisk", "the younger Fisk": a word comparing ages right before the surname (or its courtesy
    // title); true for the elder
    private static bool? ComparedByAge(string? role)
    {
        var words = role?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        int last = words.Length - 1;
        while (last >= 0 && IsCourtesyTitle(words[last])) last--;
        return last < 0 ? null : words[last].ToLowerInvariant() switch
        {
            "elder" or "older" or "eldest" or "oldest" => true,
            "younger" or "youngest" => false,
            _ => null,
        };
    }

    // relatives of a younger or an older generation than the person they are named for: "his son, Dorian Fisk" is
    // the younger Fisk, "her mother, Ines Roa" the elder Roa
    private static readonly HashSet<string> YoungerKin = new(StringComparer.OrdinalIgnoreCase)
        { "son", "daughter", "child", "grandson", "granddaughter", "stepson", "stepdaughter", "nephew", "niece" };
    private static readonly HashSet<string> ElderKin = new(StringComparer.OrdinalIgnoreCase)
        { "father", "mother", "parent", "grandfather", "grandmother", "stepfather", "stepmother", "uncle", "aunt" };

    /// <summary>
    /// Of the people who share a surname, the one the article shows to be the elder (<paramref name="elder"/>) or the
    /// younger: by the relation it gave them ("his son, Dorian Fisk"; with two people, the other one is the other
    /// generation), else by the ages it gave them all. Null when nothing the article says decides it.
    /// </summary>
    private static Entity? OfGeneration(List<Entity> people, bool elder)
    {
        // the relation as a relative ("his son, Dorian Fisk") or as the description set beside the name ("His son, …")
        bool Is(Entity e, HashSet<string> kin) => e.Kin?.Exists(k => kin.Contains(k.Split(' ')[^1])) == true
            || e.Descriptions?.Exists(d => d.Length > 0 && kin.Contains(d[^1])) == true;
        var (wanted, other) = elder ? (ElderKin, YoungerKin) : (YoungerKin, ElderKin);
        var fits = people.FindAll(e => Is(e, wanted) && !Is(e, other));
        if (fits.Count == 1) return fits[0];
        if (fits.Count == 0 && people.Count == 2 && people.FindAll(e => Is(e, other)) is [var known]) return people.Find(e => e != known);
        if (fits.Count == 0 && people.TrueForAll(e => e.Age is not null))
        {
            var sorted = people.OrderBy(e => e.Age).ToList();
            var (pick, next) = elder ? (sorted[^1], sorted[^2]) : (sorted[0], sorted[1]);
            return pick.Age != next.Age ? pick : null;
        }
        return null;
    }

    /// <summary>
    /// "Sheriff's spokesman Sgt. Alan Mercer": a description before a rank or courtesy title and the name is what the
    /// article calls the person as much as a title is, so "the spokesman" later finds them; the words up to the
    /// description's last lowercase word ("Sheriff spokesman") become one of their descriptions when the title the
    /// person keeps (the article's first, "Sgt.") lacks them.
    /// </summary>
    private void DescribeByRole(Entity person, string? role)
    {
        if (role is null || person.Unnamed || person.Type != SpeakerType.Person) return;
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int last = Array.FindLastIndex(words, w => char.IsLower(w[0]));
        if (last < 0 || !IsPersonNoun(words[last].ToLowerInvariant())) return;
        var described = words.Take(last + 1).Where(w => !NounPhrases.Determiners.Contains(w)).Select(DescriptionWord).ToArray();
        var kept = person.Role?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DescriptionWord).ToArray() ?? [];
        if (described.All(kept.Contains) || person.Descriptions?.Exists(d => d.SequenceEqual(described)) == true) return;
        (person.Descriptions ??= []).Add(described);
    }

    // "Liga Andina", "Grupo Sardo de Seguros": a first word for a kind of body, before capitalized words (and the particles
    // that join them), opens an organization's name; a title or a given name after it makes it no body's name
    private bool OpensAsOrganization(List<string> words) =>
        words.Count >= 2 && lexicon.OrganizationOpenings.Contains(words[0]) && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
        && words.Skip(1).All(w => char.IsUpper(w[0]) && !lexicon.Titles.Contains(w) && !lexicon.IsGivenName(w) || lexicon.NameParticles.Contains(w));

    // "Harlow Fire Protection District", "American Red Cross": a last word that ends only an organization's name,
    // after no title but a modifier ("District Attorney Jo Doe", "Ms. Cross" stay people)
    private bool EndsAsOrganization(List<string> words) =>
        words.Count >= 2 && lexicon.OrganizationEndings.Contains(words[^1])
        && words.Take(words.Count - 1).All(w => !lexicon.Titles.Contains(w) && !IsCourtesyTitle(w) || lexicon.TitleModifiers.Contains(w));

    // "Harlow County Sheriff's Office": an organization's name keeps a possessive inside it as written
    private static string WithInnerPossessives(Mention mention, List<string> words)
    {
        var written = new List<string>(words);
        for (int i = 0; i + 1 < mention.Tokens.Count; i++)
        {
            var t = mention.Tokens[i];
            if (!t.IsWord || !t.IsCapitalized) continue;
            // ("the Rowers' Association" read as a word and its apostrophe)
            if (mention.Tokens[i + 1] is { IsWord: false, Text: "'" or "’" } mark && mark.Start == t.End && written.IndexOf(t.Text) is int at and >= 0 && at < written.Count - 1)
            {
                written[at] = t.Text + mark.Text;
                continue;
            }
            var stripped = StripPossessive(t.Text);
            if (stripped == t.Text.Replace('’', '\'')) continue;
            int k = written.IndexOf(stripped);
            if (k >= 0 && k < written.Count - 1) written[k] = t.Text;
        }
        // "Ministry of Economy, Trade and Industry": a comma between the fields a body's name lists stays in it
        for (int i = 0; i + 2 < mention.Tokens.Count; i++)
        {
            if (!mention.Tokens[i].IsCapitalized || !mention.Tokens[i + 1].Is(',') || mention.Tokens[i + 1].InQuote || !mention.Tokens[i + 2].IsCapitalized) continue;
            int k = written.IndexOf(StripPossessive(mention.Tokens[i].Text));
            if (k >= 0 && k < written.Count - 1) written[k] += ",";
        }
        return string.Join(' ', written);
    }

    /// <summary>
    /// "The Regional Farmers' Coalition": the capitalized words ending in a plural possessive right before an
    /// organization's head word, which a name cannot run across, open its name ("Regional Farmers' "); else "".
    /// </summary>
    private string PluralOwnerBefore(Mention mention)
    {
        int start = Math.Min(mention.Span.Start, text.Length);
        var before = text[Math.Max(0, start - 80)..start];
        var m = PluralOwner.Match(before);
        if (!m.Success) return "";
        var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => NounPhrases.Determiners.Contains(w) || lexicon.IsCalendarWord(w)).ToList();
        return words.Count == 0 ? "" : string.Join(' ', words) + " ";
    }

    // the plural owner before the mention when it is a whole name, not the end of a longer one it cannot hold
    // ("the Ministry of Ports and Canal Works' Office for …": the ministry owns the office, not "Canal Works")
    private string WholePluralOwnerBefore(Mention mention)
    {
        var owner = PluralOwnerBefore(mention);
        if (owner.Length == 0) return "";
        int at = text.LastIndexOf(owner.TrimEnd(), Math.Min(mention.Span.Start, text.Length - 1), StringComparison.Ordinal) - 1;
        while (at >= 0 && text[at] == ' ') at--;
        int from = at;
        while (from >= 0 && char.IsLetter(text[from])) from--;
        return at >= 0 && text.AsSpan(from + 1, at - from) is "and" or "of" or "for" or "&" ? "" : owner;
    }

    // (a plural possessive joined to the rest by "and" or "&" opens the name too: "the Tenants' and Allotment Party")
    private static readonly Regex PluralOwner = new(@"(?:(?:\p{Lu}[\p{L}.-]* )*\p{Lu}[\p{L}-]*s['’] (?:(?:and|&) )?)+$", RegexOptions.CultureInvariant);

    // "for", "of", "and", "in" inside an organization's name after its head word: "Office for Fair Wages"
    private static readonly HashSet<string> NameConnectives = new(StringComparer.Ordinal) { "for", "of", "and", "in", "on", "the", "to" };

    /// <summary>
    /// "Office for Fair Wages", "the observer mission of the Organization for Trade and Fairness in Asia", "the
    /// Justice Department's Office for Civil Liberties": a capitalized organization head followed by "for", "of",
    /// "and" or "in" and capitalized words to the end — no title, given name, nor another head among them — is that
    /// organization's name, from the head (with the capitalized words before it that are no head of another
    /// organization). Lowercase words before it describe a part of it. Null otherwise.
    /// </summary>
    private List<string>? ConnectedOrganizationName(List<string> words)
    {
        int h = -1;
        for (int k = words.Count - 3; k >= 0 && h < 0; k--)
            if (char.IsUpper(words[k][0]) && lexicon.OrganizationHeads.Contains(words[k]) && NameConnectives.Contains(words[k + 1]) && words[k + 1] is not ("the" or "to")) h = k;
        if (h < 0 || !char.IsUpper(words[^1][0])) return null;
        for (int k = h + 1; k < words.Count; k++)
        {
            var w = words[k];
            if (NameConnectives.Contains(w)) continue;
            // "Security" and "Energy" name departments as often as titles; "Director" is a person's
            if (!char.IsUpper(w[0]) || lexicon.Titles.Contains(w) && !lexicon.TitleModifiers.Contains(w) || lexicon.IsGivenName(w) && OpensTrailingName(words, k)
                || lexicon.OrganizationHeads.Contains(w) || IsCourtesyTitle(w)) return null;
        }
        // ("the Ministry of College and Research": a head word and its "of" before that head open the same name, the
        // second head one of the fields it is for)
        while (h >= 2 && words[h - 1] is "of" or "for" && char.IsUpper(words[h - 2][0]) && lexicon.OrganizationHeads.Contains(words[h - 2])
               && StripPossessive(words[h - 2]) == words[h - 2] && !lexicon.Titles.Contains(words[h - 2])) h -= 2;
        int start = h;
        // ("the Trust Bank of Westmark", "the Union Bank of Corvania": a head word right before the head, with no
        // possessive, only qualifies it and opens the name; "the Canal Department's Office for …" is another body's part)
        if (start > 0 && char.IsUpper(words[start - 1][0]) && lexicon.OrganizationHeads.Contains(words[start - 1])
            && StripPossessive(words[start - 1]) == words[start - 1] && !lexicon.Titles.Contains(words[start - 1])) start--;
        // ("the National Union of Olive Growers": a word that only qualifies titles, "National", "Regional", opens the name)
        while (start > 0 && char.IsUpper(words[start - 1][0]) && !lexicon.OrganizationHeads.Contains(words[start - 1])
               && (!lexicon.Titles.Contains(words[start - 1]) || lexicon.TitleModifiers.Contains(words[start - 1]))) start--;
        return words.GetRange(start, words.Count - start);
    }

    /// <summary>
    /// Can the given name at <paramref name="at"/> open a person's name that ends the words ("… for Trade Ana Ruiz")?
    /// Only when capitalized words, no connective among them, follow it to the end: a given name with "and", "of" or
    /// "for" after it ("Agency for Amber and Peat Care") is a common word inside the body's name, never a person's.
    /// </summary>
    private static bool OpensTrailingName(List<string> words, int at) =>
        at == words.Count - 1 || !words.Skip(at + 1).Any(NameConnectives.Contains);

    /// <summary>
    /// "Highways for LTV", "Water for Lisbon": a capitalized word that is no title, given name nor surname, then "for"
    /// and a place or initials, is a public body named for the place it serves — not a person called by the place
    /// with "Highways for" as a title.
    /// </summary>
    private bool IsServiceForAPlace(List<string> words) =>
        words.Count == 3 && words[1] is "for" && char.IsUpper(words[0][0]) && !lexicon.Titles.Contains(words[0]) && !lexicon.IsGivenName(words[0])
        && PeopleNamed(words[0]).Count == 0 && (IsAcronym(words[2]) || lexicon.Places.Contains(words[2]));

    // plural words for the people a citizens' group is made of ("Parents for …", "Friends of …");
    // the plurals of the words for people by occupation or state count too (see names.txt [people])
    private static readonly HashSet<string> Members = new(StringComparer.OrdinalIgnoreCase)
    {
        "friends", "citizens", "families", "taxpayers", "voters", "women", "men", "sons", "daughters", "neighbours", "lawyers", "physicians",
    };

    // "Keepers of Old Bridges", "Growers for Clean Water": a plural of a word for a doer ("-ers", "-ors") names the
    // members as well as the lexicon's words for people do; a surname that ends so is no plural here when the article
    // named a person by it, and a place alone after "of" ("Sellers of Ostmark") may be a person's home, so it is left alone
    private bool IsAgentPlural(List<string> words) =>
        words[0].Length >= 6 && (words[0].EndsWith("ers", StringComparison.Ordinal) || words[0].EndsWith("ors", StringComparison.Ordinal))
        && PeopleNamed(words[0]).Count == 0 && !(words.Count == 3 && lexicon.Places.Contains(words[2]));

    // the words that join a band's members to its cause
    private static readonly HashSet<string> BandLinks = new(StringComparer.Ordinal) { "for", "of" };

    /// <summary>
    /// "Citizens for Open Rivers", "Friends of the Tallow Marsh": a capitalized plural
    /// word for people, then "for" or "of", then capitalized words (joined by "the", "and", "of", "for", "in",
    /// "on" at most) to the end — no given name, title nor courtesy title among them — is the name of a group
    /// of such people: an organization, whole. A person's name never holds a lowercase "for" or "of" between
    /// capitalized words ("Friends of Ana Ruiz", with a given name, is left alone). A word that only modifies a
    /// title ("Foreign", "State", "Press") names no office by itself, so "Veterans of Foreign Marches" is whole too.
    /// </summary>
    private bool IsBandOfPeople(List<string> words)
    {
        if (words.Count < 3 || !char.IsUpper(words[0][0]) || !BandLinks.Contains(words[1]) || !char.IsUpper(words[^1][0])) return false;
        var members = words[0].ToLowerInvariant();
        if (!Members.Contains(members) && !(members.EndsWith('s') && lexicon.PersonHeads.Contains(members) && lexicon.PersonHeads.Contains(members[..^1]))
            && !IsAgentPlural(words)) return false;
        for (int k = 2; k < words.Count; k++)
        {
            var w = words[k];
            if (w is "the" or "and" or "of" or "for" or "in" or "on") continue;
            if (!char.IsUpper(w[0]) || lexicon.Titles.Contains(w) && !lexicon.TitleModifiers.Contains(w) || lexicon.IsGivenName(w) || IsCourtesyTitle(w)) return false;
        }
        return true;
    }

    // "… Organization for Security" cut before "and Cooperation in Europe": the capitalized words the name goes on with
    // in the text, each after "and", "in", "for" or "of"
    private static readonly Regex NameContinues = new(@"\G(?<piece> (?<link>and|in|for|of|on) (?:the )?(?<word>\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*)*)+", RegexOptions.CultureInvariant);

    private string NameGoesOn(Mention mention)
    {
        var last = mention.Tokens[^1];
        if (last.End >= text.Length) return "";
        var m = NameContinues.Match(text, last.End);
        if (!m.Success) return "";
        // "the Council of State on Monday ruled", "… in March said": a day or month after "on" or "in" dates the
        // sentence and ends the name there
        int end = m.Index + m.Length;
        var pieces = m.Groups["piece"].Captures;
        for (int i = 0; i < pieces.Count; i++)
            if (m.Groups["link"].Captures[i].Value is "on" or "in" && lexicon.IsCalendarWord(m.Groups["word"].Captures[i].Value))
            {
                end = pieces[i].Index;
                break;
            }
        var goesOn = text[m.Index..end];
        // "… and Jo Doe": a person joins the sentence there, not the name
        if (goesOn.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => lexicon.IsGivenName(w) || lexicon.Titles.Contains(w) && char.IsUpper(w[0]))) return "";
        return goesOn;
    }

    /// <summary>
    /// Does a title follow the organization's head word at <paramref name="afterOrg"/> and open a name: "Party
    /// Chairman Jo Doe", or after the one or two words of a department or field ("Committee Research Director Jo
    /// Doe", "Union Policy Director Jo Doe") — a capitalized word that is no title, organization, place or given name.
    /// </summary>
    private bool TitleOpensNameAfter(List<string> words, int afterOrg)
    {
        if (lexicon.Titles.Contains(words[Math.Min(afterOrg, words.Count - 1)])) return true;
        for (int k = afterOrg; k < words.Count - 2 && k < afterOrg + 2; k++)
        {
            var w = words[k];
            if (!char.IsUpper(w[0]) || lexicon.Titles.Contains(w) || lexicon.OrganizationHeads.Contains(w) || lexicon.Places.Contains(w) || lexicon.IsGivenName(w)) return false;
            if (lexicon.Titles.Contains(words[k + 1]) && char.IsUpper(words[k + 2][0]) && !lexicon.Titles.Contains(words[k + 2])) return true;
        }
        return false;
    }

    /// <summary>
    /// "NBC's Dante Chinni", "Harbor College's Ana Ruiz": a possessive before a person's name is whom they work for, an
    /// affiliation and no part of the name, so the words after it are the name. Only a full name after it counts (two
    /// capitalized words or more, no title, place or organization among them): "Garcia's chief strategist" and "the
    /// city's Harbor Board" keep their words.
    /// </summary>
    private void CutOwner(Mention mention, List<string> words)
    {
        int owner = -1, word = 0;
        foreach (var t in mention.Tokens)
        {
            if (!t.IsWord) continue;
            if (word < words.Count - 1 && t.Text.Replace('’', '\'').EndsWith("'s", StringComparison.Ordinal) && t.Text.Length > 2) owner = word;
            word++;
        }
        // the mention's words and the list line up unless a determiner was dropped from its front
        owner -= word - words.Count;
        if (owner < 0 || words.Count - owner - 1 < 2) return;
        for (int k = owner + 1; k < words.Count; k++)
        {
            var w = words[k];
            if (!char.IsUpper(w[0]) || lexicon.Titles.Contains(w) || lexicon.Places.Contains(w) || lexicon.OrganizationHeads.Contains(w) || IsAcronym(w)) return;
        }
        words.RemoveRange(0, owner + 1);
    }

    /// <summary>
    /// "Sen. Ana Ruiz of Oregon", "Jo Doe of the Allied Guild": a titled name, or one opening with a given name,
    /// followed by "of" and a capitalized phrase is that person; the place or organization after "of" is only their
    /// affiliation and is dropped. "Secretary of State …", "Bank of …" and "University of …" are left alone.
    /// </summary>
    private void CutAffiliation(List<string> words)
    {
        // the first "of" that follows a person's name ("Secretary of State Jo Doe of Ohio": the second)
        for (int of = words.IndexOf("of"); of >= 0; of = words.IndexOf("of", of + 1))
            if (IsAffiliation(words, of))
            {
                words.RemoveRange(of, words.Count - of);
                return;
            }
    }

    private bool IsAffiliation(List<string> words, int of)
    {
        if (of < 1 || of + 1 >= words.Count || !char.IsUpper(words[of - 1][0]) || lexicon.Titles.Contains(words[of - 1]) && !IsTitleWordSurname(words, of - 1)) return false;
        if (!char.IsUpper(words[of + 1][0]) && !(words[of + 1] is "the" && of + 2 < words.Count && char.IsUpper(words[of + 2][0]))) return false;
        int s = of - 1;
        // (a particle inside the name: "Pieter van Dalen of …")
        while (s > 0 && (char.IsUpper(words[s - 1][0]) || s > 1 && lexicon.NameParticles.Contains(words[s - 1]) && char.IsUpper(words[s - 2][0])) && !lexicon.Titles.Contains(words[s - 1])) s--;
        bool titled = s > 0 && lexicon.Titles.Contains(words[s - 1]);
        bool given = lexicon.IsGivenName(words[s]) && of - s >= 2;
        // "Owen Delacroix of Harwick Partners" once the article has shown "Owen Delacroix" to be a person
        var before = JoinWords(words, s, of - s);
        bool known = of - s >= 2 && PeopleNamed(words[of - 1]).Exists(e => e.Name.Equals(before, StringComparison.Ordinal))
            // ("Vandell of the Harlan County Court of Petty Sessions" once the article has named one person "Norris Vandell")
            || of - s == 1 && PeopleNamed(words[s]) is [{ GivenName: not null }];
        // "opposition lawmaker Vera Lisk of the Greens": two capitalized words after a lowercase word for a person are
        // that person's given name and surname, whatever the given name; so are two before "of the" and a capitalized
        // name ("Vera Lisk of the Greens"), unless one is an organization's head or a place (checked below)
        bool described = of - s == 2 && (s > 0 && char.IsLower(words[s - 1][0])
            && (lexicon.PersonHeads.Contains(words[s - 1]) || lexicon.Trades.Contains(words[s - 1]) || IsAgentNoun(words[s - 1])) || words[of + 1] is "the");
        if (!titled && !given && !known && !described && !IsNameOfFirm(words, s, of)) return false;
        for (int k = s; k < of; k++)
            if (lexicon.OrganizationHeads.Contains(words[k]) || lexicon.Places.Contains(words[k])) return false;
        return true;
    }

    // "Chief Nadia Bishop of …", "Rev. Ana Cardinal of …": a word that is also a title ("Bishop", "Cardinal", "King"),
    // right after a given name, or after a capitalized word that itself follows a title, is that person's surname
    private bool IsTitleWordSurname(List<string> words, int at) =>
        at >= 1 && char.IsUpper(words[at - 1][0]) && !lexicon.Titles.Contains(words[at - 1]) && !lexicon.OrganizationHeads.Contains(words[at - 1])
        && !lexicon.Places.Contains(words[at - 1]) && (lexicon.IsGivenName(words[at - 1]) || at >= 2 && lexicon.Titles.Contains(words[at - 2].TrimEnd('.')));

    /// <summary>
    /// "Jo Quill of Harwick Partners", "Jo Quill of the University of the Lowlands": a name of two or three capitalized
    /// words, none a title's, an organization's or a place's, that opens the phrase and is followed by "of" and a name
    /// holding an organization's head word is a person and their firm (an organization's own "of" follows one head
    /// word: "Bank of …", "Friends of …"; and the words before it are checked for heads by the caller).
    /// </summary>
    private bool IsNameOfFirm(List<string> words, int s, int of) =>
        s == 0 && of - s is 2 or 3 && HasOrganizationHeadAfter(words, of) && !words.Take(of).Any(w => lexicon.Titles.Contains(w) || IsAcronym(w));

    // "of the University of the Lowlands": the organization's own head may stand before its own "of", not only last
    private bool HasOrganizationHeadAfter(List<string> words, int of)
    {
        for (int k = of + 1; k < words.Count; k++)
            if (char.IsUpper(words[k][0]) && lexicon.OrganizationHeads.Contains(words[k])) return true;
        return false;
    }

    private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal) { "Street", "Road", "Avenue", "Lane", "Boulevard", "Square", "Drive", "Parade", "Terrace" };

    /// <summary>
    /// "The King Road Heritage Area said": a capitalized name opening with a word that is also a title ("King",
    /// "Bishop"), whose second word names a street and that goes on past it, is a body named for the street, never a
    /// person titled "King"; the first word is the street's. (Other names with a street keep their usual reading.)
    /// </summary>
    private bool IsNamedForAStreet(List<string> words) =>
        words.Count >= 3 && StreetWords.Contains(words[1]) && lexicon.Titles.Contains(words[0]) && char.IsUpper(words[0][0]) && !lexicon.IsGivenName(words[0])
        && words.TrueForAll(w => char.IsUpper(w[0]) || w is "of" or "the" or "for" or "and");

    // "a" or "the" after "for" or "of" inside a capitalized name: "Committee for a Responsible …", "Friends of the Earth"
    private static bool IsArticleInName(List<string> words, int k) =>
        k >= 2 && k + 1 < words.Count && words[k] is "a" or "an" or "the" && words[k - 1] is "for" or "of" && char.IsUpper(words[k - 2][0]) && char.IsUpper(words[k + 1][0]);

    /// <summary>
    /// "Bill de Blasio" → ("Bill", "de Blasio"); "De Blasio" → (null, "De Blasio"); "Joseph R. Biden Jr." → ("Joseph",
    /// "Biden"): a generational suffix follows the surname and is no part of it, so "Mr. Biden" finds him.
    /// </summary>
    private (string? Given, string Surname) SplitName(IReadOnlyList<string> name)
    {
        // "Kim Min-jun", "Sun Yat-sen": a hyphenated given name lowercase after its hyphen follows the surname
        if (name.Count == 2 && IsHyphenatedGivenName(name[1]) && !lexicon.IsGivenName(name[0])) return (name[1], name[0]);
        int last = name.Count - 1;
        while (last > 0 && IsSuffix(name[last])) last--;
        int start = last;
        while (start > 0 && lexicon.NameParticles.Contains(name[start - 1])) start--;
        if (start == 0 || (start == 1 && lexicon.NameParticles.Contains(name[0]))) return (null, JoinWords(name, 0, last + 1));
        return (name[0], JoinWords(name, start, last - start + 1));
    }

    private static bool IsHyphenatedGivenName(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen >= 2 && hyphen + 2 < word.Length && char.IsUpper(word[0]) && char.IsLower(word[hyphen + 1]) && word.IndexOf('-', hyphen + 1) < 0;
    }

    private static bool IsSuffix(string word) => word.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV";

    // the given name of each two-word name seen in passing that nothing showed to be a person's, even one opening a
    // sentence, by surname
    private readonly Dictionary<string, (string Given, int Position)> _passingGivenNames = new(StringComparer.Ordinal);

    // full names seen in passing that nothing showed to be a person, by surname
    private readonly Dictionary<string, (string Name, string Given, string? Role)> _unconfirmed = new(StringComparer.Ordinal);

    /// <summary>
    /// "Howard Dean … Dean said": a surname quoted as a speaker shows that the one full name the article gave it
    /// earlier, and had not known for a person's, is that speaker.
    /// </summary>
    private Entity? Confirmed(string surname, string? role)
    {
        if (!_unconfirmed.Remove(surname, out var full)) return null;
        var person = AddPerson(full.Name, full.Given, full.Role ?? role, GenderOf(full.Role ?? role));
        // the word before the surname, inside a sentence, was their given name: the article wrote a person's name
        person.GivenInText = true;
        return person;
    }

    /// <summary>
    /// "Josephine “Jo” Tolliver" or "The ferry pilot Simon Arkwright, of …" before "Tolliver said", "Arkwright said": the one
    /// given name the article writes before the surname (past a nickname in quotes), where no sentence opens, is the
    /// person's, and their fullest name. Null when there is none or more than one, or the word before is no given name
    /// (a title, a place, an organization's word, a function word).
    /// </summary>
    private Entity? FullNameInText(string surname, string? role)
    {
        if (lexicon.Titles.Contains(surname) || lexicon.OrganizationHeads.Contains(surname) || lexicon.Places.Contains(surname)) return null;
        string? given = null;
        try
        {
            foreach (var m in NamesBefore(GivenNameBefore(surname), text, surname, TimeSpan.FromSeconds(1)))
            {
                var g = m.Groups[1].Value;
                // a sentence may open with any capitalized word: there only a known given name, or one before a nickname
                if (!m.Groups["inside"].Success && !m.Groups["nickname"].Success && !lexicon.IsGivenName(g)) continue;
                // "Mr. Varga" is not the "Maria Varga" the article names too
                if (GenderOf(role) is Gender.Male or Gender.Female && lexicon.GenderOfGivenName(g) is Gender.Male or Gender.Female && GenderOf(role) != lexicon.GenderOfGivenName(g)) continue;
                if (NounPhrases.IsFunctionWord(g) || lexicon.Titles.Contains(g) || lexicon.Places.Contains(g) || lexicon.OrganizationHeads.Contains(g) || lexicon.IsCalendarWord(g)) continue;
                if (given is not null && given != g) return null;
                given = g;
            }
        }
        // out of time on a loaded machine: the surname alone, never a guess
        catch (RegexMatchTimeoutException) { return null; }
        if (given is null || PeopleNamed(surname).Count > 0) return null;
        var person = AddPerson(given + " " + surname, given, role, GenderOf(role) is var titled and not Gender.Unknown ? titled : lexicon.GenderOfGivenName(given));
        person.GivenInText = true;
        return person;
    }

    // a capitalized word (set off inside a sentence, or not), perhaps a nickname in quotes, then the surname
    internal static string GivenNameBefore(string surname) =>
        $@"(?<inside>(?<=[,;(—–-] |\p{{Ll}} ))?(?<!\p{{L}})(\p{{Lu}}\p{{Ll}}+) (?<nickname>[“""]\p{{Lu}}[\p{{L}}.]*[”""] )?{Regex.Escape(surname)}\b";

    /// <summary>
    /// The matches <see cref="Regex.Matches(string)"/> gives for <paramref name="pattern"/> — a capitalized word, perhaps
    /// a nickname in quotes, one space and then <paramref name="surname"/> — the same ones in the same order, found
    /// faster. The pattern opens with lookbehinds, which leave the engine no first character to skip ahead to: it
    /// tried every offset of the article for each surname, and built a regex for each surname even when no
    /// capitalized word stood before it. A match can only start at a capitalized word that no letter precedes, no
    /// further back from an occurrence of the surname than letters, periods, quote marks and two spaces reach, and
    /// only where a lowercase letter or a closing quote and a space stand right before that occurrence; the pattern is
    /// tried, anchored, at those offsets alone, in order, each past the last match as Matches goes on (lookbehinds
    /// still see the text before the offset).
    /// </summary>
    internal static IEnumerable<Match> NamesBefore(string pattern, string text, string surname, TimeSpan timeout)
    {
        if (surname.Length == 0)
        {
            foreach (Match m in Regex.Matches(text, pattern, RegexOptions.CultureInvariant, timeout)) yield return m;
            yield break;
        }
        var starts = new SortedSet<int>();
        for (int at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = at + 1 < text.Length ? text.IndexOf(surname, at + 1, StringComparison.Ordinal) : -1)
        {
            if (at < 2 || text[at - 1] != ' ' || !(char.IsLower(text[at - 2]) || text[at - 2] is '”' or '"')) continue;
            for (int start = FurthestNameStart(text, at); start < at; start++)
                if (char.IsUpper(text[start]) && (start == 0 || !char.IsLetter(text[start - 1]))) starts.Add(start);
        }
        if (starts.Count == 0) yield break;
        var anchored = new Regex(@"\G(?:" + pattern + ")", RegexOptions.CultureInvariant, timeout);
        int next = 0;
        foreach (int start in starts)
        {
            if (start < next) continue;
            var match = anchored.Match(text, start);
            if (!match.Success) continue;
            yield return match;
            next = match.Index + match.Length;
        }
    }

    // How far back from a surname at <paramref name="at"/> a given name and a nickname in quotes can begin: over
    // letters, periods, quote marks and at most two spaces.
    private static int FurthestNameStart(string text, int at)
    {
        int spaces = 0, k = at;
        while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] is '.' or '“' or '”' or '"' || text[k - 1] == ' ' && ++spaces <= 2)) k--;
        return k;
    }

    /// <summary>
    /// "Former Quillon executive testifies …", "a Tidewater spokesman", "Tidewater's chief executive": a lone name the
    /// article sets before a word for a person it employs, or that owns what only a company has, with no given name or
    /// title of its own (only "former", "acting"), is the organization those people work for — an organization the article already has by that name, or a new one. Null otherwise.
    /// </summary>
    private Entity? CompanyOfItsPeople(string word, string? role)
    {
        if (role is not null && role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !lexicon.TitleModifiers.Contains(w) || PartyWords.Contains(w))) return null;
        if (lexicon.IsGivenName(word) || lexicon.Titles.Contains(word) || PartyWords.Contains(word) || word.Length < 3) return null;
        if (_entities.Find(e => e.Type == SpeakerType.Organization && !e.Unnamed && e.Name.Equals(word, StringComparison.Ordinal)) is { } known) return known;
        if (role is null && SpeaksThroughStatement(word)) return Organization(word);
        try
        {
            foreach (Match m in Regex.Matches(text, $@"(?<!\p{{L}}){Regex.Escape(word)} (\p{{Ll}}+)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                if (IsPersonNoun(m.Groups[1].Value) && !lexicon.TitleModifiers.Contains(m.Groups[1].Value)) return Organization(word);
            // "Quillon's chief executive", "Quillon's shareholders": what only a company has, a person never does
            if (Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(word)}['’]s (?:chief (?:executive|financial|operating)|executives|employees|shareholders|headquarters|founders?|co-founders?|board)\b",
                    RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))) return Organization(word);
        }
        // out of time on a loaded machine: a person's name, as before
        catch (RegexMatchTimeoutException) { }
        return null;
    }

    // "Formavel said in a statement", "Brandsted announced in a press release": a cue that names a statement right after the name
    private static readonly Regex StatementCue = new(@"\G\s+(?:said|says|announced|added|stated|confirmed)\s+(?:on\s+\w+\s+)?in\s+an?\s+(?:\w+\s+)?(?:statement|press release|filing)\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex PersonalPronoun = new(@"\b(?:he|she|his|her|him|himself|herself)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "Formavel said in a statement that it would cut 200 jobs": a lone word no given name nor full name in the article
    /// explains, speaking through a statement as companies and agencies do, is a body's name. Not when the rest of the
    /// sentence calls it "he" or "she" ("… that he would leave the club"): a person known by one name speaks so too.
    /// </summary>
    private bool SpeaksThroughStatement(string word)
    {
        // (the word where the mention being named opens, past its "the")
        int at = _namingAt < text.Length ? text.IndexOf(word, _namingAt, StringComparison.Ordinal) : -1;
        if (at < 0 || at - _namingAt > 4) return false;
        var cue = StatementCue.Match(text, at + word.Length);
        if (!cue.Success) return false;
        int stop = text.IndexOfAny(['.', '\n', '\r'], cue.Index + cue.Length);
        var rest = text.AsSpan(cue.Index + cue.Length, (stop < 0 ? text.Length : stop) - cue.Index - cue.Length).ToString();
        return !PersonalPronoun.IsMatch(rest);
    }

    private bool OpensSentence(Mention mention)
    {
        int i = Math.Min(mention.Span.Start, text.Length) - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '\n' or '\r' or '.' or '!' or '?' or ':' or '(' or '—' || QuoteMarks.MarkEndsAt(text, i);
    }

    // A name seen in passing is a person when something says so: a known given name, a title, a middle initial,
    // and no word of a place or an organization in it ("New York", "Pacific Rim", "European Union" are not people).
    /// <param name="aged">an age set off right after the name (", 58,"): news style gives a person's age so, a place's or a firm's never</param>
    private bool LooksLikePerson(List<string> name, string given, string? role, bool aged = false)
    {
        // "Rep. Jim Jordan": after a person's title, a surname that is also a place's name is still a surname
        bool titled = role is not null && JobTitle(role) is not null && name.Count >= 2 && !lexicon.Places.Contains(given) && !lexicon.OrganizationHeads.Contains(given);
        if (name.Any(w => lexicon.OrganizationHeads.Contains(w) || lexicon.Places.Contains(w) && !(titled && w == name[^1]))) return false;
        return lexicon.IsGivenName(given) || _relativesGivenNames.ContainsKey(given) || _givenNamesByPronoun.ContainsKey(given) || role is not null || name.Any(w => w.Length == 2 && w[1] == '.')
            || aged && name.Count is 2 or 3 && name.TrueForAll(w => char.IsUpper(w[0]) && !lexicon.Titles.Contains(w) && !lexicon.IsDayWord(w));
    }

    // "people", "residents", "villagers": a plural word for people, no word for a body ("unions")
    private bool IsPeopleOfAPlace(string word)
    {
        var lower = word.ToLowerInvariant();
        return (lexicon.Groups.Contains(lower) || lower.EndsWith('s') && lexicon.PersonHeads.Contains(lower)) && !IsOrganizationNoun(lower);
    }

    private bool IsGroupNoun(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lexicon.Groups.Contains(lower) || lexicon.PersonHeads.Contains(lower) && lower.EndsWith('s')) return true;
        return lower.Length > 4 && lower.EndsWith('s') && (lexicon.Titles.Contains(lower[..^1]) || lexicon.PersonHeads.Contains(lower[..^1]) || IsOrganizationNoun(lower));
    }

    // "office", "agencies", "unions": a word for an organization, or for several
    // the kinds of place whose government speaks as "the city of …": lowercase, as a description before the place's name
    private static readonly HashSet<string> PlaceGovernments = new(StringComparer.Ordinal)
    {
        "municipality", "city", "town", "village", "county", "province", "region", "district", "state", "commune", "canton",
        "borough", "parish", "prefecture", "governorate",
    };

    private bool IsOrganizationNoun(string lower) =>
        lexicon.OrganizationNouns.Contains(lower)
        || lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal) && lexicon.OrganizationNouns.Contains(lower[..^3] + "y")
        || lower.Length > 3 && lower.EndsWith('s') && lexicon.OrganizationNouns.Contains(lower[..^1]);

    /// <summary>The capitalized name before a closing acronym made of its initials, or null.</summary>
    private static string? AbbreviatedOrganization(List<string> words)
    {
        if (words.Count < 3 || !IsAcronym(words[^1])) return null;
        int s = words.Count - 1;
        while (s > 0 && (char.IsUpper(words[s - 1][0]) || words[s - 1] is "of" or "the" or "for" or "and" or "to")) s--;
        while (s < words.Count - 1 && !char.IsUpper(words[s][0])) s++;
        var name = JoinWords(words, s, words.Count - 1 - s);
        return words.Count - 1 - s >= 2 && AreInitialsOf(name, words[^1]) ? name : null;
    }

    // "DNC", "NAACP", "AROS": two to six capital letters, no lowercase, no period
    internal static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private bool IsKnownSurname(List<string> name) => name.Count == 1 && PeopleNamed(name[0]).Count > 0;

    private List<Entity> PeopleNamed(string surname) => _bySurname.GetValueOrDefault(surname) ?? None;

    // where the name being read stands, for a person it makes
    private int _namingAt = int.MaxValue;

    /// <summary>
    /// Of people who share a surname, the last one quoted within the three paragraphs before when that was a relative
    /// (who would otherwise lose the bare surname to the principal) and of the gender the title gives: with whether
    /// they spoke last of all people, nobody else named since but for people their own sentence mentions. Null when
    /// no such relative spoke.
    /// </summary>
    private (Entity Last, bool JustSpoke)? SharedSurnameSpeaker(List<Entity> bearers, string? role)
    {
        int at = _recent.FindLastIndex(r => r.Salience == Salience.Speaker && bearers.Contains(r.Entity));
        if (at < 0) return null;
        var (last, _, paragraph, sentence, _) = _recent[at];
        var gender = GenderOf(role);
        if (!IsRelative(last) || _paragraph - paragraph > 3 || gender != Gender.Unknown && last.Gender != Gender.Unknown && last.Gender != gender) return null;
        for (int k = at + 1; k < _recent.Count; k++)
            if (_recent[k].Entity is { Type: SpeakerType.Person } other && other != last && !(_recent[k].Sentence == sentence && _recent[k].Salience == Salience.Mentioned))
                return (last, false);
        return (last, true);
    }

    /// <summary>
    /// "Sarah Dale scored …. “…,” Dale said." in an article that names Michael Dale only further down: of two
    /// people sharing a surname, the only one named in full before it (and of the gender its title gives) is meant.
    /// </summary>
    private Entity? OnlyOneIntroducedBefore(string surname, string? role, int position)
    {
        var gender = GenderOf(role);
        var before = PeopleNamed(surname).FindAll(e => e.FirstAt < position && (gender == Gender.Unknown || e.Gender == Gender.Unknown || e.Gender == gender));
        return before is [var only] ? only : null;
    }

    /// <summary>
    /// "Tova Brandt and Mira Brandt run …. Mira said …": when two people share a surname the article calls them by
    /// given name, and a given name alone that is the given name of exactly one person named in full (and nobody's
    /// surname, place or organization word) is that person, not a second speaker. Two people with that given name, or
    /// a title of the other gender, leave it alone.
    /// </summary>
    private Entity? SoleBearerOfGivenName(string given, string? role)
    {
        if (_bySurname.ContainsKey(given) || lexicon.Titles.Contains(given) || lexicon.Places.Contains(given) || lexicon.OrganizationHeads.Contains(given)) return null;
        var named = _entities.FindAll(e => !e.Unnamed && e.Type == SpeakerType.Person && e.GivenName is not null && e.Name.Contains(' ')
            && e.GivenName.Equals(given, StringComparison.Ordinal));
        if (named is not [var only]) return null;
        var gender = GenderOf(role);
        if (gender != Gender.Unknown && only.Gender != Gender.Unknown && only.Gender != gender) return null;
        return only;
    }

    private Entity? Surname(string surname, string? role)
    {
        // "Mr. Obama" is never the "Michelle Obama" the article also names: the title's gender must fit
        var gender = GenderOf(role);
        var candidates = gender == Gender.Unknown ? PeopleNamed(surname) : PeopleNamed(surname).FindAll(e => e.Gender == Gender.Unknown || e.Gender == gender);
        if (candidates.Count == 0) return null;
        // (the one no relative of anyone first: how often a name was read can follow from earlier guesses)
        var entity = candidates.Count == 1 ? candidates[0] : NoOnesRelative(candidates) ?? Dominant(candidates);
        if (entity is null) return null;
        entity.Role = FullerRole(entity.Role, JobTitle(role));
        if (entity.Gender == Gender.Unknown) entity.Gender = gender;
        return entity;
    }

    // "Mr. Tate", "Ms. Ruiz", "Congresswoman Ruiz", "widow Nour Kell": the title says which pronoun the article will use
    private static Gender GenderOf(string? role)
    {
        if (role is null) return Gender.Unknown;
        foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.TrimEnd('.').ToLowerInvariant();
            if (MaleRoles.Contains(w)) return Gender.Male;
            if (FemaleRoles.Contains(w) || w.EndsWith("woman", StringComparison.Ordinal)) return Gender.Female;
        }
        return Gender.Unknown;
    }

    private static readonly HashSet<string> MaleRoles = new(StringComparer.Ordinal)
    {
        "mr", "monsieur", "señor", "senor", "herr", "signor", "shri", "sir", "widower", "husband", "father", "son", "brother", "grandfather", "uncle", "nephew", "king", "prince", "duke",
    };

    private static readonly HashSet<string> FemaleRoles = new(StringComparer.Ordinal)
    {
        "mrs", "ms", "miss", "mme", "madame", "mlle", "señora", "senora", "sra", "srta", "frau", "signora", "smt", "madam", "dame", "lady", "widow", "wife", "mother", "daughter", "sister", "grandmother", "aunt", "niece",
        "queen", "princess", "duchess", "actress",
    };

    /// <summary>"woman", "widow", "boy": the gender a description's head word gives its person, else unknown.</summary>
    internal static Gender GenderOfHead(Lexicon lexicon, string head)
    {
        if (head is "woman" or "women" or "girl" or "lady") return Gender.Female;
        if (head is "man" or "men" or "boy" or "gentleman") return Gender.Male;
        return lexicon.Kin.TryGetValue(head, out var kin) && kin is Gender.Male or Gender.Female ? kin : Gender.Unknown;
    }

    /// <summary>
    /// "A woman waiting for the ferry held a sign.": a person the article knows only by a description that gives
    /// their gender, as the subject of narration, is who a later "she said" can stand for — as that description,
    /// "woman (unnamed)", never a named person of the other gender nor the reporter.
    /// </summary>
    public void ObserveDescription(Mention description, bool anyPersonHead = false)
    {
        var head = description.Tokens[^1].Text.ToLowerInvariant();
        // (a person introduced by "was a …" may be one of any trade: "a retired miner")
        if (GenderOfHead(lexicon, head) is not (Gender.Male or Gender.Female) && !(anyPersonHead && IsPersonNoun(head))) return;
        if (ResolveNominal(description) is { Unnamed: true, Type: SpeakerType.Person } entity)
            _recent.Add((entity, description.Span.Start, _paragraph, _sentence, Salience.Subject));
    }

    /// <summary>
    /// "The mayor's harbor roots also mattered. In Portsmouth, he told …": a sentence that opens with a
    /// title's possessive is about the one person the article gives that title, and a "he" after it means them rather
    /// than whoever the paragraph before quoted.
    /// </summary>
    public void ObservePossessiveTitle(Mention description)
    {
        var words = description.Tokens.Where(t => t.IsWord).Select(t => StripPossessive(t.Text)).Skip(1).ToList();
        if (words.Count == 0 || !lexicon.Titles.Contains(words[^1]) || words.Exists(w => char.IsUpper(w[0]))) return;
        // several hold the title ("President Xi" in an article about Mr. Obama): only one the article speaks of far more often
        var wanted = words.Select(DescriptionWord).ToArray();
        var holders = _entities.FindAll(e => !e.Unnamed && e.Type == SpeakerType.Person && e.Role is not null
            && HasWords(e.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DescriptionWord).ToArray(), wanted));
        if (holders.Count > 0 && (holders.Count == 1 ? holders[0] : Dominant(holders)) is { } entity)
            _recent.Add((entity, description.Span.Start, _paragraph, _sentence, Salience.Subject));
    }

    private static readonly HashSet<string> PartyWords = new(StringComparer.Ordinal) { "Democrat", "Republican", "Libertarian", "Independent", "Socialist", "Conservative", "Liberal" };

    private static bool IsCourtesyTitle(string word) => word.TrimEnd('.').ToLowerInvariant() is "dr" || IsAddress(word);

    // "Mr.", "Mme", "Herr", "Señora": how a person is addressed in English or in their own language, which gives a
    // gender and no job title
    private static bool IsAddress(string word) => word.TrimEnd('.').ToLowerInvariant() is "mr" or "mrs" or "ms" or "miss" or "mme" or "madame"
        or "mlle" or "monsieur" or "señor" or "señora" or "senor" or "senora" or "sra" or "srta" or "herr" or "frau" or "signor" or "signora" or "shri" or "smt";

    /// <summary>
    /// "Krall believes …" in an article that names "Dana Krell": a surname the article never gives in full, one
    /// letter away from the surname of the one full name it does give (same first letter, five letters or more), is
    /// that person's name misspelled. Several such full names, or none, and it stays a name of its own.
    /// </summary>
    private Entity? MisspelledSurname(string word)
    {
        if (word.Length < 5 || lexicon.IsGivenName(word) || lexicon.Places.Contains(word) || lexicon.OrganizationHeads.Contains(word) || lexicon.Titles.Contains(word)) return null;
        string? given = null, surname = null;
        foreach (var (g, s) in FullNames())
        {
            if (s[0] != word[0] || s.Length < 5 || EditDistance(s.ToLowerInvariant(), word.ToLowerInvariant()) != 1 || NounPhrases.IsFunctionWord(g) || lexicon.Titles.Contains(g) || lexicon.Places.Contains(g)) continue;
            if (surname is not null && (surname != s || given != g)) return null;
            (given, surname) = (g, s);
        }
        if (given is null || surname is null) return null;
        var people = PeopleNamed(surname);
        var entity = people.Count switch
        {
            0 => AddPerson(given + " " + surname, given, null, lexicon.GenderOfGivenName(given)),
            1 when people[0].GivenName is null || people[0].GivenName == given => people[0],
            _ => null,
        };
        // the article's other spelling finds the same person from now on
        if (entity is not null) _bySurname[word] = [entity];
        return entity;
    }

    // every "Given Surname" pair of the article, found once: each unknown surname is compared with all of them
    private List<(string Given, string Surname)>? _fullNames;

    private List<(string Given, string Surname)> FullNames()
    {
        if (_fullNames is not null) return _fullNames;
        var found = new List<(string, string)>();
        try
        {
            foreach (Match m in FullName.Matches(text)) found.Add((m.Groups[1].Value, m.Groups[2].Value));
        }
        // the timeout is wall-clock time: on a loaded machine a long article can pass it, and one article's surname
        // must not stop the indexing of all the others (no pair: every word stays a name of its own)
        catch (RegexMatchTimeoutException) { found.Clear(); }
        return _fullNames = found;
    }

    private static readonly Regex FullName = new(@"(?<![\p{L}.])(\p{Lu}\p{Ll}+)\s(\p{Lu}[\p{L}’'-]*\p{Ll})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "Mr.", "Ms.": a courtesy title gives a gender, not a job title
    // "Sens. Jon Tester and Jeff Merkley": each of them is a "Sen."
    // "Senior forecaster Dr Ines Quell": an honorific after a job title is how she is addressed, no part of the title
    // ("a retired fisherman named Oskar Velling": the word that introduces the name is no part of the description)
    private static string? JobTitle(string? role) =>
        Titled(role is not null && (role.EndsWith(" named", StringComparison.Ordinal) || role.EndsWith(" called", StringComparison.Ordinal)) ? role[..role.LastIndexOf(' ')] : role);

    private static string? Titled(string? role) =>
        role is null || role.Length == 0 || role.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IsAddress) ? null
        : role is "Sens." or "Reps." or "Govs." or "Gens." ? role[..^2] + "."
        : role.LastIndexOf(' ') is > 0 and var last && IsHonorific(role[(last + 1)..]) ? role[..last] : role;

    // "Republican Donald Trump" then "Republican presidential nominee Donald Trump": a bare party word is only the
    // start of a title, and the fuller one that holds it replaces it; any other title the article gave first stays
    // ("Cllr Quell" read before "Green councillor Ines Quell": a bare honorific gives way to the title it abbreviates away)
    // ("Finance Minister" read first, then "Deputy Prime Minister and Finance Minister": the second of two titles joined by
    // "and" gives way to both)
    private static string? FullerRole(string? known, string? given) =>
        known is null || IsHonorific(known) && given is not null && !IsHonorific(given) || given is not null && PartyWords.Contains(known) && given.Length > known.Length
            && given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(known, StringComparer.Ordinal)
        || given is not null && given.EndsWith(" and " + known, StringComparison.Ordinal) ? given : known;

    // "Clinton" when the article names both Bill and Hillary Clinton: only a person the article mentions far more
    // often than the others is meant; otherwise the surname stays unresolved rather than guessed. Each statement
    // the article gave someone so far, whatever words named them ("the former president said", "he said"), counts
    // as much as their name written out twice: the one it keeps quoting is the one a bare surname goes on with.
    private static Entity? Dominant(List<Entity> candidates)
    {
        Entity? top = null, second = null;
        foreach (var e in candidates)
            if (top is null || Weight(e) > Weight(top)) { second = top; top = e; }
            else if (second is null || Weight(e) > Weight(second)) second = e;
        return Weight(top!) >= 3 * Math.Max(1, Weight(second!)) ? top : null;
    }

    private static int Weight(Entity e) => e.Mentions + 2 * e.Statements;

    // "Dorian Fisk … his mother, Ines Fisk" then "Fisk said": an article calls a relative it introduces by the given
    // name and keeps the bare surname for the person it is about; of people sharing a surname, the one it introduced
    // as nobody's relative, when every other one it introduced as a relative, is meant
    private Entity? NoOnesRelative(List<Entity> candidates) =>
        candidates.FindAll(e => !IsRelative(e)) is [var principal] && candidates.Count > 1 ? principal : null;

    // a person the article introduced as someone's relative, here or, by their given name, anywhere ("Orla Hale, his wife")
    private bool IsRelative(Entity person) => person.Kin is not null || person.GivenName is { } given && _relativesGivenNames.ContainsKey(given);

    // full names of three words or more the article gave in passing, before anyone was quoted by them
    private readonly List<string> _namesInPassing = [];

    private Entity AddPerson(string name, string? given, string? role, Gender gender)
    {
        // a person quoted by the last words of a full name given once before ("Mr. Guajardo Villarreal" after "Ildefonso
        // Guajardo Villarreal, the secretary of the economy") goes by that name; two such names, and by neither
        if (name.Contains(' ') && _namesInPassing.Where(n => n.EndsWith(" " + name, StringComparison.Ordinal)).Distinct().ToList() is [var fuller])
            name = fuller;
        var entity = new Entity { Name = name, Type = SpeakerType.Person, Role = JobTitle(role), GivenName = given, Gender = gender, FirstAt = _namingAt };
        _entities.Add(entity);
        var surname = SplitName(name.Split(' ')).Surname;
        if (!_bySurname.TryGetValue(surname, out var people)) _bySurname[surname] = people = [];
        people.Add(entity);
        if (FirstOfTwoSurnames(name, given, surname) is { } first)
        {
            if (!_bySurname.TryGetValue(first, out var alike)) _bySurname[first] = alike = [];
            alike.Add(entity);
        }
        // "Pieter van Dalen" is "van Dalen", and "Dalen" where a source phrase leaves the lowercase particle out
        // ("Nguyen Van Long" is "Long" too: a capitalized "Van" is a middle name there)
        if (surname.Split(' ') is [.. var particles, var bare] && particles.Length > 0 && particles.All(lexicon.NameParticles.Contains))
        {
            if (!_bySurname.TryGetValue(bare, out var plain)) _bySurname[bare] = plain = [];
            if (!plain.Contains(entity)) plain.Add(entity);
        }
        return entity;
    }

    /// <summary>
    /// "Mariela Quispe Huamán", then "Quispe said": a given name and two surnames, as Spanish and Portuguese names
    /// go, whose first surname the article then uses alone. The middle word when it is no given name, initial or
    /// particle; null otherwise.
    /// </summary>
    private string? FirstOfTwoSurnames(string name, string? given, string surname)
    {
        var parts = name.Split(' ');
        if (parts.Length != 3 || given is null || parts[0] != given || parts[2] != surname || IsSuffix(parts[2])) return null;
        var middle = parts[1];
        return middle.Length > 2 && char.IsUpper(middle[0]) && middle.Skip(1).All(char.IsLower) && !lexicon.IsGivenName(middle)
            && !lexicon.NameParticles.Contains(middle) && !lexicon.Titles.Contains(middle) ? middle : null;
    }

    /// <summary>
    /// "Norway and Denmark", "the Allied Guild and the Harbor Board": places or organizations coordinated speak as one,
    /// by the whole phrase; anything else joined by "and" (two people, a name and a word we cannot place) is nobody.
    /// </summary>
    private Entity? Together(List<string> name)
    {
        int and = name.IndexOf("and");
        bool Placed(IEnumerable<string> part) => part.Any(w => lexicon.Places.Contains(w) || lexicon.OrganizationHeads.Contains(w) && char.IsUpper(w[0]));
        if (!Placed(name.Take(and)) || !Placed(name.Skip(and + 1))) return null;
        // not merged by its last word with an organization of its own: "Norway and Denmark" is not "Denmark"
        var joined = string.Join(' ', name);
        var entity = _entities.FirstOrDefault(e => e.Type == SpeakerType.Organization && e.Name.Equals(joined, StringComparison.OrdinalIgnoreCase));
        if (entity is null) _entities.Add(entity = new Entity { Name = joined, Type = SpeakerType.Organization, Gender = Gender.Neuter });
        return entity;
    }

    // the legal forms that end a company's full name: without them, and without the words before them, the name is
    // still the company's ("Tavoren" for "Tavoren Health Inc")
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Corporation", "Co", "Company", "LLC", "Ltd", "Limited", "PLC", "LP", "AG", "SA", "NV", "GmbH", "Holdings", "Group",
        // the legal forms that close companies' names in other countries ("Tandang Works Berhad", "Marapi Beton Tbk",
        // "Kelby Civil Pvt")
        "Bhd", "Berhad", "Pty", "Pvt", "Tbk", "BV", "SpA",
    };

    /// <summary>
    /// "Tavoren" or "Tavoren Health" after "Tavoren Health Inc", "Fjordline" after "Fjordline Metals LLC": the
    /// first words of the full name of the one company the article named, ending in a legal form, are that company.
    /// A given name or a place opening the words is no short name. Null for none or several.
    /// </summary>
    private Entity? CompanyNamedBy(IReadOnlyList<string> name)
    {
        if (name.Count == 0 || lexicon.IsGivenName(name[0]) || lexicon.Places.Contains(name[0]) || lexicon.Titles.Contains(name[0])) return null;
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed) continue;
            var words = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length <= name.Count || !CompanySuffixes.Contains(words[^1].TrimEnd('.'))) continue;
            bool prefix = true;
            for (int k = 0; k < name.Count && prefix; k++) prefix = words[k].Equals(name[k], StringComparison.OrdinalIgnoreCase);
            if (!prefix) continue;
            if (found is not null && found != e) return null;
            found = e;
        }
        return found;
    }

    /// <summary>
    /// "VC" in an article that writes "Vice Chancellor": the capitalized title words of the text whose initials are
    /// the capitals, in order, as the title ("Vice Chancellor"); null when the text writes no such title.
    /// </summary>
    private string? TitleSpelledBy(string capitals)
    {
        if (capitals.Length is < 2 or > 3) return null;
        var pattern = @"\b" + string.Join(" ", capitals.Select(c => c + @"[a-z]+")) + @"\b";
        foreach (Match m in Regex.Matches(text, pattern, RegexOptions.CultureInvariant))
            if (m.Value.Split(' ').All(w => lexicon.Titles.Contains(w.ToLowerInvariant()))) return m.Value;
        return null;
    }

    private Entity? OrganizationNamedExactly(string name)
    {
        foreach (var e in _entities)
            if (e.Type == SpeakerType.Organization && !e.Unnamed && e.Statements > 0 && e.Name == name) return e;
        return null;
    }

    private Entity Organization(string name)
    {
        // "Oslo-based Fjordline Metals LLC", "U.S.-backed …": a hyphenated adjective before the name describes it
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int described = 0;
        while (described < words.Length - 1 && words[described].LastIndexOf('-') is var hyphen and > 0 && hyphen + 1 < words[described].Length && char.IsLower(words[described][hyphen + 1])) described++;
        if (described > 0) name = string.Join(' ', words.Skip(described));
        if (CompanyNamedBy(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { } company) return company;
        var initials = InitialsOf(name);
        var entity = _entities.FirstOrDefault(e => e.Type == SpeakerType.Organization && (e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || EndsAsItsName(e.Name, name) || EndsAsItsName(name, e.Name)
            || InitialsOf(e.Name) == name || initials == e.Name));
        if (entity is null)
        {
            entity = new Entity { Name = name, Type = SpeakerType.Organization, Gender = Gender.Neuter };
            _entities.Add(entity);
        }
        else if (name.Length > entity.Name.Length) entity.Name = name; // the fullest name the article gives
        return entity;
    }

    // each organization's initials, worked out once: every organization mentioned is compared with all the others
    private readonly Dictionary<string, string> _initials = new(StringComparer.Ordinal);

    private string InitialsOf(string name)
    {
        if (!_initials.TryGetValue(name, out var initials)) _initials[name] = initials = Initials(name);
        return initials;
    }

    // "International Monetary Fund" → "IMF", so the acronym finds the organization the article spelled out
    // " (RIP)" right after <paramref name="end"/>: the capitals between the parentheses, or null
    private string? InitialsInParenthesesAfter(int end)
    {
        if (end + 4 > text.Length || text[end] != ' ' || text[end + 1] != '(') return null;
        int close = text.IndexOf(')', end + 2);
        if (close < 0 || close - end - 2 is < 2 or > 6) return null;
        var inside = text[(end + 2)..close];
        return inside.All(char.IsUpper) ? inside : null;
    }

    // (a lowercase word between the capitalized ones is a link, in any language: "Comboios de Portugal" → "CP")
    private static string Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("of" or "the" or "for" or "and" or "to") && !char.IsLower(w[0])).ToList();
        return words.Count < 2 ? "" : string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
    }

    /// <summary>
    /// Whether the capitals set right after a name, in brackets or as its last word, are its initials: in the name's
    /// order, or in another order, as an acronym kept from the body's own language ("National Institute of Anthropology
    /// and History (INAH)"). Set beside the name, they can be nothing else.
    /// </summary>
    private static bool AreInitialsOf(string name, string acronym)
    {
        var initials = Initials(name);
        return initials == acronym || initials.Length == acronym.Length && initials.Order().SequenceEqual(acronym.Order());
    }

    /// <summary>
    /// "the press secretary", "the senator", "Garcia's chief strategist" → the one person whose title or apposition
    /// says so ("Press Secretary Jen Psaki", "Sen. Ana Ruiz", "Dan Ortiz, Garcia's chief strategist,"); none or
    /// several → null.
    /// </summary>
    private Entity? RoleEntity(string? role) => RoleEntity(role, out _);

    private Entity? RoleEntity(string? role, out bool ambiguous)
    {
        ambiguous = false;
        if (role is null) return null;
        var written = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wanted = OfficeWords(role);
        Entity? found = null;
        bool headed = false;
        foreach (var e in _entities)
        {
            var roleWords = e.Role is null ? null : OfficeWords(e.Role);
            bool byRole = roleWords is not null && HasWords(roleWords, SpelledOut(written, wanted, roleWords));
            if (e.Unnamed || !(byRole || e.Descriptions?.Exists(d => HasWords(d, wanted)) == true)) continue;
            if (found is not null) { ambiguous = true; return null; }
            found = e;
            // a description names what its head says: "the campaign" is not the "state's campaign chairman" (who still
            // makes "the campaign" ambiguous when someone else fits it)
            headed = byRole || e.Descriptions!.Exists(d => HasWords(d, wanted) && HeadOf(d) == HeadOf(wanted));
        }
        return headed ? found : null;
    }

    /// <summary>
    /// "The senator said …" in an article with two senators, right after one of them spoke: of the named people whose
    /// title holds the description, the one the article mentioned in this paragraph or the one before — when no other
    /// holder was mentioned there. Otherwise null.
    /// </summary>
    private Entity? RoleHolderJustBefore(string role, int position)
    {
        var written = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wanted = OfficeWords(role);
        bool Holds(Entity e) => !e.Unnamed && e.Type == SpeakerType.Person && e.Role is not null && OfficeWords(e.Role) is var roleWords
            && HasWords(roleWords, SpelledOut(written, wanted, roleWords));
        // the one holder mentioned in this paragraph ("Circuit Judge Ana Brill … ¶ District Judge Ivo Marsh upheld the fee.
        // The judge called it …" is Marsh), else the one in this paragraph and the one before
        for (int reach = 0; reach <= 1; reach++)
        {
            Entity? found = null;
            bool several = false;
            for (int k = _recent.Count - 1; k >= 0; k--)
            {
                var (entity, at, inParagraph, _, _) = _recent[k];
                if (at >= position) continue;
                if (_paragraph - inParagraph > reach) break;
                if (!Holds(entity)) continue;
                if (found is not null && found != entity) { several = true; break; }
                found = entity;
            }
            if (several) return null;
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>
    /// The words of a title, one spelling each (see <see cref="DescriptionWord"/>) — but a capitalized word right before
    /// an organization's head word is part of the organization's name and keeps its own: "Justice Department lawyer"
    /// is no "judge".
    /// </summary>
    private string[] OfficeWords(string role)
    {
        var raw = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new string[raw.Length];
        for (int k = 0; k < raw.Length; k++)
            words[k] = k + 1 < raw.Length && char.IsUpper(raw[k][0]) && char.IsUpper(raw[k + 1][0]) && lexicon.OrganizationHeads.Contains(raw[k + 1])
                ? StripPossessive(raw[k]).TrimEnd('.').ToLowerInvariant() : DescriptionWord(raw[k]);
        return words;
    }

    /// <summary>
    /// "the CFO" for "Chief Financial Officer Miguel Arroyo": a word <paramref name="written"/> in capitals, made of the
    /// initials of as many consecutive words of the title <paramref name="role"/>, stands for those words.
    /// </summary>
    private static string[] SpelledOut(string[] written, string[] wanted, string[] role)
    {
        static bool Acronym(string w) => w.Length is >= 2 and <= 5 && w.All(char.IsUpper);
        if (role.Length < 2 || written.Length != wanted.Length || !Array.Exists(written, Acronym)) return wanted;
        var spelled = new List<string>(wanted.Length + 4);
        for (int n = 0; n < wanted.Length; n++)
        {
            var w = written[n];
            int at = Acronym(w) ? Enumerable.Range(0, Math.Max(0, role.Length - w.Length + 1)).FirstOrDefault(k => Enumerable.Range(0, w.Length)
                .All(i => role[k + i].Length > 1 && char.ToLowerInvariant(role[k + i][0]) == char.ToLowerInvariant(w[i])), -1) : -1;
            if (at >= 0) spelled.AddRange(role.Skip(at).Take(w.Length));
            else spelled.Add(wanted[n]);
        }
        return [.. spelled];
    }

    /// <summary>
    /// The one named person whose title, or a description the article gives them anywhere (see
    /// <see cref="DescribeAhead"/>), has <paramref name="head"/> and no word the description lacks. Null when there is
    /// none or more than one.
    /// </summary>
    private Entity? TitleHolder(string head, List<string> description)
    {
        var described = description.Select(DescriptionWord).ToArray();
        bool Fits(string[] words) => Array.Exists(words, w => w.Equals(head, StringComparison.OrdinalIgnoreCase))
            && HasWords(described, words.Where(w => !NounPhrases.Determiners.Contains(w)).ToArray());
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Unnamed || e.Type != SpeakerType.Person) continue;
            if (!(e.Role is not null && Fits(e.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DescriptionWord).ToArray())
                || e.Descriptions?.Exists(Fits) == true || _describedAhead.TryGetValue(e, out var ahead) && ahead.Exists(Fits))) continue;
            if (found is not null && found != e) return null;
            found = e;
        }
        return found;
    }

    // "economist at the institute" → "economist", "campaign manager too" → "manager": before the first preposition, the
    // last word for a person or a title, else the last word
    private string HeadOf(string[] words)
    {
        int at = Array.FindIndex(words, w => w is "of" or "for" or "at" or "with" or "from" or "in" or "to" or "on" or "by");
        int end = at > 0 ? at : words.Length;
        for (int k = end - 1; k >= 0; k--)
            if (lexicon.Titles.Contains(words[k]) || lexicon.PersonHeads.Contains(words[k])) return words[k];
        return end > 0 ? words[end - 1] : "";
    }

    private readonly Dictionary<Entity, List<string[]>> _describedAhead = [];

    /// <summary>
    /// An apposition read before the article is resolved ("Omar Diaz, the commissioner,"), so a title used before
    /// the name ("the state's tax commissioner says") can find its one holder. Only <see cref="TitleHolder"/> reads it.
    /// </summary>
    /// <summary>
    /// A name written after words for an organization ("toy maker Brindle"), read ahead like <see cref="DescribeAhead"/>:
    /// that organization; any other description leaves the name as it is.
    /// </summary>
    public void DescribeAheadAsOrganization(Mention name, IReadOnlyList<Token> description)
    {
        var words = description.Select(t => t.Text).ToList();
        // the words for the business end right before the name ("told the court Kovac lied" is no court named Kovac),
        // and a day is no name ("the company Tuesday said")
        if (words.Count > 0 && OrganizationDescriptionEnd(words) == words.Count && !name.Tokens.Any(t => lexicon.IsCalendarWord(t.Text)))
            DescribeOrganization(name, WithoutAffiliation(name), words);
    }

    /// <summary>
    /// "The University of Amsel closed its campus. Its rector, Anke Dorn, said …": a description opened by "its" is the
    /// role in the one organization named before it in the paragraph ("rector of the University of Amsel"), so that "the
    /// rector of the university" finds the person. Null when the paragraph names no such organization before, or several.
    /// </summary>
    private string? OwnedByBodyBefore(IReadOnlyList<Token> description)
    {
        if (description.Count < 2 || !description[0].IsWord || description[0].Text is not ("Its" or "its") || AsWritten(description) is not { } role) return null;
        int start = description[0].Start;
        int paragraph = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        Entity? owner = null;
        int ownerAt = -1;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed) continue;
            int at = text.LastIndexOf(e.Name, start, StringComparison.Ordinal);
            if (at < paragraph) continue;
            // (one name read twice, as two entities, is one body)
            if (owner is not null && !owner.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            (owner, ownerAt) = (e, at);
        }
        if (owner is null) return null;
        // ("the University of Amsel": the article the body's name takes where it was named)
        bool the = ownerAt >= 4 && text.AsSpan(ownerAt - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
        // only the subject that opened its sentence: "The board fined the ferry. Its captain, …" is the ferry's captain
        var before = text.AsSpan(paragraph, (the ? ownerAt - 4 : ownerAt) - paragraph).TrimEnd();
        if (before.Length > 0 && before[^1] is not ('.' or '!' or '?')) return null;
        return role + " of " + (the ? "the " : "") + owner.Name;
    }

    public void DescribeAhead(Mention name, IReadOnlyList<Token> description)
    {
        var whole = name;
        name = WithoutAffiliation(name);
        var words = description.Where(t => t.IsWord && !NounPhrases.Determiners.Contains(t.Text)).Select(t => t.Text).ToList();
        if (words.Count == 0) return;
        if (IsOrganizationDescription(words)) { DescribeOrganization(whole, name, words); return; }
        // a name the lexicon does not know is a person when its apposition is a title: "Ivo Marsh, the commissioner,"
        int headAt = words.FindIndex(w => w is "of" or "for" or "at" or "with" or "from" or "in");
        var head = (headAt > 0 ? words[headAt - 1] : words[^1]).ToLowerInvariant();
        bool title = lexicon.Titles.Contains(head) || lexicon.PersonHeads.Contains(head) || IsProfessionNoun(head) || LeadsBody(words, headAt);
        if ((NameEntity(name, create: false) ?? (title ? NameEntity(name, create: true) : null)) is not { Unnamed: false, Type: SpeakerType.Person } entity) return;
        // read ahead, so the speaker's first quote already has the role a later apposition gives
        entity.Apposition ??= OwnedByBodyBefore(description) ?? AsWritten(description);
        if (entity.Gender == Gender.Unknown) entity.Gender = GenderOfDescription(words);
        var described = words.Select(DescriptionWord).ToArray();
        if (!_describedAhead.TryGetValue(entity, out var list)) _describedAhead[entity] = list = [];
        list.Add(described);
    }

    // whole words: "the president" is not the "vice-presidential nominee" — nor the "Vice President" or a "former
    // president": a word that makes the office another one must be asked for too ("the minister" is never the
    // "Prime Minister", whom an article calls "the prime minister")
    // the article gave the person this word for them, in a title or a description
    private bool Called(Entity person, string word) =>
        person.Role is not null && person.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DescriptionWord).Contains(word, StringComparer.OrdinalIgnoreCase)
        || person.Descriptions?.Exists(d => d.Contains(word, StringComparer.OrdinalIgnoreCase)) == true;

    private static bool HasWords(string[] words, string[] wanted)
    {
        foreach (var w in wanted)
            if (!Array.Exists(words, r => r.Equals(w, StringComparison.OrdinalIgnoreCase))) return false;
        foreach (var w in words)
            if (OtherOffice.Contains(w) && !Array.Exists(wanted, r => r.Equals(w, StringComparison.OrdinalIgnoreCase))) return false;
        return true;
    }

    // "the former minister of trade and current …" right before a description: a "the", a few lower-case words (a
    // title), "and", maybe "current" or "former"
    private static readonly Regex TitleAndBefore = new(@"\bthe\s+(?:\p{Ll}+\s+){1,5}and\s+(?:(?:current|former|now|also)\s+)?$", RegexOptions.CultureInvariant);

    private bool SecondOfTwoTitles(Mention mention)
    {
        int start = Math.Min(mention.Span.Start, text.Length);
        int from = Math.Max(0, start - 80);
        return TitleAndBefore.IsMatch(text.AsSpan(from, start - from).ToString());
    }

    private static readonly HashSet<string> OtherOffice = new(StringComparer.OrdinalIgnoreCase) { "vice", "deputy", "former", "ex", "assistant", "lieutenant", "lt", "under", "prime" };

    // "the longer …, the more …": a comparative after "the" opens a clause of the writer's, it names nobody
    private static readonly HashSet<string> Comparatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "longer", "more", "less", "fewer", "bigger", "greater", "higher", "lower", "sooner", "later", "harder", "better", "worse", "further", "farther", "faster",
    };

    /// <summary>
    /// A description that is no noun phrase: a comparative after "the" ("the longer"), a determiner after "that"
    /// ("that the campaign was": a reported clause's "that"), or a form of "be", a modal or an object pronoun (a
    /// clause, not a name: "client would challenge the ruling", "Madrid backed it").
    /// </summary>
    private static bool IsNoNounPhrase(string determiner, List<string> description)
    {
        if (determiner is "the" && Comparatives.Contains(description[0]) && (description.Count == 1 || NounPhrases.Determiners.Contains(description[1]))) return true;
        if (determiner is "that" && description[0] is "the" or "a" or "an") return true;
        for (int k = 0; k < description.Count; k++)
        {
            var w = description[k];
            if (w is "who" or "which" or "that") return false; // "officials who are familiar with …" is still theirs
            if (w is "was" or "were" or "is" or "are" or "would" or "will" or "could" or "should" or "can" or "might" or "must") return true;
            // "Madrid backed it", but "a person close to him" is still a description
            if (w is "it" or "him" or "them" && k > 0 && description[k - 1] is not ("to" or "with" or "of" or "for" or "about" or "near" or "by")) return true;
        }
        return false;
    }

    private static readonly Regex YearsOld = new(@"^(\d{1,3})-year-old$", RegexOptions.CultureInvariant);

    /// <summary>"74-year-old": a number of years, hyphenated into an adjective.</summary>
    internal static bool IsAgeAdjective(string word) => YearsOld.IsMatch(word);

    /// <summary>
    /// "Karin Dole, 62, … The 62-year-old said": an age as a description ("the 62-year-old", "the 62-year-old
    /// farmer", never "the 62-year-old company" nor a document) is the one named person the article gave that age; none or several: null, and the description
    /// stays an unnamed source.
    /// </summary>
    private Entity? PersonOfAge(List<string> description)
    {
        if (!Aged(description)) return null;
        int age = YearsOf(description[0]);
        var aged = _entities.FindAll(e => e.Type == SpeakerType.Person && !e.Unnamed && e.Age == age);
        // ("…, with Tom Bell, 62." gives a second person that age where no age is read): the age given once in the whole article
        return aged.Count == 1 && TimesSetOff(age) + TimesDescribedAged(age) == 1 ? aged[0] : null;
    }

    // "a 62-year-old farmer": how many times the article gives someone that age in an indefinite description
    private int TimesDescribedAged(int age) => Regex.Count(text, @"\b[Aa]n? " + age + @"-year-old\b");

    // "62-year-old": 62
    private static int YearsOf(string ageAdjective) => int.Parse(YearsOld.Match(ageAdjective).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    // ", 62," or ", 62." after a name: how many times the article sets that age off
    private int TimesSetOff(int age) => Regex.Count(text, @"(?<![\d,.]), " + age + @"\b(?![,.]?\d)");

    // "62-year-old", "62-year-old farmer": an age alone or before a lowercase noun that is no document nor body
    private bool Aged(List<string> description) =>
        description.Count <= 2 && YearsOld.IsMatch(description[0])
        && (description.Count == 1 || char.IsLower(description[1][0]) && !lexicon.Documents.Contains(description[1]) && !IsOrganizationNoun(description[1]));

    private Entity? ResolveNominal(Mention mention)
    {
        var words = mention.Tokens.Where((t, k) => t.IsWord || IsAmpersandInName(mention.Tokens, k)).Select(t => t.Text).ToList();
        string determiner = NounPhrases.Determiners.Contains(words[0]) ? words[0].ToLowerInvariant() : "";
        // "the former minister of trade and current Liberal nominee": the second of two titles joined by "and"
        // shares the first one's "the"
        bool shared = determiner.Length == 0 && SecondOfTwoTitles(mention);
        var description = determiner.Length > 0 ? words.Skip(1).ToList() : words;
        if (shared) determiner = "the";
        // "One of the docs", "two of the nurses": a partitive names the group its speaker belongs to
        bool partitive = determiner.Length > 0 && description.Count >= 2 && description[0] is "of";
        if (partitive)
            description = description.Skip(NounPhrases.Determiners.Contains(description[1]) ? 2 : 1).ToList();
        if (description.Count == 0) return null;
        // "Two people familiar with the talks said …. One of them said …": the group "them" stands for, or no one
        if (partitive && description is ["them"]) return ResolvePronoun("they", mention.Span.Start, []);
        // "a step officials stressed was routine": a singular article before a bare plural head is another noun's, and
        // the plural alone is who spoke
        if (determiner is "a" or "an" && description.Count == 2 && IsGroupNoun(description[1]) && !IsGroupNoun(description[0]) && char.IsLower(description[0][0])
            && char.IsLower(description[1][0]) && !description[0].EndsWith("ly", StringComparison.Ordinal) && !lexicon.TitleModifiers.Contains(description[0]))
            (determiner, description) = ("", [description[1]]);
        // "that the campaign was …", "the longer the debate went on": a clause or a comparative took a speaker's place
        if (IsNoNounPhrase(determiner, description)) return null;
        if (determiner is "the" && PersonOfAge(description) is { } aged) return aged;
        // "her campaign": a candidate's campaign goes by the candidate's name, as "Ruiz's campaign" does
        if (determiner is "his" or "her" && description is ["campaign"] && ResolvePronoun(determiner, mention.Span.Start, []) is { Unnamed: false, Type: SpeakerType.Person } candidate)
            return Organization(candidate.Name + "'s campaign");
        // "the US said", "the U.S. warned": a country's initials after "the" stand for its government, never a person
        // (its initials also qualify titles, "U.S. Ambassador Jo Doe", so they are read as a title word before here)
        if (determiner is "the" && description.Count == 1 && IsAcronym(description[0].Replace(".", "")) && description[0].Replace(".", "").Length is 2 or 3
            && lexicon.TitleModifiers.Contains(description[0])) return Organization(description[0]);
        // "the nonpartisan Congressional Budget Office": adjectives before an organization's capitalized name describe it
        if (AdjectivesBeforeOrganization(description) is { } organizationName) return Organization(organizationName);
        int headAt = description.FindIndex(w => w is "of" or "for" or "with" or "from" or "in" or "around" or "across" or "at" or "on" or "to" or "by" or "about" or "near");
        // "a source close to the campaign", "officials familiar with the talks": the head comes before the adjective
        if (headAt > 1 && description[headAt - 1] is "close" or "familiar" or "near") headAt--;
        // "a 46-page analysis released by the department": a participle before its agent describes the head before it
        if (headAt > 1 && description[headAt] is "by" && description[headAt - 1].EndsWith("ed", StringComparison.Ordinal) && !char.IsUpper(description[headAt - 1][0])) headAt--;
        // "a new report released Monday by the Harbor Trust": past a day, too
        else if (headAt > 2 && description[headAt] is "by" && lexicon.IsWeekday(description[headAt - 1]) && description[headAt - 2].EndsWith("ed", StringComparison.Ordinal)
            && !char.IsUpper(description[headAt - 2][0])) headAt -= 2;
        // "a long study being published on Friday by …", "a report issued Monday by …": a participle phrase after
        // the head describes it; the head and the words before it name the source
        int modifier = PostModifier(description);
        if (modifier > 0 && (headAt < 0 || modifier < headAt)) headAt = modifier;
        // "an Ipsos poll released …", "a civil complaint filed …": a participle the phrase was cut after describes the document before it
        if (headAt < 0 && description.Count >= 2 && description[^1].Length > 4 && description[^1].EndsWith("ed", StringComparison.Ordinal)
            && !char.IsUpper(description[^1][0]) && lexicon.Documents.Contains(description[^2].ToLowerInvariant())) modifier = headAt = description.Count - 1;
        string head = (headAt > 0 ? description[headAt - 1] : description[^1]).ToLowerInvariant();
        // "The lawyer, who asked not to be identified, said …" after "Ruta Kalnins, the family's lawyer": a source the
        // article leaves unnamed on purpose is nobody it named, whatever role or kin they share with them
        if (!head.EndsWith('s') && IsPersonNoun(head) && AnonymityAfter(mention.Span.End))
            return _entities.LastOrDefault(e => e.Unnamed && e.NamedAs is null && e.Head == head && Compatible(e.Name, description))
                ?? NewUnnamed(description, head, definite: false, owned: false, modifier, headAt);
        // "his ex-wife", "Doe's son": a relative of someone, whom the article may have named
        if ((determiner is "his" or "her" or "their" || determiner.Length == 0 && words.Count >= 2 && char.IsUpper(words[0][0]) && StripPossessive(words[0]) != words[0])
            && lexicon.Relation(determiner.Length > 0 ? description : description.Skip(1).ToList()) is { } kin)
        {
            var possessor = determiner.Length == 0 ? NameEntity(new Mention(mention.Span, MentionKind.Name, [mention.Tokens[0]]), create: false) : null;
            if (Relative(kin, possessor) is { } relative) return relative;
        }
        // "according to her lawyer" after "Her lawyer, Tomas Vik, said …": the one person the article named as someone's
        // lawyer, when "her" stands for that same someone now; a second person named so, or another owner, leaves it
        // unnamed (a wrong speaker is worse than none)
        if (determiner is "his" or "her" && description.Count == 1 && OwnedNamed(description[0].ToLowerInvariant(), determiner, mention.Span.Start) is { } ownedNamed) return ownedNamed;
        // "Garcia's chief strategist" is as definite as "the chief strategist"
        bool definite = determiner is "the" or "this" or "that" || determiner.Length == 0 && char.IsUpper(words[0][0]) && StripPossessive(words[0]) != words[0];
        var byRole = RoleEntity(string.Join(' ', description), out bool severalHold);
        // "the county said" after "County Sheriff Dan Ortiz": a word for a body is the body, never a person whose title it
        // qualifies
        if (byRole is { Type: SpeakerType.Person } && IsOrganizationNoun(head)) byRole = null;
        if (definite && byRole is not null) return byRole;
        // "the mediator" after "Ana Ruiz, who is mediating the fishing dispute": a role given by a verb names its holder
        if (determiner is "the" && description.Count == 1 && RoleGivenByVerb(head, mention.Span.Start) is { } byVerb) return byVerb;
        if (definite && severalHold && determiner is "the" && !IsOrganizationNoun(head) && RoleHolderJustBefore(string.Join(' ', description), mention.Span.Start) is { } recent) return recent;
        // "Harrow County’s tax commissioner says …" then "Commissioner Omar Diaz says …" or "Omar Diaz, the
        // commissioner, …": the one person the article gives the title is meant, if nothing in their title contradicts
        // the description ("NFL Commissioner" is not the state's tax commissioner)
        int owner = description.FindIndex(w => StripPossessive(w) != w);
        bool owned = determiner.Length == 0 && owner >= 0 && description.Take(owner + 1).All(w => char.IsUpper(w[0])); // "New York’s tax commissioner"
        // (not when several people hold a title with that word: "the judge" with a circuit judge and a judge is neither)
        if ((definite || owned) && lexicon.Titles.Contains(head) && !head.EndsWith('s') && !Introduced(head, mention.Span.Start) && !severalHold
            && TitleHolder(head, description) is { } holder)
            return holder;
        // "A Harrow County judge has turned down …" then "Circuit Judge Alma Reyes …": a lead introduces its main actor by a
        // description and names them further down; the one person the article gives that role is meant
        if (determiner is "a" or "an" && _paragraph <= 1 && lexicon.Titles.Contains(head) && RoleEntity(head) is { } named) return named;
        // "the IMF report", "the White House statement": what a document says, its issuer says
        // "a 30-page study released by the Department of Coastal Affairs": the organization that released it issued it
        // "a study issued in March by the independent Harbor Budget Office", "a poll of 900 voters published by …": past a
        // time or a complement, too
        // (and "…, the report said" after it, as after a cue's "said in a report": see IssuedJustBefore)
        if (lexicon.Documents.Contains(head) && ReleasedBy(description, Math.Max(headAt, 1)) is { } agentBy
            && Agent(description.Skip(agentBy + 1).ToList()) is { } releasedBy) return Issued(head, releasedBy);
        // "a survey of 900 adults by the polling firm Tallis Research": the agent after the document's complement made it
        if (lexicon.Documents.Contains(head) && headAt > 0 && description[headAt] is "of" && description.IndexOf("by", headAt) is > 0 and var plainBy
            && Agent(description.Skip(plainBy + 1).ToList()) is { } madeBy) return Issued(head, madeBy);
        // "as the notice put out by the ministry on Friday warned": the agent written right after the document's
        // phrase, past its participle, issued it
        if (lexicon.Documents.Contains(head) && AgentAfter(mention) is { } issuedAfter) return issuedAfter;
        if (lexicon.Documents.Contains(head) && IssuerOf(mention) is { } issuer) return issuer;
        if (determiner is "the" or "that" && description.Count == 1 && lexicon.Documents.Contains(head) && IssuedJustBefore(head) is { } issuedBy) return issuedBy;
        if (determiner is "the" && head is "document" && SoleDocumentQuoted(description) is { } quoted) return quoted;
        // "the bureau wrote" right after the Budget Bureau spoke, though the article names another bureau too
        if (definite && description.Count == 1 && SoleSubjectJustBefore(mention.Span.Start, e => e.Type == SpeakerType.Organization && !e.Unnamed
            && e.Name.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase)) is { } spokeJustBefore) return spokeJustBefore;
        // "the company" when the one company so named is not the only business that spoke: see OtherBusinessSpoke
        if (definite && description is ["company" or "firm"] && (OrganizationEndingWith(head, mention.Span.Start) ?? DescribedOrganization(description, head, mention.Span.Start)) is { } soleCompany
            && OtherBusinessSpoke(soleCompany)) return _entities.LastOrDefault(e => e.Unnamed && e.Head == head) ?? NewUnnamed(description, head, definite, owned, modifier, headAt);
        // "the fund" in an article about the International Monetary Fund
        // (not "the union" after "the Vale Growers' Guild, the region's largest farm union,": another body called so may be meant)
        if (definite && description.Count == 1 && OrganizationEndingWith(head, mention.Span.Start) is { } organization
            && !CalledSoElsewhere(organization, head)) return organization;
        if (determiner is "the" && headAt < 0 && CompanyOpeningItsReport(description, head, mention.Span.Start) is { } opener) return opener;
        if (determiner is "the" && description is ["company" or "firm"] && BusinessInItsReport(mention.Span.Start) is { } inReport) return inReport;
        // "Brindle Rope cut 300 jobs, the company said": a name that opens the very sentence and that nothing made anyone's
        // may be the company, so no company met before is a safer guess
        if (determiner is "the" && description is ["company" or "firm"] && UnknownOpenerBefore(mention.Span.Start))
            return _entities.LastOrDefault(e => e.Unnamed && e.Head == head) ?? NewUnnamed(description, head, definite, owned, modifier, headAt);
        // "PolitiFact says …" then "the fact-checking website noted …", "the paper added": what an organization is,
        // right after it spoke, stands for it as "it" would
        // (not when the article called another body by the word: "Grid operator Voltmark blamed rival grid operator
        // Nordnet" leaves "the operator" to either)
        // (not past a name that opens the very sentence and that nothing made anyone's: "Holm Rope cut 300 jobs, the group
        // said" may be that name's report, so an organization that spoke before is no safer a guess)
        if (determiner is "the" && headAt < 0 && lexicon.OrganizationKinds.Contains(head) && description.All(w => !char.IsUpper(w[0]))
            && !UnknownOpenerBefore(mention.Span.Start)
            && (OrganizationJustBefore(mention.Span.Start) ?? NameThatIsAnOrganization(mention.Span.Start)) is { } spoke && !OtherTradeCalledSo(spoke, head) && !OtherSideOfLabour(spoke, head)
            && !CalledAnotherKind(spoke, description))
        {
            // (what the article called it, it may call it again paragraphs later: see BodyCalledSo)
            if (description.Count == 1) KnowKind(spoke, description);
            return spoke;
        }
        // "the ministry", "the sheriff's office", "the company": the one organization the article named with those words
        if (determiner is "the" && headAt < 0 && DescribedOrganization(description, head, mention.Span.Start) is { } described) return described;
        if (determiner is "the" && headAt < 0 && WeatherBody(description, head) is { } weather) return weather;
        // "the agency said" after "the Civil Defense Department", "the regulator said" after "the Fair Trading
        // Commission": a government agency by another head word, or by what it does, is the one body of government the
        // article named, when no unnamed agency (or regulator) was met; so is "the department" after "the Ministry of
        // Transport" and "the ministry" after "the Transport Department", when no body named so was met
        if (determiner is "the" && description is ["agency" or "regulator" or "watchdog" or "department" or "ministry"] && !_entities.Exists(e => e.Unnamed && e.Head == head)
            && SoleGovernmentBody() is { } body) return body;
        if (determiner is "the" && headAt < 0 && OrganizationOfKind(description, head, mention.Span.Start) is { } ofKind) return ofKind;
        if (determiner is "the" && headAt < 0 && BodyCalledSo(description, head, mention.Span.Start) is { } calledSo) return calledSo;
        if (determiner is "the" && SoleLeadBusiness(description, mention.Span.Start) is { } business) return business;
        if (determiner is "the" && description.Count == 1 && OrganizationNamedForHead(head, mention.Span.Start) is { } namedFor) return namedFor;
        if (determiner is "the" or "this" or "that" or "" || partitive)
        {
            // "the Democratic nominee" is not the "GOP nominee" met before, nor "Baltic leaders" the "Northern European
            // leaders": one description must hold every word of the other
            var sameHead = _entities.LastOrDefault(e => e.Unnamed && e.Head == head && Compatible(e.Name, description));
            if (sameHead is not null) return sameHead;
            // "Two senior administration officials said … ¶ The second senior official said", "one of the officials":
            // one of a group of unnamed sources met before is that group
            if ((determiner is "the" || partitive) && MemberOfGroup(head, description) is { } group) return group;
            if (determiner is not ("the" or "this" or "that" or "")) return NewUnnamed(description, head, definite: false, owned: false, modifier: -1, headAt: -1);
            if (definite && TopicPerson(mention, description, head) is { } topic) return topic;
            if (determiner.Length > 0 && !head.EndsWith('s') && lexicon.PersonHeads.Contains(head))
            {
                // "a person familiar with the talks … the source said": a word any anonymous source goes by stands for the
                // last one, never a crowd ("residents", "people"); "the diplomat" is never "the government" nor "the
                // sheriff's office" met in between; nor a person described and then named ("said the union's
                // president, Jo Doe"), who is no longer anonymous
                var recentUnnamed = _recent.LastOrDefault(r => r.Entity.Unnamed && r.Entity.NamedAs is null && r.Entity.Type == SpeakerType.Person
                    && (!IsPluralHead(r.Entity.Head) || lexicon.PersonHeads.Contains(r.Entity.Head!) && !lexicon.Groups.Contains(r.Entity.Head!))).Entity;
                // (not a word for a relative: "the father of three" is someone's parent the article describes, never
                // the anonymous official quoted before him; and a group of sources, "officials", is never "the retired
                // teacher": only a word any source goes by stands for them)
                if (recentUnnamed?.Head is { } recentHead && IsPersonNoun(recentHead) && lexicon.Relation([head]) is null
                    && (lexicon.AnonymousHeads.Contains(head) || lexicon.AnonymousHeads.Contains(recentHead) && !IsPluralHead(recentHead))) return recentUnnamed;
            }
        }
        // "Marlow police", "Hendry's campaign": an organization noun after the proper name of its place or
        // owner names that organization; it is no unnamed source
        if (headAt < 0 && ProperOrganizationName(description, head) is { } proper) return Organization(proper);
        return NewUnnamed(description, head, definite, owned, modifier, headAt);
    }

    private static readonly HashSet<string> AnonymityOpeners = new(StringComparer.Ordinal) { "who", "speaking", "talking", "requesting", "asking" };

    /// <summary>
    /// Whether the words right after a description, up to the next comma or stop, say why its speaker goes unnamed:
    /// ", who asked not to be identified", ", who spoke on condition of anonymity", ", who declined to be named",
    /// " who was not authorized to speak", ", who would not give her name", ", speaking anonymously".
    /// </summary>
    private bool AnonymityAfter(int end)
    {
        int k = end;
        while (k < text.Length && text[k] == ' ') k++;
        if (k < text.Length && text[k] == ',') k++;
        int stop = k;
        while (stop < text.Length && stop - k < 120 && text[stop] is not (',' or '.' or ';' or ':' or '"' or '“' or '”' or '\n' or '\r')) stop++;
        var words = text[k..stop].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !AnonymityOpeners.Contains(words[0])) return false;
        for (int i = 1; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant();
            var before = words[i - 1].ToLowerInvariant();
            if (word is "anonymity" or "anonymously" or "unauthorized" or "unauthorised") return true;
            // ("who is authorized to speak for the firm" is no reason to go unnamed: only its negation is)
            if (word is "authorized" or "authorised" && (before is "not" || before.EndsWith("n't", StringComparison.Ordinal) || before.EndsWith("n’t", StringComparison.Ordinal))) return true;
            if (word is "named" or "identified" && before is "be" or "being") return true;
            if (word is "name" && before is "his" or "her" or "their") return true;
        }
        return false;
    }

    // "a spokeswoman for Pell & Crane": an ampersand between capitalized words is part of the firm's name the description holds
    private static bool IsAmpersandInName(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Is('&') && !tokens[k].InQuote && k > 0 && k + 1 < tokens.Count && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;

    // "the carmaker", and "airlines", "ferry operators" in the plural: businesses called by their trade
    private bool IsTrade(string head) =>
        lexicon.Trades.Contains(head) || head.Length > 3 && head.EndsWith('s') && lexicon.Trades.Contains(head[..^1]);

    private Entity NewUnnamed(List<string> description, string head, bool definite, bool owned, int modifier, int headAt)
    {
        // "the letter", "a new report": a document speaks for its authors, it is no person; nor is "the sheriff's
        // office" or "a rights group"; nor is a business called by its trade ("the quarry's operator", "the carmaker")
        var type = lexicon.Documents.Contains(head) || IsOrganizationNoun(head) || IsTrade(head) ? SpeakerType.Organization : SpeakerType.Person;
        // "Ferry operators including Bluewake Lines and Tern Shipping": the kind before "including" is what they are,
        // not the last word of the examples
        if (type == SpeakerType.Person && description.IndexOf("including") is > 0 and var including
            && description[including - 1].ToLowerInvariant() is var kind && (IsOrganizationNoun(kind) || IsTrade(kind)))
            type = SpeakerType.Organization;
        // "the alliance's recommended …": the alliance, not "alliance's"
        if (StripPossessive(description[^1]) != description[^1].Replace('’', '\'')) description = [.. description.SkipLast(1), StripPossessive(description[^1])];
        if (modifier > 0 && modifier == headAt) description = description.Take(modifier).ToList();
        // "survey by the bank published last week": a participle after the document's complement describes it, no name holds it
        else if (type == SpeakerType.Organization && lexicon.Documents.Contains(head) && description.FindIndex(1, w => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal)) is > 1 and var participle)
            description = description.Take(participle).ToList();
        var entity = new Entity { Name = string.Join(' ', description) + " (unnamed)", Type = type, Unnamed = true, Head = head, Gender = type == SpeakerType.Organization ? Gender.Neuter : GenderOfHead(lexicon, head) };
        entity.Office = (definite || owned) && IsOffice(description, head);
        _entities.Add(entity);
        return entity;
    }

    /// <summary>
    /// "Marlow police", "Hendry's campaign", "the Valdor opposition": a lowercase word for an organization after
    /// nothing but capitalized words (a place, an owner), none of them a title or a word for a person, is the name the
    /// article gives that organization, as written. Null otherwise ("the city's police", "Senator Ruiz's aide").
    /// </summary>
    private string? ProperOrganizationName(List<string> description, string head)
    {
        if (description.Count < 2 || description.Count > 4 || !lexicon.OrganizationNouns.Contains(head) || char.IsUpper(description[^1][0])) return null;
        if (IsCountrysBody(description)) return string.Join(' ', description);
        for (int k = 0; k < description.Count - 1; k++)
        {
            var w = StripPossessive(description[k]);
            // "the Paris police prefecture": after the place, a word for an organization may qualify the head
            if (k > 0 && char.IsUpper(description[0][0]) && lexicon.OrganizationNouns.Contains(w)) continue;
            // "the Nashville-based company": a capitalized adjective names nothing
            if (!char.IsUpper(w[0]) || w.Contains('-') || lexicon.Titles.Contains(w) || lexicon.PersonHeads.Contains(w) || NounPhrases.Determiners.Contains(w)) return null;
        }
        return string.Join(' ', description);
    }

    /// <summary>
    /// "Peru's trade ministry", "Chile's foreign ministry": a country's possessive before lowercase words that end in
    /// an organization noun is that country's own body, named as written — one per country, so no unnamed source.
    /// </summary>
    private bool IsCountrysBody(List<string> description) =>
        description[0] != StripPossessive(description[0]) && lexicon.Places.Contains(StripPossessive(description[0]))
        && description.Skip(1).All(w => char.IsLower(w[0]) && !lexicon.PersonHeads.Contains(w));

    /// <summary>
    /// Where a participle phrase after the head of a description begins: "being" ("a study being released …"), or a
    /// lowercase "-ed" word after a document's name followed by "by", "on" or a day ("a report issued Monday by …").
    /// -1 when there is none.
    /// </summary>
    private int PostModifier(List<string> description)
    {
        for (int k = 1; k + 1 < description.Count; k++)
        {
            var w = description[k];
            if (char.IsUpper(w[0])) continue;
            if (w is "being" && lexicon.Documents.Contains(description[k - 1].ToLowerInvariant())) return k;
            // "released last week", "filed in": a participle right after a document's name describes it
            if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && lexicon.Documents.Contains(description[k - 1].ToLowerInvariant())) return k;
        }
        return -1;
    }

    /// <summary>
    /// "Connecticut's tax commissioner", "the Indiana governor", "the state's attorney general": a singular title
    /// (not an anonymous head: "the official") with a place, an organization or an owner before it — one office, held
    /// by one person. A bare title ("the senator") may be any of several.
    /// </summary>
    private bool IsOffice(List<string> description, string head)
    {
        int at = description.FindLastIndex(w => w.Equals(head, StringComparison.OrdinalIgnoreCase));
        if (at < 1 || head.EndsWith('s') || !lexicon.Titles.Contains(head) || lexicon.AnonymousHeads.Contains(head)) return false;
        for (int k = 0; k < at; k++)
            if (char.IsUpper(description[k][0]) || StripPossessive(description[k]) != description[k].Replace('’', '\'')) return true;
        return false;
    }

    private static readonly Regex AgentFollows = new(@"\G,? (?:issued|released|published|posted|sent|put out|distributed)(?: late| early)?(?: \p{Ll}+day| on \p{Lu}\p{Ll}+)? by (?<agent>(?:the )?[\p{L}'’-]+(?: (?:of |for |and )?\p{Lu}[\p{L}'’-]*)*)", RegexOptions.CultureInvariant);

    // the agent named by a participle and "by" right after the document's phrase, when it is an organization the
    // article named ("a notice released by the ministry"); else null
    private Entity? AgentAfter(Mention mention)
    {
        if (mention.Span.End >= text.Length || AgentFollows.Match(text, mention.Span.End) is not { Success: true } m) return null;
        var words = m.Groups["agent"].Value.Split(' ').ToList();
        return Agent(words) is { Type: SpeakerType.Organization, Unnamed: false } agent ? agent : null;
    }

    /// <summary>
    /// Where "by" names who released a document: after a participle ("released", "published", "written") that follows
    /// the head or its complement, with at most three words of time between ("released last week by"). -1 when none.
    /// </summary>
    private static int ReleasedBy(List<string> description, int from)
    {
        int by = description.IndexOf("by", from);
        if (by < 1) return -1;
        for (int p = by - 1; p >= from && by - p <= 4; p--)
        {
            var w = description[p];
            if (w.Length > 4 && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal))) return by;
        }
        return -1;
    }

    // "by the Department of Veterans Affairs", "by the nonpartisan Budget Bureau": the organization an agent's
    // capitalized name gives, or "by the bank": the one organization the article named with that word; else null
    private Entity? Agent(List<string> words)
    {
        if (words.Count > 0 && words[0] is "the") words = words.Skip(1).ToList();
        // "the Tide Policy Program at Norvik University": the name before the place it belongs to is the agent
        int at = words.Count > 2 ? words.FindIndex(1, w => w is "at" or "in") : -1;
        if (at > 0 && char.IsUpper(words[at - 1][0]) && at + 1 < words.Count && char.IsUpper(words[at + 1][0])) words = words.Take(at).ToList();
        if (words.Count == 1 && char.IsLower(words[0][0]) && lexicon.OrganizationNouns.Contains(words[0])) return OrganizationNamedWith(words[0]);
        // adjectives before the name describe it; a word for an organization among them ("the polling firm Tallis
        // Research") says the name is one
        bool kind = false;
        while (words.Count > 1 && char.IsLower(words[0][0]) && !NounPhrases.IsFunctionWord(words[0]) && char.IsUpper(words[^1][0]))
        {
            kind |= lexicon.OrganizationNouns.Contains(words[0]);
            words = words.Skip(1).ToList();
        }
        if (words.Count == 0 || !words.TrueForAll(w => char.IsUpper(w[0]) || w is "of" or "for" or "the" or "and" or "on")) return null;
        return kind || words.Exists(w => lexicon.OrganizationHeads.Contains(w) && char.IsUpper(w[0])) ? Organization(string.Join(' ', words)) : null;
    }

    private string? AdjectivesBeforeOrganization(List<string> description)
    {
        int first = description.FindIndex(w => char.IsUpper(w[0]));
        if (first < 1 || description.Count - first < 2 || !lexicon.OrganizationHeads.Contains(description[^1])) return null;
        for (int k = 0; k < first; k++)
            if (NounPhrases.IsFunctionWord(description[k]) || lexicon.PersonHeads.Contains(description[k]) || lexicon.Titles.Contains(description[k])
                || lexicon.Documents.Contains(description[k]) || StripPossessive(description[k]) != description[k].Replace('’', '\'')) return null;
        for (int k = first; k < description.Count; k++)
            if (!char.IsUpper(description[k][0]) && description[k] is not ("of" or "for" or "the" or "and" or "on")) return null;
        return string.Join(' ', description.Skip(first));
    }

    // "second", "other": words that pick one member of a group, not words that describe it
    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase) { "first", "second", "third", "fourth", "other", "another", "same", "latter", "former" };

    /// <summary>
    /// The group of unnamed sources met before ("senior administration officials (unnamed)") that a description of
    /// one of them ("second senior official", or the plural after "one of the") belongs to: its head is the group's
    /// head, or the group's in the singular, and every other word of it but an ordinal is the group's. The last such
    /// group, or null.
    /// </summary>
    private Entity? MemberOfGroup(string head, List<string> description)
    {
        // (every word but the head, which need not be the last: "the residents of Ostby" are no group of "residents of Dunmere")
        int at = description.FindLastIndex(w => w.Equals(head, StringComparison.OrdinalIgnoreCase));
        if (at < 0) at = description.Count - 1;
        var words = description.Where((_, k) => k != at).Select(DescriptionWord).Where(w => !Ordinals.Contains(w)).ToList();
        return _entities.LastOrDefault(e => e.Unnamed && e.Type == SpeakerType.Person && e.Head is { } groupHead && groupHead.EndsWith('s')
            && (groupHead == head || groupHead == head + "s") && words.TrueForAll(w => e.Name[..^" (unnamed)".Length].Split(' ').Select(DescriptionWord).Contains(w)));
    }

    private bool Compatible(string unnamed, List<string> description)
    {
        var known = unnamed[..^" (unnamed)".Length].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DescriptionWord).ToArray();
        var wanted = description.Select(DescriptionWord).ToArray();
        return wanted.All(w => known.Contains(w)) || known.All(w => wanted.Contains(w));
    }

    /// <summary>
    /// "Oscar Vedder called on Laura Tapley to … ¶ “That was a disgrace,” the mayor's former campaign manager said":
    /// news style names a person, then speaks of them again by a description. A definite description of one person
    /// (a head with a word besides it) is the person the sentence before is about — its speaker or subject, when
    /// nobody shares that place — provided the article never introduced that description as someone new ("a senior
    /// official … the senior official"), speaks of no group of them ("officials"), gives nobody it as a title, and
    /// the description's gender fits; never the person the description names ("Obama's …" is not Obama), nor when it
    /// names someone that sentence mentions ("Trump's adviser" after "Clinton attacked Trump" may be either's).
    /// </summary>
    private static readonly Regex WhoIsDoing = new(@"(?<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}), who (?:is|was|has been|had been|will be) (?<verb>\p{Ll}{3,}ing)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// "the mediator said" after "Ana Ruiz, who is mediating the fishing dispute, …": a role the article gave a named person by a
    /// verb ("mediating", "negotiating", "leading") is what "the" and its agent noun ("mediator", "negotiator",
    /// "leader") call them. The one known person so described before <paramref name="position"/>; none or two: null.
    /// </summary>
    private Entity? RoleGivenByVerb(string head, int position)
    {
        if (head.Length < 5 || !(head.EndsWith("or", StringComparison.Ordinal) || head.EndsWith("er", StringComparison.Ordinal))) return null;
        Entity? found = null;
        foreach (Match m in WhoIsDoing.Matches(text))
        {
            if (m.Index + m.Length > position) break;
            var stem = m.Groups["verb"].Value[..^3];
            if (head != stem + "or" && head != stem + "er") continue;
            var surname = m.Groups["name"].Value.Split(' ')[^1];
            var person = _entities.Find(e => e.Type == SpeakerType.Person && !e.Unnamed && e.Name.Split(' ')[^1] == surname);
            if (person is null || found is not null && found != person) return null;
            found = person;
        }
        return found;
    }

    private Entity? TopicPerson(Mention mention, List<string> description, string head)
    {
        // "The mill's foreman, Per Holm, kept his answers short. … the 58-year-old said", "the 44-year-old welder added": an age
        // nobody was given, alone or before any lowercase noun, is as sure a word for a person as "the coach"
        bool aged = Aged(description);
        if (description.Count < 2 && !aged || head.EndsWith('s') || !IsPersonNoun(head) && !aged || lexicon.AnonymousHeads.Contains(head) || text.Length < mention.Span.Start) return null;
        if (Introduced(head, mention.Span.Start)) return null;
        // "the minister's spokesperson", "the mayor's aide": a person a person's word owns works for that person, and is
        // never the minister the sentence before was about, only someone the article already called so ("Former White
        // House Doctor Says" before "the candidate's former doctor maintains")
        bool owned = description.SkipLast(1).Any(w => StripPossessive(w) is var owner && owner != w.Replace('’', '\'') && char.IsLower(owner[0]) && IsPersonNoun(owner));
        // "the former county clerk and state senator": the words for a person in it, all of which a title holder would have
        // "the vice presidential nominee": a word that makes the office another one ("vice") is wanted too, so that the
        // presidential nominee does not hold it
        var wanted = description.Select(DescriptionWord).Where(w => IsPersonNoun(w) || OtherOffice.Contains(w)).Distinct().ToArray();
        var holders = wanted.Length == 0 ? [] : _entities.FindAll(e => !e.Unnamed && (e.Role is not null && HasWords(e.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DescriptionWord).ToArray(), wanted)
            || e.Descriptions?.Exists(d => HasWords(d, wanted)) == true));
        Entity? best = null;
        var bestSalience = Salience.None;
        int inSentence = -1;
        bool tied = false;
        var mentioned = new List<Entity>();
        for (int k = _recent.Count - 1; k >= 0; k--)
        {
            var (entity, _, paragraph, sentence, salience) = _recent[k];
            if (sentence >= _sentence) continue;
            if (_paragraph - paragraph > 1 || inSentence >= 0 && sentence != inSentence) break;
            if (entity.Type != SpeakerType.Person) continue;
            inSentence = sentence;
            mentioned.Add(entity);
            if (best is null || salience > bestSalience) (best, bestSalience, tied) = (entity, salience, false);
            else if (salience == bestSalience && entity != best) tied = true;
        }
        if (best is null || tied || best.Unnamed || bestSalience < Salience.Subject || holders.Exists(e => e != best)) return null;
        if (owned && !Called(best, DescriptionWord(head))) return null;
        // "the father of three": a relative, with no office to match, is the one person met in this paragraph and the
        // one before, never one of several (an official quoted in between may be meant as well as the striker before him)
        if (lexicon.Relation([head]) is not null && _recent.Exists(r => r.Sentence < _sentence && _paragraph - r.Paragraph <= 1
            && r.Entity.Type == SpeakerType.Person && r.Entity != best)) return null;
        // "Mayor Ana Ruiz says … ¶ The Oregon governor said": a person the article gives another office is not this one
        if (wanted.Length > 0 && !description.Exists(w => w.ToLowerInvariant() is "former" or "ex") && OtherOffices(best, wanted)) return null;
        // ("Holm, 61, … the 58-year-old said": another age is another person; an age two people were given names neither)
        if (aged && YearsOf(description[0]) is var age
            && (best.Age is int known && known != age || TimesSetOff(age) > 1)) return null;
        var gender = GenderOf(string.Join(' ', description));
        if (gender != Gender.Unknown && best.Gender != Gender.Unknown && best.Gender != gender) return null;
        foreach (var word in description)
        {
            var w = StripPossessive(word);
            if (!char.IsUpper(w[0])) continue;
            if (best.Name.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase)) return null;
            if (w != word.Replace('’', '\'') && mentioned.Exists(e => e.Name.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase))) return null;
        }
        return best;
    }

    /// <summary>
    /// Does the article call <paramref name="person"/> only by words for an office (a title, an apposition) none of
    /// which <paramref name="wanted"/> has? "Mayor" against "governor". A party word, a candidacy ("nominee", which
    /// any officeholder may also be) or no title at all says nothing against it; nor does a former office.
    /// </summary>
    private bool OtherOffices(Entity person, string[] wanted)
    {
        if (wanted.Any(Candidacy.Contains)) return false;
        // "the father of three" after "Tomas Ferreira, a 38-year-old driver": a driver may be a father, a relative is no office
        wanted = wanted.Where(w => lexicon.Relation([w]) is null).ToArray();
        if (wanted.Length == 0) return false;
        var known = new List<string>();
        if (person.Role is not null) known.AddRange(person.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DescriptionWord).Where(IsPersonNoun));
        foreach (var d in person.Descriptions ?? []) known.AddRange(d.Where(IsPersonNoun));
        if (_describedAhead.TryGetValue(person, out var ahead)) foreach (var d in ahead) known.AddRange(d.Where(IsPersonNoun));
        return known.Count > 0 && !known.Exists(w => wanted.Contains(w, StringComparer.OrdinalIgnoreCase) || Candidacy.Contains(w));
    }

    private static readonly HashSet<string> Candidacy = new(StringComparer.OrdinalIgnoreCase) { "nominee", "candidate", "hopeful", "challenger", "contender", "mate" };

    // "a senior official", "an adviser", "one aide", or the group "officials" before this point of the article
    private bool Introduced(string head, int before)
    {
        var pattern = $@"\b(?:(?:a|an|one|another)\s+(?:[\w’'.-]+\s+){{0,4}}?{Regex.Escape(head)}\b|{Regex.Escape(head)}(?:s|es)\b)";
        try { return Regex.IsMatch(text.AsSpan(0, before), pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
        // out of time (a loaded machine): taken as introduced, so the description is left without a speaker, never given a wrong one
        catch (RegexMatchTimeoutException) { return true; }
    }

    private Entity? IssuerOf(Mention mention)
    {
        var capitalized = new List<Token>();
        // "a study by Harvard and Yale": only the words before the document's complement can name its issuer
        foreach (var t in mention.Tokens)
        {
            if (t.IsWord && t.Text is "by" or "to" or "about" or "with" or "from" or "at" or "in" or "on") break;
            // "a survey of 900 Norvik adults": who or what a document's "of" is about issues nothing
            if (t.IsWord && t.Text is "of" && capitalized.Count == 0) break;
            // "a report released Monday": a day is no issuer
            if (t.IsCapitalized && !NounPhrases.Determiners.Contains(t.Text) && !lexicon.IsWeekday(t.Text)) capitalized.Add(t);
        }
        // "Video of the crash": the document noun itself, capitalized as the sentence's first word, issues nothing
        if (capitalized.Count > 0 && capitalized[0] == mention.Tokens[0] && IsCapitalizedDocument(mention)) capitalized.RemoveAt(0);
        // "Court documents show …", "Police records show …": a word for a kind of body, capitalized only as the
        // sentence's first word, is a common noun telling where the papers come from, not a name of their issuer
        if (capitalized is [var only] && only == mention.Tokens[0] && OpensSentence(mention) && lexicon.OrganizationNouns.Contains(only.Text.ToLowerInvariant())) capitalized.Clear();
        // "Portuguese media reports say …", "according to Danish press reports": a word for a country's people before the
        // writing tells where it comes from, and names no issuer
        if (capitalized is [var nationality] && IsDemonym(nationality.Text)) capitalized.Clear();
        if (capitalized.Count == 0) return AuthorOf(mention);
        var name = new Mention(mention.Span, MentionKind.Name, capitalized);
        return NameEntity(name, create: false) ?? OrganizationBeginningWith(string.Join(' ', capitalized.Select(t => t.Text)))
            ?? (capitalized.Count > 0 ? Organization(string.Join(' ', capitalized.Select(t => StripPossessive(t.Text)))) : null);
    }

    // The one named organization whose name the written words open ("Brakstad" for "Brakstad Turbines"), read with
    // either apostrophe; two such organizations, and neither
    private Entity? OrganizationOpenedBy(string written)
    {
        var opening = written.Replace('’', '\'') + " ";
        var found = _entities.Where(e => e.Type == SpeakerType.Organization && !e.Unnamed && e.Name.Replace('’', '\'').StartsWith(opening, StringComparison.Ordinal))
            .Select(e => e.Name).Distinct().ToList();
        return found.Count == 1 ? _entities.Find(e => e.Type == SpeakerType.Organization && !e.Unnamed && e.Name == found[0]) : null;
    }

    // "the Fitchley's memo" after "Fitchley's Credit Service": a firm's possessive name, as the article first wrote it to
    // open the firm's full name, is that firm, not a new "Fitchley"
    private Entity? OrganizationBeginningWith(string written) =>
        StripPossessive(written) == written.Replace('’', '\'') ? null : OrganizationOpenedBy(written);

    /// <summary>
    /// "a 2016 study by Harrow Law School professor Jo Doe", "a new report from the Coastal Policy Institute": the one
    /// named author after "by" or "from" issues the document (not "a study by Harvard and Yale", two of them). A name
    /// after "the" ("by the Harbor Ledger") is an organization's: people take no article.
    /// </summary>
    private Entity? AuthorOf(Mention mention)
    {
        int by = -1;
        for (int k = 0; k < mention.Tokens.Count; k++)
            if (mention.Tokens[k].IsWord && mention.Tokens[k].Text is "by" or "from") { by = k; break; }
        if (by < 0 || by + 1 >= mention.Tokens.Count || !mention.Tokens[^1].IsCapitalized) return null;
        var author = new List<Token>();
        bool joined = false;
        for (int k = by + 1; k < mention.Tokens.Count; k++)
        {
            if (mention.Tokens[k].Text is "and") joined = true;
            else if (joined && mention.Tokens[k].Text is "the" or "The") return null;
            else if (mention.Tokens[k].Text is "by" or "from" or "at" or "in" or "with") return null;
            author.Add(mention.Tokens[k]);
        }
        // "figures from the Lakes and Rivers Placement Service": an "and" inside one body's name, after "the" and before the
        // word for a body that ends it, joins no two authors
        if (joined && !(author.Count > 3 && author[0].Text is "the" or "The" && lexicon.OrganizationNouns.Contains(author[^1].Text.ToLowerInvariant()))) return null;
        if (author[0].Text is "the" or "The" && author.Count > 1 && author.Skip(1).All(t => t.IsWord && (t.IsCapitalized || t.Text is "of" or "for" or "and" or "on")))
            return Organization(string.Join(' ', author.Skip(1).Select(t => StripPossessive(t.Text))));
        var name = new Mention(new TextSpan(author[0].Start, author[^1].End, text.Length >= author[^1].End ? text[author[0].Start..author[^1].End] : ""), MentionKind.Name, author);
        return NameEntity(name, create: true);
    }

    /// <summary>
    /// The one entity <paramref name="counts"/> admits that spoke, or was a subject, in the nearest sentence before
    /// <paramref name="position"/> that has one, in this paragraph or the one before; null when that sentence has two.
    /// </summary>
    private Entity? SoleSubjectJustBefore(int position, Func<Entity, bool> counts)
    {
        Entity? found = null;
        int foundSentence = -1;
        for (int k = _recent.Count - 1; k >= 0; k--)
        {
            var (entity, at, inParagraph, sentence, salience) = _recent[k];
            if (at >= position) continue;
            if (_paragraph - inParagraph > 1 || found is not null && sentence != foundSentence) break;
            if (salience < Salience.Subject || !counts(entity)) continue;
            if (found is not null && entity != found) return null;
            (found, foundSentence) = (entity, sentence);
        }
        return found;
    }

    /// <summary>
    /// The one named organization that spoke, or was a subject, in the nearest sentence that has one, in this
    /// paragraph or the one before; none when that sentence has two, or the nearest is a government body or a place
    /// (no paper, union or company).
    /// </summary>
    private Entity? OrganizationJustBefore(int position)
    {
        // ("Hedgeview said …" then "the company said": the name right before, which may be one, is meant, not an
        // organization further back)
        if (SoleSubjectJustBefore(position, _ => true) is { Type: SpeakerType.Person } nearest && MayBeOrganization(nearest)) return null;
        var found = SoleSubjectJustBefore(position, e => e.Type == SpeakerType.Organization && !e.Unnamed);
        var last = found?.Name.Split(' ')[^1];
        // (a government body's head may stand before "of": "the Ministry of Canals and Ports" is no company)
        return last is null || lexicon.GovernmentHeads.Contains(last) || lexicon.GovernmentHeads.Contains(HeadOfName(found!.Name.Split(' ')).ToLowerInvariant())
            || lexicon.Places.Contains(last) || lexicon.Places.Contains(found!.Name) ? null : found;
    }

    /// <summary>
    /// "Brindle Paper Works will close its mill in June, the company said": the named organization that opens the very
    /// sentence whose words "the company" (firm, group) is said to have said is that company — when no other
    /// organization is named in the sentence before the cue, none of the article's unnamed ones goes by the word, and it
    /// is no government body or place. A name taken for a person's with nothing personal about it becomes an
    /// organization, as in <see cref="NameThatIsAnOrganization"/>. Otherwise null.
    /// </summary>
    private Entity? CompanyOpeningItsReport(List<string> description, string head, int position)
    {
        // ("the Oxham-based company": a hyphenated adjective says where or what it is, and names no one else)
        if (head is not ("company" or "firm" or "group") || description.Exists(w => w != head && !w.Contains('-'))) return null;
        if (_entities.Exists(e => e.Unnamed && e.Head == head)) return null;
        Entity? opener = null;
        foreach (var (entity, at, _, sentence, _) in _recent)
        {
            if (sentence != _sentence || at >= position || entity.Unnamed) continue;
            if (opener is null)
            {
                if (!OpensSentenceAt(at)) return null;
                opener = entity;
            }
            else if (entity != opener && entity.Type == SpeakerType.Organization && !lexicon.Places.Contains(entity.Name)) return null;
        }
        if (opener is null) return UnknownOpenerOwning(position);
        // ("BRUSSELS, May 2 - Dutch toy maker Brindle …": a dateline's place in capitals opens no subject)
        if (opener.Name.Any(char.IsLetter) && !opener.Name.Any(char.IsLower)) return null;
        if (lexicon.Places.Contains(opener.Name) || lexicon.GovernmentHeads.Contains(opener.Name.Split(' ')[^1])) return null;
        if (opener.Type == SpeakerType.Person)
        {
            if (!MayBeOrganization(opener)) return null;
            opener.Type = SpeakerType.Organization;
            opener.Gender = Gender.Neuter;
        }
        return opener;
    }

    /// <summary>
    /// "The Orvane probe, built by the Kessel-based start-up Dravik Orbital, stopped sending data …, the company said": the one
    /// business the very sentence names before "the company" said it, by a trade or a company's kind, is that company,
    /// not one that spoke a paragraph before. Null when the sentence names none or two, or "the company" already went to
    /// an unnamed one.
    /// </summary>
    private Entity? BusinessInItsReport(int position)
    {
        if (_entities.Exists(e => e.Unnamed && e.Head is "company" or "firm")) return null;
        Entity? found = null;
        foreach (var (entity, at, _, sentence, _) in _recent)
        {
            if (sentence != _sentence || at >= position || entity.Unnamed || entity.Type != SpeakerType.Organization || entity == found) continue;
            if (found is not null) return null;
            found = entity;
        }
        return found is not null && found.Kinds?.Exists(k => lexicon.Trades.Contains(k[^1]) || k[^1] is "company" or "firm") == true ? found : null;
    }

    // a name of two or more capitalized words that nothing made anyone's opened the current sentence before <paramref name="position"/>
    private bool UnknownOpenerBefore(int position) => _unknownOpener is var (opening, openedIn) && openedIn == _sentence && opening.Span.End < position;

    // the name of two or more capitalized words that opened the current sentence and made no entity, with its sentence
    private (Mention Name, int Sentence)? _unknownOpener;

    /// <summary>
    /// "Brindle Paper Works will close its mill, the company said": a name the article gave nothing personal (no given
    /// name, no title) that opens the sentence, when "its" follows it before the cue, is the company's — an
    /// organization. Null otherwise.
    /// </summary>
    private Entity? UnknownOpenerOwning(int position)
    {
        if (_unknownOpener is not var (name, sentence) || sentence != _sentence || name.Span.End >= position) return null;
        var words = name.Tokens.Where(t => t.IsWord).Select(t => StripPossessive(t.Text)).ToList();
        if (words.Count < 2 || words.Exists(w => !char.IsUpper(w[0]) || lexicon.IsGivenName(w) || lexicon.Titles.Contains(w) || lexicon.Places.Contains(w) || lexicon.IsCalendarWord(w))) return null;
        if (!Regex.IsMatch(text.AsSpan(name.Span.End, position - name.Span.End), @"\bits\b")) return null;
        return Organization(string.Join(' ', words));
    }

    // nothing but spaces between the start of a paragraph or the end of a sentence and <paramref name="at"/>
    private bool OpensSentenceAt(int at)
    {
        int k = at - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        return k < 0 || text[k] is '\n' or '\r' or '.' or '!' or '?';
    }

    /// <summary>
    /// "Hedgeview said … The website noted …": a name taken for a person's, with nothing personal about it (no given
    /// name, title, role, relative, nor a "he" or "she" that stood for it), that spoke or was the subject in the
    /// sentence just before, alone, is what the article now calls it: an organization. It becomes one, and every
    /// quote given to it follows (see <see cref="Named"/>). Null when another name was there too.
    /// </summary>
    private Entity? NameThatIsAnOrganization(int position)
    {
        var found = SoleSubjectJustBefore(position, _ => true);
        if (found is null || !MayBeOrganization(found)) return null;
        found.Type = SpeakerType.Organization;
        found.Gender = Gender.Neuter;
        return found;
    }

    // a name taken for a person's with nothing personal about it: no given name, title, role, relative or pronoun
    private bool MayBeOrganization(Entity found)
    {
        if (found.Type != SpeakerType.Person || found.Unnamed || found.Gender != Gender.Unknown || found.Role is not null || found.GivenInText
            || found.Apposition is not null || found.Kin is not null || found.Descriptions is not null || found.NamedAs is not null) return false;
        var words = found.Name.Split(' ');
        // (a title stands before a name, never last: "Tarsa Offshore Energy" is no "Energy Secretary")
        return !(words.Length > 3 || words.Any(w => lexicon.IsGivenName(w) || w.Length == 2 && w[1] == '.') || words.SkipLast(1).Any(lexicon.Titles.Contains)
            || _relativesGivenNames.ContainsKey(words[0]));
    }

    /// <summary>
    /// "the ministry" after "Dorvana's Ministry of Foreign Affairs", "the health department" after "the Carver County
    /// Health Department", "the company" after "Corvane Systems Inc": a description of lowercase words (a hyphenated
    /// adjective aside: "the Nashville-based company") whose every word is a word of the name of one organization the
    /// article named, its head that name's head — or, for "company" and "firm", the one name with a company's suffix. Never for a word for a person
    /// ("the mayor" is not the "Office of the Mayor") nor a document; none or several such organizations: null.
    /// </summary>
    private Entity? DescribedOrganization(List<string> description, string head, int position)
    {
        if (IsPersonNoun(head) || lexicon.Documents.Contains(head)) return null;
        var words = new List<string>(description.Count);
        foreach (var word in description)
        {
            var w = StripPossessive(word);
            if (w.Contains('-')) continue;
            if (!char.IsLower(w[0])) return null;
            words.Add(w);
        }
        if (words.Count == 0 || !words[^1].Equals(head, StringComparison.OrdinalIgnoreCase)) return null;
        bool company = head is "company" or "firm" && words.Count == 1;
        Entity? found = null, bare = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed || e.NamedAs is not null) continue;
            // "The company said …" in the lead, and a federal "… Corporation" only named paragraphs later: by a legal form
            // alone, "the company" points back to a company the reader has met, never ahead
            if (company && e.SeenAt != int.MaxValue && e.SeenAt > position) continue;
            var name = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => StripPossessive(w).TrimEnd('.', ',')).ToArray();
            // ("Ministry says it acted", a subheading: the bare word with a capital names no ministry of its own, and is
            // no second one beside the ministry the article names in full; alone, "Police said …", it is the one meant)
            if (name.Length == 1 && name[0].Equals(head, StringComparison.OrdinalIgnoreCase)) { bare ??= e; continue; }
            // the description's head is the name's ("the state" is not "Marrowby State University"): see HeadOfName
            var nameHead = HeadOfName(name);
            bool fits = company ? name.Length > 1 && CompanySuffixes.Contains(name[^1])
                : (nameHead.Equals(head, StringComparison.OrdinalIgnoreCase) || NamedForTrade(nameHead, head)) && words.TrueForAll(w => name.Contains(w, StringComparer.OrdinalIgnoreCase) || w == head);
            if (!fits || found == e) continue;
            // "the health department" is the "Carver County Health Department" rather than the "Department of Health":
            // of two names, the one ending in the description's head
            if (found is not null && EndsWithWord(found.Name, head) == EndsWithWord(e.Name, head)) return null;
            if (found is null || EndsWithWord(e.Name, head)) found = e;
        }
        // (nor when the article called another body by the word: "the union" after "the Vale Growers' Guild, the region's
        // largest farm union," is not the union of states the lead named)
        if (found is not null && CalledSoElsewhere(found, head)) return null;
        // (nor a body only named further on when another one was named just before: "the union said" right after "the
        // head of the Dockworkers' Federation warned" is that federation, not "the European Union" of a later paragraph)
        if (found is not null && found.SeenAt > position && found.SeenAt != int.MaxValue && LastOrganizationBefore(position) is { } named && named != found) return null;
        // (nor when the article writes of a body of that kind that is no named one: "the council wanted a study" in a
        // story of "Marlow city council" is not the "Council of State" it also names)
        // (a description with words of its own, "the appeals court", tells which one it is)
        if (found is not null && words.Count == 1 && OtherBodyOfKindWritten(found, head)) return null;
        return found ?? bare;
    }

    /// <summary>
    /// Whether the article writes the lowercase word for a kind of body after a word that places it ("city council",
    /// "Marlow council", "county board") which is no word of the named organization's: a body of that kind the article
    /// names no other way, which a bare "the council" may as well mean. A country or its people before the word ("the
    /// Kenyan ministry") is taken for the named body's own country.
    /// </summary>
    private bool OtherBodyOfKindWritten(Entity organization, string head)
    {
        if (text.Length == 0 || head.Length < 3 || !char.IsLower(head[0])) return false;
        var nameWords = organization.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => StripPossessive(w).TrimEnd('.', ',').ToLowerInvariant()).ToHashSet();
        foreach (Match m in Regex.Matches(text, $@"\b([A-Za-z][A-Za-z'’-]*) {Regex.Escape(head)}\b"))
        {
            var before = StripPossessive(m.Groups[1].Value);
            if (nameWords.Contains(before.ToLowerInvariant())) continue;
            if (PlaceLevels.Contains(before)) return true;
            if (char.IsUpper(before[0]) && before.Skip(1).All(char.IsLower) && !lexicon.Places.Contains(before) && !IsDemonym(before)
                && !NounPhrases.Determiners.Contains(before) && !NounPhrases.Determiners.Contains(before.ToLowerInvariant()) && !lexicon.IsCalendarWord(before)
                && !lexicon.Titles.Contains(before) && !NounPhrases.IsFunctionWord(before.ToLowerInvariant())) return true;
        }
        return false;
    }

    // words that place a body of government at a level of its own: "city council", "district court", "state agency"
    private static readonly HashSet<string> PlaceLevels = new(StringComparer.Ordinal)
    {
        "city", "town", "county", "district", "municipal", "regional", "provincial", "village", "parish", "borough", "metropolitan",
    };

    // another named organization than this one the article called by the word ("the region's largest farm union")
    // another business the article called by this trade ("rival grid operator Nordnet"), sharing no word of the
    // organization's name (one body read twice, "Friday Friends" and "Friends of Lantern Bay", is no other)
    private bool OtherTradeCalledSo(Entity organization, string head)
    {
        if (!lexicon.Trades.Contains(head) || head is "firm") return false;
        var own = organization.Name.Split(' ');
        return _entities.Exists(e => e != organization && e.Type == SpeakerType.Organization && !e.Unnamed && CalledSo(e, head)
            && !e.Name.Split(' ').Any(w => own.Contains(w, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "A hacker group calling itself Grey Heron …" then "The hospital group would not say …": a body the article called
    /// a group of one kind is not the group of another kind, though it spoke just before. Only where both descriptions
    /// qualify the same head and neither holds the other's words ("the criminal group" is Grey Heron; "the group" is too).
    /// </summary>
    private static bool CalledAnotherKind(Entity organization, List<string> description) =>
        description.Count > 1 && organization.Kinds?.Exists(k => k.Length > 1 && k[^1] == description[^1].ToLowerInvariant()
            && !description.SkipLast(1).All(w => k.Contains(w.ToLowerInvariant())) && !k.SkipLast(1).All(w => description.Contains(w, StringComparer.OrdinalIgnoreCase))) == true;

    private bool CalledSoElsewhere(Entity organization, string head) =>
        _entities.Exists(e => e != organization && e.Type == SpeakerType.Organization && !e.Unnamed && CalledSo(e, head));

    /// <summary>
    /// "Holm Kessel, a brewing group, agreed to buy Tarrow Cider Company … Holm Kessel said …" then "The company said":
    /// a name ending in "Company" (or a legal form) points at one company, but when the business that spoke last is
    /// another (a buyer, a rival), either may be meant; "the company" stays an unnamed source rather than a guess. A
    /// business is a name with a company's legal form, or one the article described by a trade or as a company, firm
    /// or group. When the company itself spoke last, it is meant.
    /// </summary>
    private bool OtherBusinessSpoke(Entity company)
    {
        for (int k = _recent.Count - 1; k >= 0; k--)
        {
            var (e, _, _, _, salience) = _recent[k];
            if (salience != Salience.Speaker || e.Type != SpeakerType.Organization || e.Unnamed) continue;
            if (e == company || e.Name.Equals(company.Name, StringComparison.OrdinalIgnoreCase)) return false;
            if (e.Name.Contains(' ') && CompanySuffixes.Contains(e.Name.Split(' ')[^1].TrimEnd('.'))
                || e.Kinds?.Exists(k => lexicon.Trades.Contains(k[^1]) || k[^1] is "company" or "firm" or "group") == true) return true;
        }
        return false;
    }

    // The head of an organization's name: its last word, or the word before its first "of" or "for" ("Ministry of
    // Foreign Affairs", "Regional Office for the Upland Forests")
    private static string HeadOfName(string[] name)
    {
        int of = Array.FindIndex(name, w => w is "of" or "for");
        return of > 0 ? name[of - 1].TrimEnd(',') : name[^1].TrimEnd(',');
    }

    private static readonly HashSet<string> WeatherBodyHeads = new(StringComparer.Ordinal)
    {
        "agency", "service", "bureau", "office", "administration", "department", "institute", "centre", "center", "authority",
    };

    /// <summary>
    /// "the weather agency", "the weather bureau" after "the Valdoria Meteorological Institute": a country's weather office
    /// is named for meteorology, whatever its head word; the one organization so named, or null (none or several).
    /// </summary>
    private Entity? WeatherBody(List<string> description, string head)
    {
        if (description.Count != 2 || description[0] is not "weather" || !WeatherBodyHeads.Contains(head)) return null;
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed || !e.Name.Split(' ').Any(w => w.StartsWith("Meteorolog", StringComparison.Ordinal) || w is "Weather")) continue;
            if (found is not null && !found.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            found ??= e;
        }
        return found;
    }

    // "the airline" for "Tallis Airways", "Eastmoor Airlines" or "Corvel Air", "the railway" for "Harbor Railways": a carrier's name
    // ends in its trade in the plural
    // (only a carrier's: "the state" is never the "United States")
    // "the court said" for "the Brenn Tribunal": a tribunal is a court
    private static bool NamedForTrade(string nameHead, string head) =>
        head is "airline" && nameHead is "Airways" or "Airlines" or "Air" || head is "railway" && nameHead is "Railways" || head is "court" && nameHead is "Tribunal";

    // the heads of a government agency's name that no person's name ends in (unlike "Court", "Board", "Service" or "Office")
    private static readonly HashSet<string> AgencyEndings = new(StringComparer.Ordinal)
    {
        "Agency", "Department", "Ministry", "Bureau", "Administration", "Authority", "Directorate", "Inspectorate", "Commission",
    };

    private static readonly HashSet<string> AgencyHeads = new(StringComparer.Ordinal)
    {
        "Agency", "Department", "Ministry", "Service", "Bureau", "Administration", "Authority", "Office", "Directorate", "Inspectorate", "Commission",
    };

    // the one named organization whose head (its last word, or the word before its first "of") is a government agency's;
    // none or two different ones: null
    private Entity? SoleGovernmentBody()
    {
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed) continue;
            if (!AgencyHeads.Contains(HeadOfName(e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))) continue;
            if (found is not null && !found.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            found ??= e;
        }
        return found;
    }

    // "the bank" in an article that named the Reserve Bank of New Zealand: the one named organization with that word in its name
    private Entity? OrganizationNamedWith(string word)
    {
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed || !e.Name.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase)) continue;
            if (found is not null) return null;
            found = e;
        }
        return found;
    }

    /// <summary>
    /// "the regulator said" after "the Office of Grid Regulation", "the association said" after "the Union of Beekeeping
    /// Associations of Dravia": a word for a body, alone after "the", is the one named organization the article met before
    /// whose name holds a word of the same stem ("regulator" and "Regulation", "association" and "Associations"), when no
    /// unnamed body goes by the word. None or several such organizations: null, as a guess could name the wrong one.
    /// </summary>
    private Entity? OrganizationNamedForHead(string head, int position)
    {
        // (never a short word a body of another kind has in its name, "union" for a union of states, nor "company":
        // a company's legal form alone is read in DescribedOrganization)
        if (head.Length < 7 || head is "company" || CompanySuffixes.Contains(head) || lexicon.Trades.Contains(head)) return null;
        if (!IsOrganizationNoun(head) || IsPersonNoun(head) || _entities.Exists(e => e.Unnamed && e.Head == head)) return null;
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || e.Unnamed || e.NamedAs is not null || e.SeenAt >= position) continue;
            if (!e.Name.Split(' ').Any(w => SameStem(head, w.ToLowerInvariant()))) continue;
            if (found is not null && !found.Name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)) return null;
            found ??= e;
        }
        // (nor when the article writes of a body of the kind it does not name: "Marlow city council", see OtherBodyOfKindWritten)
        return found is not null && OtherBodyOfKindWritten(found, head) ? null : found;
    }

    // "regulator" and "regulation", "association" and "associations": the same word, or two that share all but their
    // last two letters (five at least), a suffix apart
    private static bool SameStem(string head, string word)
    {
        if (word == head || word == head + "s") return true;
        // ("the brewery" after "Fenwick Brewing Co.": the place a trade is done and the trade's own word, "-ery" and "-ing")
        if (head.EndsWith("ery", StringComparison.Ordinal) && word == head[..^3] + "ing") return true;
        int stem = Math.Max(5, head.Length - 2);
        return head.Length >= 7 && word.Length >= stem && word.Length <= head.Length + 2 && string.CompareOrdinal(head, 0, word, 0, stem) == 0;
    }

    /// <summary>
    /// Does <paramref name="name"/> end in <paramref name="end"/> as the last words of its own name ("Fjordline Metals"
    /// for "Metals"), not as the object of a preposition inside it ("Centre for Baltic Studies in Riga" is no
    /// "Riga", which stands for a government)?
    /// </summary>
    private static bool EndsAsItsName(string name, string end) =>
        name.EndsWith(" " + end, StringComparison.OrdinalIgnoreCase)
        && name[..^(end.Length + 1)].Split(' ')[^1] is not ("in" or "at" or "of" or "for" or "on" or "from" or "to" or "de" or "del" or "di");

    private static bool EndsWithWord(string name, string word) => name.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase);

    // the one organization the article met before <paramref name="position"/> whose name ends with the word ("the
    // union" said before "the European Union" was ever written is not it); null for none or several
    private Entity? OrganizationEndingWith(string head, int position)
    {
        Entity? found = null;
        foreach (var e in _entities)
        {
            if (e.Type != SpeakerType.Organization || !e.Name.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase)) continue;
            if (e.SeenAt >= position && e.SeenAt != int.MaxValue) continue;
            if (found is not null) return null;
            found = e;
        }
        return found;
    }

    /// <summary>
    /// Centering, kept simple: the antecedent is in the nearest sentence (this one up to the pronoun, else the one
    /// before, and so on within a few paragraphs) that mentions a compatible person, and there it is the most salient
    /// one: a speaker before a subject before a mere mention, the later one on a tie. Two different people mentioned
    /// only in passing give no ground to choose, and an unnamed source that may or may not be a person ("my father",
    /// "the coalition") wins only to leave the pronoun unresolved. A name inside the words the frame reports ("People
    /// like Scott, he said") is never their speaker.
    /// </summary>
    private static Gender GenderOfPronoun(string pronoun) => pronoun switch { "he" or "his" => Gender.Male, "she" or "her" => Gender.Female, "it" or "its" => Gender.Neuter, _ => Gender.Unknown };

    private Entity? ResolvePronoun(string pronoun, int position, IReadOnlyList<TextSpan> content)
    {
        var wanted = GenderOfPronoun(pronoun);
        if (pronoun is "i" or "we") return null;
        Entity? best = null;
        var bestSalience = Salience.None;
        int bestSentence = -1, bestParagraph = -1, bestAt = -1;
        bool tied = false;
        for (int k = _recent.Count - 1; k >= 0; k--)
        {
            var (entity, at, inParagraph, sentence, salience) = _recent[k];
            if (at > position || Within(content, at)) continue;
            if (_paragraph - inParagraph > PronounReachParagraphs || best is not null && sentence != bestSentence) break;
            // "it" stands for the plan, the bill, the program as often as for an organization: further back than the
            // sentence before, only an organization that spoke in this paragraph or the one before is close enough
            if (wanted == Gender.Neuter && sentence < _sentence - 1 && (salience != Salience.Speaker || _paragraph - inParagraph > 1)) continue;
            if (Fits(entity, wanted) == Fit.No) continue;
            if (_excerptAuthors.TryGetValue(entity, out int excerpt) && excerpt < _paragraph) continue;
            if (sentence == _sentence && ApposedToOwnPossessive(at, wanted)) continue;
            if (best is null || salience > bestSalience)
            {
                (best, bestSalience, bestSentence, bestParagraph, bestAt, tied) = (entity, salience, sentence, inParagraph, at, false);
            }
            else if (salience == bestSalience && salience == Salience.Mentioned && entity != best) tied = true;
            // "Commissioner Ana Ruiz said …, while the minister, Tomas Vell, said …. She added …": of two who spoke in the
            // sentence, the one known to be of the pronoun's gender, not the later one whose gender nothing told; when
            // nothing told either's, the pronoun could be either's and is left unresolved
            else if (salience == bestSalience && salience == Salience.Speaker && entity != best && wanted is Gender.Male or Gender.Female && best.Gender == Gender.Unknown)
            {
                if (entity.Gender == wanted) (best, bestAt, tied) = (entity, at, false);
                else if (entity.Gender == Gender.Unknown && !entity.Unnamed && !best.Unnamed) tied = true;
            }
        }
        if (best is null || tied || Fits(best, wanted) == Fit.Maybe) return null;
        if (wanted == Gender.Neuter && ReleasedWritingBetween(bestAt, position)) return null;
        if (wanted is Gender.Male or Gender.Female && _unresolved.Exists(u => u.Gender == wanted && u.Position < position
            && (u.Sentence > bestSentence || u.Sentence == bestSentence && bestSalience < Salience.Speaker) && _paragraph - u.Paragraph <= PronounReachParagraphs)) return null;
        if (wanted is Gender.Male or Gender.Female && PassesPossiblePerson(position, bestSentence, bestParagraph, bestSalience)) return null;
        if (wanted is Gender.Male or Gender.Female && best.Gender == Gender.Unknown) best.Gender = wanted;
        return best;
    }

    /// <summary>
    /// "In a note sent through his lawyer, Tomas Vell, he said …": a name set beside "his" (or "her") and a noun,
    /// in the sentence of a "he" (or "she") of that gender, is someone the pronoun's own person has (a lawyer, a
    /// daughter); the pronoun stands for the owner, never for that name.
    /// </summary>
    private bool ApposedToOwnPossessive(int at, Gender wanted)
    {
        if (wanted is not (Gender.Male or Gender.Female)) return false;
        int from = Math.Max(0, at - 60);
        return OwnPossessiveBefore.Match(text[from..at]) is { Success: true } m
            && (m.Groups["own"].Value.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female) == wanted;
    }

    // "his lawyer, ", "her younger sister, ": a possessive and its noun, set off by the comma before a name
    private static readonly Regex OwnPossessiveBefore = new(@"\b(?<own>[Hh]is|[Hh]er)\s+(?:[\p{Ll}\-'’]+\s+){0,2}[\p{Ll}\-'’]+,\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "Minister Renk did not attend. ¶ For Odalys Marwood, the rise means …. ¶ “…,” she said.": a full name read in a
    /// later paragraph than the antecedent's, which the lexicon could not make a person's, may be the person the story
    /// turned to, so the "he" or "she" is left unresolved rather than given to someone further back — a wrong speaker
    /// is worse than none. Not for a name in the pronoun's own sentence ("…, she added, east of the Verran Isles"), nor
    /// over a speaker, whose "he added" a passing name does not interrupt unless that name is its own sentence's subject.
    /// </summary>
    private bool PassesPossiblePerson(int position, int bestSentence, int bestParagraph, Salience bestSalience)
    {
        foreach (var (at, paragraph, sentence, salience) in _possiblePeople)
            if (at < position && sentence > bestSentence && sentence < _sentence && paragraph > bestParagraph
                && (bestSalience < Salience.Speaker || salience >= Salience.Subject)) return true;
        return false;
    }

    /// <summary>
    /// "The Quillane Port Council released a report on Monday. ¶ It also mentions …": a writing the organization put out after
    /// it was named ("released a report", "published a study") is as much what "it" stands for, so "it" names neither.
    /// </summary>
    private bool ReleasedWritingBetween(int from, int to)
    {
        if (from < 0 || to <= from || to > text.Length) return false;
        for (var m = ReleasedWriting.Match(text, from, to - from); m.Success; m = m.NextMatch())
            if (lexicon.Documents.Contains(m.Groups["writing"].Value.ToLowerInvariant())) return true;
        return false;
    }

    private static readonly Regex ReleasedWriting = new(@"\b(?:released|published|issued|put out|commissioned|produced|unveiled)\s+(?:(?:a|an|the|its|their|new|latest|annual|\w+-\w+)\s+){0,3}(?<writing>\p{L}+)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private enum Fit { No, Maybe, Yes }

    // "officials", and "people", "staff", "police": words for several people, whom "they" stands for and "he" never does
    private bool IsPluralHead(string? head) => head is not null && (head.EndsWith('s') || lexicon.Groups.Contains(head));

    // "he" and "she" stand for a named person or an unnamed one described as such ("the official", "the senator"),
    // never for a group ("protesters said"); another unnamed source ("the coalition", "my father") only maybe.
    // "they" never stands for a document.
    private Fit Fits(Entity entity, Gender wanted)
    {
        bool fits = wanted switch
        {
            Gender.Neuter => entity.Type == SpeakerType.Organization,
            Gender.Unknown => (entity.Type == SpeakerType.Organization && IsPluralOrganization(entity) || IsPluralHead(entity.Head) || IsBarePluralName(entity))
                && !(entity.Unnamed && lexicon.Documents.Contains(entity.Head ?? "")),
            _ => entity.Type == SpeakerType.Person && (entity.Gender == wanted || entity.Gender == Gender.Unknown) && !(entity.Unnamed && (entity.Head is null || IsPluralHead(entity.Head))),
        };
        if (!fits) return Fit.No;
        if (wanted is Gender.Male or Gender.Female && entity.Unnamed && entity.Gender != wanted && !lexicon.PersonHeads.Contains(entity.Head!) && !lexicon.Titles.Contains(entity.Head!)
            && !IsAgentNoun(entity.Head!)) return Fit.Maybe;
        return Fit.Yes;
    }

    // "Skater Vos wins …": a headline drops its articles and capitalizes the word for what the person is, so that word
    // before a surname is no given name; taken for one it would make the article's later bare surname seem to belong
    // to someone else as well as to the person named in full, and so to nobody
    private bool HeadlineWordForPerson(string word) =>
        _heading && !lexicon.IsGivenName(word) && (IsPersonNoun(word.ToLowerInvariant()) || IsAgentNoun(word.ToLowerInvariant()));

    // "driver", "reviewer", "economist", "librarian": a word for someone by what they do, so an unnamed person who spoke
    // under it ("a delivery driver said …") is who a following "he" or "she" stands for, as "the official" is
    internal static bool IsAgentNoun(string head) =>
        head.Length > 4 && (head.EndsWith("er", StringComparison.Ordinal) || head.EndsWith("or", StringComparison.Ordinal)
            || head.EndsWith("ist", StringComparison.Ordinal) || head.EndsWith("ian", StringComparison.Ordinal));

    // "Democrats repeatedly noted …. They noted …": one capitalized plural word read as a name, which nothing showed to
    // be a person's (no given name, title, age or "he" or "she"), is people speaking together, whom "they" stands for;
    // a surname alone is no such name, as the article named its bearer in full first and the entity keeps that name
    private bool IsBarePluralName(Entity entity)
    {
        if (!IsBareName(entity) || entity.Age is not null || entity.Name.Contains(' ')) return false;
        var name = entity.Name;
        return name.Length > 3 && char.IsUpper(name[0]) && name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal)
            && !name.EndsWith("'s", StringComparison.Ordinal) && !name.EndsWith("’s", StringComparison.Ordinal);
    }

    // "the Democrats", "Iraq and Afghanistan Veterans": an organization named by a plural may be "they"; "the
    // Associated Press interviewed crew members. They described …" means the crew members, not the agency. A country
    // whose name ends in a plural ("the Netherlands", "the United States") is one state, and "it"
    private bool IsPluralOrganization(Entity entity)
    {
        var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "the Ministry of Ports and Quarries" is one ministry: a name with "of" is as plural as its head before it
        // ("Friends of the Earth", "Centers for Fair Housing" stay plural)
        int of = Array.FindIndex(words, w => w is "of" or "for");
        if (of > 0) words = words[..of];
        var last = words[^1];
        if (lexicon.Places.Contains(last) || words.Length is 2 or 3 && words[0] is "United" && last is "States" or "Nations" or "Emirates") return false;
        return last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && char.IsUpper(last[0]);
    }

    private static bool Within(IReadOnlyList<TextSpan> spans, int offset)
    {
        foreach (var span in spans) if (span.Start <= offset && offset < span.End) return true;
        return false;
    }

    private static bool HasDefiniteArticle(Mention mention) =>
        mention.Tokens.Count > 0 && mention.Tokens[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase);

    private static bool SimilarGivenNames(string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        if (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase)) return true;
        return EditDistance(a.ToLowerInvariant(), b.ToLowerInvariant()) <= Math.Max(1, Math.Min(a.Length, b.Length) / 4);
    }

    internal static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    // one spelling for "O’Neill" and "O'Neill", and no possessive: "Psaki's" is Psaki
    private static string StripPossessive(string word)
    {
        word = word.Replace('’', '\'');
        return word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
    }

    private static string? Join(List<string> words, int from, int to) => to > from ? JoinWords(words, from, to - from) : null;

    // string.Join(' ', words.Skip(from).Take(count)) — the same words, clamped to the list as Skip and Take are — with a
    // loop instead of their iterators: NameEntity and SplitName join a name's words for every mention they read
    internal static string JoinWords(IReadOnlyList<string> words, int from, int count)
    {
        int start = Math.Max(from, 0), end = count > 0 ? (int)Math.Min((long)start + count, words.Count) : start;
        if (end - start == 1) return words[start];
        var joined = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            if (k > start) joined.Append(' ');
            joined.Append(words[k]);
        }
        return joined.ToString();
    }
}

/// <summary>
/// How prominent a mention of a person is in its sentence, for a pronoun that follows: the speaker of a statement,
/// then the subject of a clause of narration, then anyone merely mentioned (an object, a possessive, a name inside
/// reported words). Names inside quotation marks are not mentions at all.
/// </summary>
public enum Salience { None, Mentioned, Subject, Speaker }
