using System.Text.RegularExpressions;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Knowledge.Answers;

/// <summary>
/// Turns a question into an answer: what a speaker said (all of it, direct quotes first, in article order), who said
/// something, a fact (the best sentence and at most two supporting ones, four for a topic asked about as a whole), or who is quoted — and says plainly when
/// the articles don't answer it. Given a cache size, a repeated question is answered from memory until the articles
/// change (see <see cref="AnswerCache"/>).
/// </summary>
public sealed partial class Answerer(KnowledgeStore store, int cacheSize = 0)
{
    public const int PageSize = 10;
    /// <summary>How many of one speaker's statements an answer and its "more" pages go through.</summary>
    public const int MaxStatements = 100;
    private const int MaxSupporting = 2;
    /// <summary>How many sentences may follow the best one when a topic is asked about as a whole.</summary>
    private const int MaxTopicSupporting = 4;
    /// <summary>How much coverage a quote in the speaker's own words is worth over reported speech, for "who said …".</summary>
    private const double QuotedLead = 0.1;
    /// <summary>How much of a question in other words the one statement writing one of its words must cover.</summary>
    private const double EchoCoverage = 0.25;
    /// <summary>How much of a who-said question a sentence without a speaker must cover to be what the articles say instead.</summary>
    private const double ClearMatch = 0.6;

    private readonly Ranker _ranker = new(store.Index);
    private readonly AnswerCache _cache = new(cacheSize);

    public Answer Ask(string? text, string? articleId = null) => Ask(Question.Parse(text), articleId);

    public Answer Ask(Question question, string? articleId = null) =>
        _cache.GetOrAdd(question, articleId, store.Articles, () => Compose(question, articleId));

    private Answer Compose(Question question, string? articleId) => question.Kind switch
    {
        QuestionKind.Empty => Answer.Nothing(AnswerKind.Empty, "Ask me about the news articles I have read, for example \"what did … say?\"."),
        QuestionKind.Roster => Roster(articleId),
        QuestionKind.Statements => Statements(question, articleId),
        QuestionKind.WhoSaid => WhoSaid(question, articleId),
        _ => CreditedFor(Facts(question, articleId), question),
    };

    private IEnumerable<ArticleSummary> Scope(string? articleId) =>
        articleId is null ? store.Articles : store.Articles.Where(a => a.Id == articleId);

    private Answer Roster(string? articleId)
    {
        var lines = Scope(articleId)
            .Where(a => a.Speakers.Count > 0)
            .Select(a => $"{a.Headline}: " + string.Join("; ", a.Speakers.Select(s =>
                $"{s.Name}{(s.Role is null ? "" : $" ({s.Role})")} — {s.Quotes} ({s.Direct} quoted, {s.Indirect} reported)")))
            .ToList();
        return lines.Count == 0
            ? Answer.Nothing(AnswerKind.Roster, "Nobody is quoted in these articles.")
            : Answer.Nothing(AnswerKind.Roster, "Who is quoted:\n" + string.Join("\n", lines));
    }

    private Answer Statements(Question question, string? articleId)
    {
        var asked = question.Speaker!;
        var about = question.Topic.TrimEnd('?', '.', ' ');
        var roster = articleId is null ? store.Speakers : new SpeakerRoster(Scope(articleId).SelectMany(a => a.Speakers));
        IReadOnlyList<string> speakers = roster.Match(asked);
        // a typo is forgiven only for a word the articles never write: "Ivana" is not a misspelt "Ivanka" when she is mentioned
        // but "the farm's chief executive" of "Velda Farma's chief executive" asks for a title by its owner's common noun,
        // which no typo of the owner's name is: the holder of the title, quoted where an article writes the noun
        if (speakers.Count > 0 && NamesSomeoneElse(asked, roster, speakers))
        {
            speakers = DescribedInAPlace(asked, roster, articleId);
            if (speakers.Count == 0) return NotQuoted(asked, question.Topic, articleId);
        }
        if (speakers.Count == 0 && TitledNames.IsTitle(asked)) speakers = NamedBesideTitle(asked, roster, articleId);
        // "the family's lawyer" is one person: the named lawyer the article writes beside that title ("one of the
        // family's lawyers, Dana Kirsch") before the unnamed "lawyers for the family"
        else if (speakers.Count > 0 && TitledNames.IsTitle(asked) && speakers.All(s => SpeakerDirectory.IsGroupForOne(s, SpeakerDirectory.Wanted(asked)))
                 && NamedBesideTitle(asked, roster, articleId) is { Count: > 0 } named)
            speakers = named;
        // and "the mediator" is the one the article names beside the title ("The mediator, Carla Dunne of …") before an
        // unnamed "mediator" a later sentence of the same article is credited to (another article's is someone else)
        else if (speakers.Count > 0 && TitledNames.IsTitle(asked) && speakers.All(s => s.EndsWith("(unnamed)", StringComparison.Ordinal))
                 && NamedBesideTitle(asked, roster, articleId).Where(n => SameArticle(n, speakers)).ToList() is { Count: > 0 } namedThere)
            speakers = namedThere;
        if (speakers.Count == 0) speakers = DescribedInAPlace(asked, roster, articleId);
        if (speakers.Count == 0) speakers = NameOwnedByABody(asked, roster, articleId);
        if (speakers.Count == 0) speakers = OfTheStorysSubject(asked, roster, articleId);
        if (speakers.Count == 0) speakers = OwnedDocument(asked, roster, articleId);
        if (speakers.Count == 0) speakers = KnownBySurname(asked, roster, articleId);
        // "Lena Moravek" for the "Lena Moravec" the article writes: the full name with its one typo mended
        if (speakers.Count == 0 && NameAsWritten(asked, articleId) is { } mended) speakers = KnownBySurname(mended, roster, articleId);
        // "the ferry crews' union": the named organisation the articles call by the kind asked (see OrganisationByKind)
        if (speakers.Count == 0) speakers = roster.OrganisationByKind(asked);
        // "the outgoing mayor" for the "Mayor …" the article quotes: a word saying the title is held now (see HoldingTheTitleNow)
        if (speakers.Count == 0) speakers = HoldingTheTitleNow(asked, roster, articleId);
        // "the city hall employee" for the one unnamed "longtime employee in the roads office": its other words qualify
        // the description, and are no typo of a name (see NamesSomeoneElse); a view asked of someone so described is
        // answered from what the articles say of it (below)
        if (speakers.Count == 0 && !question.AsksAView) speakers = ByHeadNoun(asked, roster, articleId);
        // "the shopper in Marlow", "fans outside the arena": someone of the public, by where the article met them
        if (speakers.Count == 0 && !question.AsksAView) speakers = MetInAPlace(asked, roster, articleId);
        if (speakers.Count == 0)
            // "did the worker in the story think …": what the articles say of her view, though no quote names her so
            return question.AsksAView ? Facts(question with { Kind = QuestionKind.Factoid, Topic = HeadNoun(asked) + " " + question.Topic }, articleId, view: true)
                : NotQuoted(asked, question.Topic, articleId);
        var people = SpeakerDirectory.People(speakers, roster);
        // "what did the mayor say about Quarry Lane", two mayors quoted in two articles (or "what did Brannock say
        // about the landslide", two Brannocks): the one whose statements speak of it is meant, when only one's do
        if (people.Count > 1 && question.Topic.Length > 0
            && people.Where(p => SpeaksOf(p, question)).Take(2).ToList() is [var onlyOne])
            people = [onlyOne];
        // "what did the mayor say after surviving the vote": two mayors, neither's own words writing of the vote; the one
        // quoted in the story that tells of it is meant, when only one is
        else if (people.Count > 1 && question.Topic.Length > 0
                 && people.Where(p => QuotedInAStoryOf(p, question)).Take(2).ToList() is [var inTheStory])
            people = [inTheStory];
        // and "her coach" said something of Lorne where the coach the title matches said nothing of her: the one the
        // article names beside the title ("Harrow coach Mara Quill") is meant, when they did
        else if (people.Count == 1 && question.Topic.Length > 0 && TitledNames.IsTitle(asked) && !SpeaksOf(people[0], question)
                 && NamedBesideTitle(asked, roster, articleId).Where(n => !people[0].Names.Contains(n)).Select(n => new SpeakerDirectory.Person(n, [n]))
                     .Where(p => SpeaksOf(p, question)).Take(2).ToList() is [var beside])
            people = [beside];
        // "what did the ministry official say about the budget": the title fits one speaker best (a "former finance
        // ministry official") who said nothing of it, and fits another as well (an unnamed "official at the science
        // ministry") who did, in another article; the one who spoke of it is meant
        else if (people.Count == 1 && question.Topic.Length > 0 && TitledNames.IsTitle(asked) && !SpeaksOf(people[0], question)
                 && SpeakerDirectory.People(roster.Holding(asked).Where(n => !people[0].Names.Contains(n)).ToList(), roster)
                     .Where(p => SpeaksOf(p, question)).Take(2).ToList() is [var onTopic])
            people = [onTopic];
        // "what did the defence lawyer say about the council": the one unnamed lawyer a description found said nothing of
        // it, and of the named people whose role is a lawyer one did; she is meant
        else if (people.Count == 1 && question.Topic.Length > 0 && people[0].Name.EndsWith("(unnamed)", StringComparison.Ordinal) && !SpeaksOf(people[0], question)
                 && SpeakerDirectory.People(roster.NamedByHeadNoun(asked), roster).Where(p => SpeaksOf(p, question)).Take(2).ToList() is [var roleHolder])
            people = [roleHolder];
        // "the harbour board": the board, not a member of it the same words describe
        if (people.Count > 1 && roster.HeadedAsAsked(asked, people.Select(p => p.Name).ToList()) is { } headed && headed.Count < people.Count)
            people = people.Where(p => headed.Contains(p.Name)).ToList();
        if (people.Count > 1)
        {
            // "Clinton" may be Hillary or Bill: ask rather than put one's words in the other's mouth
            var choices = people.Take(4).Select(p => $"What did {p.Name} say{(about.Length > 0 ? " about " + about : "")}?").ToList();
            return Answer.Nothing(AnswerKind.Clarify, $"Several people match \"{asked}\". Did you mean {string.Join(" or ", people.Take(4).Select(p => p.Name))}?") with { Choices = choices };
        }
        var person = people[0];
        speakers = [.. person.Names, .. TheSameDocument(asked, person.Names)];

        string? nothingAbout = null;
        if (question.Topic.Length > 0)
        {
            // the statements on the topic, those that hold the kind of answer asked for ("how did she describe it": "she
            // called it …") first, then the speaker's own words, each group by relevance
            var questionLower = question.Text.ToLowerInvariant();
            var topic = store.Index.Terms(question.Topic).ToHashSet(StringComparer.Ordinal);
            var onTopic = _ranker.Rank(question.Topic, question.Expected, Ranker.SpeakerFilter(speakers), top: PageSize)
                .Where(r => r.Coverage > 0).Select(r => r with { Sentence = r.Sentence.As(speakers) })
                .Where(r => OwnPartSpeaksOf(r.Sentence, topic))
                .OrderBy(r => question.Expected != AnswerType.Any && AnswerTypes.Matches(question.Expected, r.Sentence.Text, questionLower) ? 0 : 1)
                .ThenBy(r => r.Sentence.Kind == Attribution.QuoteKind.Direct ? 0 : 1).ToList();
            // "did the guild comment on the furloughs": where none of their statements speaks of it, the reporter's
            // "There was no comment from the guild on the furloughs" settles it
            if (question.IsYesNo && !onTopic.Any(r => r.Coverage >= Ranker.MinCoverage)
                && Facts(question with { Kind = QuestionKind.Factoid, Topic = question.Text.TrimEnd('?', '.', ' ') }, articleId) is { Kind: AnswerKind.Found, Quotes: [{ Speaker: null }, ..] } narrated)
                return narrated;
            // and "did Marrow comment on the offer" is asked of the offer, which their statements on other things may
            // name ("the offer we made last year"): the reporter's "Marrow declined to discuss it" settles it
            if (question.IsYesNo && CommentAsked().IsMatch(question.Text)
                && Facts(question with { Kind = QuestionKind.Factoid, Topic = question.Text.TrimEnd('?', '.', ' ') }, articleId) is { Kind: AnswerKind.Found, Quotes: [{ Speaker: null } refusal, ..] } settled
                && NoComment().IsMatch(refusal.Text))
                return settled;
            if (onTopic.Count > 0) return Page(AnswerKind.Statements, $"What {person.Name} said about {about}:", WithTheRestOfWhatTheyWrote(WithQuotesClosed(WithContinuations(onTopic, speakers, question.IsYesNo))));
            // no statement holds the topic's words, but one may speak of it in others ("the override" for "the veto"):
            // say what was searched for, never that they said nothing about it
            nothingAbout = $"I found no statement by {person.Name} that names {about}; here is everything they said:";
        }
        // everything the speaker said is read only when no topic narrows it down
        var (statements, total) = _ranker.StatementsBy(speakers, articleId, MaxStatements);
        // "He said:" alone, its quote the paragraph after: a cue, not something said (the paragraph after is shown)
        var all = statements.Where(s => !IsBareCue(s.Text)).ToList();
        // "what did the governor say about when rates could come down", no statement naming rates: when a time is asked
        // of their words, those that give one ("is the November meeting") come first, the rest in their order
        if (nothingAbout is not null && question.Expected is AnswerType.Time or AnswerType.Clock or AnswerType.Day)
        {
            var questionLower = question.Text.ToLowerInvariant();
            all = [.. all.OrderBy(s => AnswerTypes.Matches(question.Expected, s.Text, questionLower) ? 0 : 1)];
        }
        // a name the roster holds whose every statement sits in a sentence the index gives to another speaker ("The
        // inspectors reported that …, and the audit says the agency ''…''"): nothing is shown as theirs, so no reply
        // announces their words; it says so and shows where they are mentioned, under the speaker each sentence has
        if (all.Count == 0) return NotQuoted(asked, question.Topic, articleId, sharedBy: person.Name);
        var message = nothingAbout ?? (total > all.Count
            ? $"What {person.Name} said ({total} statements; here are the first {all.Count}):"
            : $"What {person.Name} said:");
        return Page(AnswerKind.Statements, message, all);
    }

    /// <summary>
    /// "the retired teacher in Marrow Bend", "Krell's lawyer", "the water board's spokeswoman": a description narrowed down by a place or by whose it is,
    /// which no speaker's title holds (the article says where in its dateline, and whose in "His lawyer, Mirela
    /// Sand, said"): the speakers the description alone matches, quoted in an article that writes the place or the
    /// owner's name, the owner left out. None when the question names no place or owner so.
    /// </summary>
    private IReadOnlyList<string> DescribedInAPlace(string asked, SpeakerRoster roster, string? articleId)
    {
        var placed = PlaceQualified().Match(asked);
        if (!placed.Success) placed = OwnerQualified().Match(asked);
        if (!placed.Success) placed = CommonOwnerQualified().Match(asked);
        if (!placed.Success) placed = AcronymQualified().Match(asked);
        if (!placed.Success) return [];
        var place = placed.Groups["place"].Value;
        // "the EU observers": an unnamed source whose own description spells out the initials asked ("the European Union
        // observer mission") is that body, in the singular or the plural of the noun asked, before any other source the
        // noun fits; no article need write the initials
        if (place.All(c => !char.IsLower(c)) && SpelledOutBy(placed.Groups["who"].Value, place, roster) is { Count: > 0 } spelled) return spelled;
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        var described = roster.Match(placed.Groups["who"].Value);
        var there = _ranker.Holding(place, filter, top: 50).Select(s => s.ArticleId).ToHashSet();
        // "the truck driver from Tarn", whom the article calls "the driver" after "a driver from Tarn who … his truck":
        // the speakers of that head noun, quoted in an article one of whose sentences writes the place with the whole description
        if (described.Count == 0 && QualifiedHead(placed.Groups["who"].Value) is { } head)
        {
            described = roster.Match(head).Where(n => roster.Find(n)?.Type == Attribution.SpeakerType.Person).ToList();
            there = _ranker.Holding(place + " " + placed.Groups["who"].Value, filter, top: 50).Select(s => s.ArticleId).ToHashSet();
        }
        if (described.Count == 0) return [];
        // (an unnamed source whose description names a body of its own, "a Water Ministry official", is not the official
        // of the body asked by its initials, which the article writes beside someone else)
        bool initials = place.All(c => !char.IsLower(c));
        return described.Where(name => !NamedIn(place, name) && !(initials && OwnBodyNamed(name, place))
                                       && store.Articles.Any(a => there.Contains(a.Id) && a.Speakers.Any(s => s.Name == name))).ToList();
    }

    /// <summary>
    /// "The SIA's Hollund", "the agency's Hollund": a person asked by name, owned by the body they work for, which their
    /// title writes otherwise ("Greta Hollund, the Sprint Integrity Agency's head of testing"). The owner only narrows the
    /// name down: the people the name alone matches, quoted in an article that writes the owner or quotes a body it
    /// matches (its initials, "the SIA"); nobody when none is, so another body's Hollund is never named.
    /// </summary>
    private IReadOnlyList<string> NameOwnedByABody(string asked, SpeakerRoster roster, string? articleId)
    {
        if (NameOwned().Match(asked.Trim()) is not { Success: true } owned) return [];
        var owner = owned.Groups["owner"].Value;
        var named = roster.Match(owned.Groups["name"].Value)
            .Where(n => roster.Find(n)?.Type == Attribution.SpeakerType.Person && !n.EndsWith("(unnamed)", StringComparison.Ordinal)).ToList();
        if (named.Count == 0) return [];
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        var there = _ranker.Holding(owner, filter, top: 50).Select(s => s.ArticleId).ToHashSet();
        var bodies = roster.Match(owner).Where(n => roster.Find(n)?.Type == Attribution.SpeakerType.Organization).ToHashSet(StringComparer.Ordinal);
        return named.Where(name => store.Articles.Any(a => a.Speakers.Any(s => s.Name == name)
                                                          && (there.Contains(a.Id) || a.Speakers.Any(s => bodies.Contains(s.Name))))).ToList();
    }

    // "the SIA's Hollund", "the SIA's Greta Hollund": a body's possessive (its initials or its words), then a capitalized name
    [GeneratedRegex(@"^(?:the\s+)?(?<owner>[\p{L}\-]+(?:\s+[\p{L}\-]+){0,4})['’]s?\s+(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameOwned();

    /// <summary>
    /// "The Tessmoor Ports spokeswoman" where the story is about Tessmoor Ports (its headline or lede names it) and
    /// quotes "spokeswoman Dana Reel" with no body of her own: a title without its own affiliation is the story's
    /// subject's, but only where the article quotes no one else by that title (two spokeswomen may speak for two
    /// bodies), and only for a person whose every title is a bare one ("a spokeswoman for the union" is the union's).
    /// </summary>
    private IReadOnlyList<string> OfTheStorysSubject(string asked, SpeakerRoster roster, string? articleId)
    {
        var subject = SubjectQualified().Match(asked.Trim());
        if (!subject.Success) return [];
        var body = subject.Groups["place"].Value;
        var described = roster.Match(subject.Groups["who"].Value)
            .Where(name => roster.Find(name) is { Type: Attribution.SpeakerType.Person } && !name.EndsWith("(unnamed)", StringComparison.Ordinal)
                           && !NamedIn(body, name) && roster.Roles(name) is { Count: > 0 } roles && roles.All(IsBareTitle))
            .ToHashSet(StringComparer.Ordinal);
        if (described.Count == 0) return [];
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        // the articles whose headline or lede names the body asked
        var about = _ranker.Holding(body, filter, top: 50).Where(s => s.Paragraph <= 1).Select(s => s.ArticleId).ToHashSet();
        // (everyone the title fits, however well: an unnamed spokeswoman of the same story makes it ambiguous)
        var titled = roster.Match(subject.Groups["who"].Value).Concat(roster.Holding(subject.Groups["who"].Value)).ToHashSet(StringComparer.Ordinal);
        return Scope(articleId).Where(a => about.Contains(a.Id))
            .Select(a => a.Speakers.Select(s => s.Name).Where(titled.Contains).ToList())
            .Where(there => there is [var only] && described.Contains(only))
            .SelectMany(there => there).Distinct().ToList();
    }

    /// <summary>A title in lower case that names no body of its own: "spokeswoman", "press officer", not "Port Authority spokeswoman" nor "spokeswoman for the union".</summary>
    private static bool IsBareTitle(string role) =>
        role.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && (words.Length == 1 || words.All(w => char.IsLower(w[0])))
        && words.All(w => !w.Contains('\'') && !w.Contains('’') && w is not ("of" or "for" or "at" or "with" or "from" or "in"));

    /// <summary>
    /// The head noun of a description of two or more words in lower case ("driver" of "truck driver"), which the
    /// article may call the person by alone; null for one word, or a name.
    /// </summary>
    private static string? QualifiedHead(string who) =>
        LowerCaseDescription().IsMatch(who.Trim()) && SpeakerDirectory.Wanted(who) is { Count: >= 2 } words ? words[^1] : null;

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseDescription();

    /// <summary>The unnamed sources described by the noun asked whose description spells out the initials asked.</summary>
    private static List<string> SpelledOutBy(string who, string initials, SpeakerRoster roster)
    {
        var singular = string.Join(' ', SpeakerDirectory.Wanted(who).Select(SpeakerDirectory.Singular));
        var spellings = Acronyms.Written(initials).Select(a => a.Spelling).ToList();
        return roster.Match(who).Concat(roster.Match(singular)).Distinct()
            .Where(name => name.EndsWith("(unnamed)", StringComparison.Ordinal) && spellings.Any(s => s.IsMatch(name))).ToList();
    }

    /// <summary>Does an unnamed source's description name a body other than this one ("Water Ministry official")?</summary>
    private static bool OwnBodyNamed(string name, string body) =>
        name.EndsWith("(unnamed)", StringComparison.Ordinal)
        && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsUpper(w[0]) && !w.Equals(body, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "What did the shopper in Marlow say?", "fans outside the arena": someone of the public, asked by a word no speaker
    /// goes by (no title, no organization) and by where the article met them, is the one named person quoted in a
    /// sentence that opens at that place ("Outside a bakery in Marlow, Ivo Brandt, a father of two, said …"). Nobody
    /// when no such sentence quotes anyone, or when such sentences quote several people.
    /// </summary>
    private IReadOnlyList<string> MetInAPlace(string asked, SpeakerRoster roster, string? articleId)
    {
        var met = MetAt().Match(asked.Trim());
        if (!met.Success) return [];
        var who = SpeakerDirectory.Singular(met.Groups["who"].Value.ToLowerInvariant());
        var lexicon = Attribution.Lexicon.Default;
        if (lexicon.Titles.Contains(who) || lexicon.OrganizationNouns.Contains(who) || lexicon.Groups.Contains(who) || roster.Match(who).Count > 0) return [];
        var place = met.Groups["place"].Value;
        var placeTerms = store.Index.Terms(place).ToHashSet();
        if (placeTerms.Count == 0) return [];
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        var quoted = _ranker.Holding(place, filter, top: 50)
            .Where(s => s.Speaker is { Type: Attribution.SpeakerType.Person } speaker && !speaker.Name.EndsWith("(unnamed)", StringComparison.Ordinal)
                        && OpensAt(s.Text, placeTerms))
            .Select(s => s.Speaker!.Name).Distinct().Take(2).ToList();
        return quoted.Count == 1 ? quoted : [];
    }

    // does the sentence open with a phrase of place ("Outside the arena's east gate on Friday, …") holding the place asked
    private bool OpensAt(string sentence, HashSet<string> placeTerms)
    {
        int comma = sentence.IndexOf(',');
        if (comma < 0 || !FrontedPlace().IsMatch(sentence)) return false;
        var opening = store.Index.Terms(sentence[..comma]).ToHashSet();
        return placeTerms.All(opening.Contains);
    }

    // "the shopper in Marlow", "fans outside the arena": one word for who, a preposition of place, then where
    [GeneratedRegex(@"^(?:the\s+|a\s+)?(?<who>\p{Ll}[\p{L}\-]*)\s+(?:in|at|outside|near|inside|beside|behind)\s+(?<place>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MetAt();

    // a sentence opening with a preposition of place: "Outside …", "At a bus stop in …", "Near the gate …"
    [GeneratedRegex(@"^(?:Outside|Inside|In|At|Near|Beside|Behind|Across|Along)\s", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedPlace();

    /// <summary>
    /// "Lena Moravec" asked of an article that names her in full once ("Lena Moravec, who runs the bakery, …") and
    /// quotes her as "Moravec said": the speaker the index knows by the surname alone, in an article that writes the
    /// full name asked, and no one else of that surname there (a "Karl Moravec" beside her leaves it open).
    /// </summary>
    private IReadOnlyList<string> KnownBySurname(string asked, SpeakerRoster roster, string? articleId)
    {
        if (TitledNames.IsTitle(asked) || FullName().Match(asked.Trim()) is not { Success: true } full) return [];
        var surname = full.Groups["surname"].Value;
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        var writtenInFull = new Regex($@"(?<!\p{{L}}){Regex.Escape(full.Value)}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var articles = _ranker.Holding(full.Value, filter, top: 50).Where(s => writtenInFull.IsMatch(s.Text)).Select(s => s.ArticleId).ToHashSet();
        var known = roster.Speakers.Where(s => s.Type == Attribution.SpeakerType.Person && s.Name.Equals(surname, StringComparison.OrdinalIgnoreCase)).Select(s => s.Name).ToList();
        if (articles.Count == 0 || known.Count != 1) return [];
        // every article quoting the surname writes the full name: another article's "Moravec" may be someone else
        var quotedThere = store.Articles.Where(a => (articleId is null || a.Id == articleId) && a.Speakers.Any(s => s.Name == known[0])).Select(a => a.Id).ToList();
        if (quotedThere.Count == 0 || !quotedThere.All(articles.Contains)) return [];
        // another first name before the surname in those articles is someone else of the family, who may be the one quoted
        var firstName = full.Groups["first"].Value;
        var otherOfTheName = new Regex($@"(?<!\p{{L}})(?<given>\p{{Lu}}[\p{{L}}'’\-]*)\s+{Regex.Escape(surname)}(?!\p{{L}})", RegexOptions.CultureInvariant);
        foreach (var id in quotedThere)
            foreach (var sentence in _ranker.Holding(surname, Ranker.ArticleFilter(id), top: 200))
                foreach (Match m in otherOfTheName.Matches(sentence.Text))
                    if (!m.Groups["given"].Value.Equals(firstName, StringComparison.OrdinalIgnoreCase) && !IsHonorific(m.Groups["given"].Value))
                        return [];
        return known;
    }

    /// <summary>
    /// "Lena Moravek" asked where the article writes "Lena Moravec" (or "Lina Moravec"): the full name as the articles
    /// write it, when one of its two words is as asked and the other one edit away from the word written beside it.
    /// A typo is forgiven only for a word the articles never write (see NamesSomeoneElse), and only when one name is
    /// so near: "Lena Moravek" beside both a "Lena Moravec" and a "Lena Morávez" is left unanswered.
    /// </summary>
    private string? NameAsWritten(string asked, string? articleId)
    {
        if (TitledNames.IsTitle(asked) || FullName().Match(asked.Trim()) is not { Success: true } full || full.Groups["middle"].Success) return null;
        var (first, surname) = (full.Groups["first"].Value, full.Groups["surname"].Value);
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        var mended = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var view = store.Index.View())
        {
            foreach (var (kept, typo, keptFirst) in new[] { (first, surname, true), (surname, first, false) })
            {
                if (store.Index.Terms(typo).Any(t => view.DocFreq(t) > 0)) continue;
                var beside = new Regex(keptFirst ? $@"(?<!\p{{L}}){Regex.Escape(kept)}\s+(?<other>\p{{Lu}}[\p{{L}}'’\-]+)" : $@"(?<other>\p{{Lu}}[\p{{L}}'’\-]+)\s+{Regex.Escape(kept)}(?!\p{{L}})",
                    RegexOptions.CultureInvariant);
                foreach (var sentence in _ranker.Holding(kept, filter, top: 200))
                    foreach (Match m in beside.Matches(sentence.Text))
                        if (SpeakerDirectory.Similar(m.Groups["other"].Value, typo, 1) && !m.Groups["other"].Value.Equals(typo, StringComparison.OrdinalIgnoreCase))
                            mended.Add(keptFirst ? $"{kept} {m.Groups["other"].Value}" : $"{m.Groups["other"].Value} {kept}");
            }
        }
        return mended.Count == 1 ? mended.First() : null;
    }

    // words saying a title's holder holds it now, or is about to leave it ("the outgoing mayor", "the sitting judge")
    private static readonly HashSet<string> InOffice = new(StringComparer.OrdinalIgnoreCase) { "outgoing", "incumbent", "sitting", "current", "serving", "departing", "caretaker" };

    // words saying someone holds a title at another time than now ("former", "incoming", "mayor-designate", "the late …")
    [GeneratedRegex(@"\b(?:former|ex|incoming|new|newly|designate|elect|future|retired|late|then|one[\s-]time|erstwhile)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnotherTime();

    /// <summary>
    /// "The outgoing mayor" (or "the sitting judge") asked of an article that quotes "Mayor …" and never writes the
    /// word asked before the title: a title written before a name is held now, so a word saying so narrows nothing down,
    /// and the title alone finds the holder. Never one whose titles or the article's words for them say they held it at
    /// another time ("former", "incoming"), and nobody when the articles write the phrase asked (that is someone the
    /// articles so describe, who may be another than the one quoted).
    /// </summary>
    private IReadOnlyList<string> HoldingTheTitleNow(string asked, SpeakerRoster roster, string? articleId)
    {
        var words = asked.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var tenure = words.Where(InOffice.Contains).ToList();
        if (tenure.Count == 0) return [];
        var plain = string.Join(' ', words.Where(w => !InOffice.Contains(w)));
        if (!TitledNames.IsTitle(plain)) return [];
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        var phrase = new Regex($@"(?<!\p{{L}}){Regex.Escape(tenure[0])}\s+(?:\p{{L}}+\s+){{0,2}}{Regex.Escape(SpeakerDirectory.Wanted(plain).LastOrDefault() ?? "")}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (_ranker.Holding(tenure[0], filter, top: 200).Any(s => phrase.IsMatch(s.Text))) return [];
        return roster.Match(plain)
            .Where(name => !name.EndsWith("(unnamed)", StringComparison.Ordinal) && roster.Find(name) is { } speaker
                           && !roster.Roles(name).Concat(speaker.Mentions ?? []).Any(AnotherTime().IsMatch))
            .ToList();
    }

    /// <summary>"Mr", "Ms", "Dr", "Rep.": the words written before a surname that are no one's first name.</summary>
    private static bool IsHonorific(string word) => word.EndsWith('.') || word is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Sir" or "Dame" or "Lord" or "Lady";

    // a full name as a question writes it: a first name (and a middle one) and a surname, each capitalized
    // "did Marrow comment on …", "has the club responded to …", "did she say anything about …": whether they spoke on it
    [GeneratedRegex(@"^(?:did|does|has|have|had)\s+.+?\s+(?:comment|respond|reply|speak|talk|say\s+anything)\s+(?:on|to|about|regarding)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentAsked();

    // "declined to comment", "did not respond", "would not comment", "could not be reached", "no comment": no word given
    [GeneratedRegex(@"\b(?:declined|refused)\s+to\s+(?:comment|respond|discuss|answer|speak|say)\b|\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|would\s+not|wouldn['’]t)\s+(?:yet\s+)?(?:respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?)\b|\bcould\s+not\s+be\s+reached\b|\bno\s+(?:immediate\s+)?comment\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoComment();

    [GeneratedRegex(@"^(?<first>\p{Lu}[\p{L}'’\-]+)(?<middle>\s+\p{Lu}[\p{L}'’\-]*\.?)?\s+(?<surname>\p{Lu}[\p{L}'’\-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();

    // "the captain of the Sea Lark": a place or a ship, a body or a team whose title it is, after "of" too
    [GeneratedRegex(@"^(?<who>.+?)\s+(?:in|from|at|of(?:\s+the)?)\s+(?<place>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceQualified();

    // "Krell's lawyer", "Anton Krell's coach": a name's possessive, then a title in lower case
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*)['’]s?\s+(?<who>\p{Ll}[\p{L}\s\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerQualified();

    // "the water board's spokeswoman", "the hospital's spokesman": a title owned by a body the question names by
    // common nouns (a title asked alone drops the owner's words, as a speaker's title does: see SpeakerDirectory.WithoutOwners)
    [GeneratedRegex(@"^(?:the\s+)?(?<place>\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*){0,3})['’]s?\s+(?<who>\p{Ll}[\p{L}\s\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommonOwnerQualified();

    // "the Tessmoor Ports spokeswoman": a body's capitalized name, then a title in lower case
    [GeneratedRegex(@"^(?:the\s+)?(?<place>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*)\s+(?<who>\p{Ll}[\p{L}\s\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectQualified();

    // "the NDMA commandant", "the WHO envoy": a body by its initials, then a title in lower case (the article may spell
    // the body out where it names it, and call the person by the title alone)
    [GeneratedRegex(@"^(?:the\s+)?(?<place>\p{Lu}{2,}[\p{Lu}\d]*)\s+(?<who>\p{Ll}[\p{L}\s\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymQualified();

    /// <summary>
    /// The unnamed source described by the head noun asked (see <see cref="SpeakerRoster.ByHeadNoun"/>); but a body asked
    /// by its proper name ("the Harlow Rowing Union") is that body only where an article names it so: no sentence
    /// holding its words leaves the unnamed "union" of another article, or another body's, someone else.
    /// </summary>
    private IReadOnlyList<string> ByHeadNoun(string asked, SpeakerRoster roster, string? articleId)
    {
        var found = roster.ByHeadNoun(asked);
        return found.Count == 0 || !IsBodyName(asked) || NamedAsAsked(asked, articleId) ? found : [];
    }

    /// <summary>A body asked by its proper name, two words or more ending in an organisation's head: "the Harlow Rowing Union".</summary>
    private static bool IsBodyName(string asked) =>
        !TitledNames.IsTitle(asked) && SpeakerDirectory.Wanted(asked) is { Count: >= 2 } name && Attribution.Lexicon.Default.OrganizationHeads.Contains(name[^1]);

    /// <summary>Does a sentence (of the article, if one is asked about) hold every word of the name asked?</summary>
    private bool NamedAsAsked(string asked, string? articleId) =>
        _ranker.Holding(string.Join(' ', SpeakerDirectory.Wanted(asked)), articleId is null ? null : Ranker.ArticleFilter(articleId), top: 1).Count > 0;

    /// <summary>Is this speaker quoted in an article that quotes one of the others too?</summary>
    private bool SameArticle(string speaker, IReadOnlyList<string> others) =>
        store.Articles.Any(a => a.Speakers.Any(s => s.Name == speaker) && a.Speakers.Any(s => others.Contains(s.Name)));

    /// <summary>Does one of this person's statements cover the question's topic?</summary>
    private bool SpeaksOf(SpeakerDirectory.Person person, Question question) =>
        _ranker.Rank(question.Topic, question.Expected, Ranker.SpeakerFilter(person.Names), top: 1) is [{ Coverage: >= Ranker.MinCoverage }, ..];

    private bool QuotedInAStoryOf(SpeakerDirectory.Person person, Question question) =>
        _ranker.StatementsBy(person.Names, null, limit: 50).Sentences.Select(s => s.ArticleId).Distinct()
            .Any(a => _ranker.Rank(question.Topic, question.Expected, Ranker.ArticleFilter(a), top: 1) is [{ Coverage: >= Ranker.MinCoverage }, ..]);

    /// <summary>
    /// The speakers the articles name next to a title no attribution gives them ("Republican presidential nominee Donald
    /// Trump" in narration, then "he said"; "said Oscar Vedder, president of the NAACP"): the people "the
    /// Republican nominee" and "the NAACP president" are. Read from the few sentences holding every word of the title.
    /// </summary>
    private IReadOnlyList<string> NamedBesideTitle(string asked, SpeakerRoster roster, string? articleId)
    {
        var title = SpeakerDirectory.Wanted(asked);
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        // the speaker may be known by the surname alone ("Lund said" after "chairman Victor Lund watched")
        var holding = _ranker.Holding(string.Join(' ', title), filter, top: 10);
        // "the former chief executive" who resigned the day the article tells of is its "chief executive, Ben Ode,
        // resigned": where no sentence writes the title with "former", the title without it names him in a sentence
        // telling that he left (not whoever holds the same title elsewhere)
        if (holding.Count == 0 && title.Count > 1 && title.Any(FormerWords.Contains))
        {
            title = title.Where(w => !FormerWords.Contains(w)).ToList();
            holding = _ranker.Holding(string.Join(' ', title), filter, top: 10).Where(s => Departure().IsMatch(s.Text)).ToList();
        }
        // "the head of the volcanology agency" where the article names the body in full once ("Centre for Volcanology and
        // …") and then writes "the agency's head, Ana Ruiz": the sentences holding the title without a word that
        // only qualifies its body, in an article that writes that word too (the role noun and the body's noun stay)
        if (holding.Count == 0 && title.Count > 2)
        {
            foreach (var word in title.Skip(1).SkipLast(1).ToList())
            {
                var rest = title.Where(w => w != word).ToList();
                var qualified = _ranker.Holding(string.Join(' ', rest), filter, top: 10)
                    .Where(s => _ranker.Holding(word, Ranker.ArticleFilter(s.ArticleId), top: 1).Count > 0).ToList();
                if (qualified.Count == 0) continue;
                (holding, title) = (qualified, rest);
                break;
            }
        }
        var texts = holding.Select(s => s.Text).ToList();
        // "the former DTA director" where the article spells the name out ("a former Dunmore Transit Authority
        // director"): the sentences holding the title's other words and the spelled-out name, read with the acronym
        var acronyms = Acronyms.Written(asked).ToList();
        if (holding.Count == 0 && acronyms.Count > 0)
        {
            var others = title.Where(w => !acronyms.Any(a => a.Acronym.Replace(".", "").Equals(w, StringComparison.OrdinalIgnoreCase))).ToList();
            texts = others.Count == 0 ? [] : _ranker.Holding(string.Join(' ', others), filter, top: 10)
                .Select(s => acronyms.Aggregate(s.Text, (text, a) => Spelled(a.Spelling, text, a.Acronym.Replace(".", ""))))
                .Where(text => title.All(w => SpeakerDirectory.Words(text).Contains(w))).ToList();
        }
        // "the Ruritanian deputy minister" where the article writes "Deputy Minister Ana Kovac met her Ruritanian
        // counterpart, Jiri Holub": the counterpart holds the office for the other country (see TitledNames.Counterpart)
        var counterparts = texts.Select(text => TitledNames.Counterpart(text, title)).OfType<string>()
            .SelectMany(name => roster.Match(name) is { Count: > 0 } named ? named : roster.Match(name.Split(' ')[^1]))
            .Where(n => roster.Find(n)?.Type == Attribution.SpeakerType.Person).Distinct().ToList();
        if (counterparts.Count > 0) return counterparts;
        var beside = texts.SelectMany(text => TitledNames.Beside(text, title).Concat(TitledNames.Apposed(text, title)))
            .SelectMany(name => roster.Match(name) is { Count: > 0 } named ? named : roster.Match(name.Split(' ')[^1])).Distinct().ToList();
        // "the pollster" where the article writes "Tobias Renn, who directs the Harrow poll", "the outside expert"
        // where it writes "…, who was not involved in the research": read in the sentences holding the poll, or the involvement
        if (beside.Count == 0 && DescribedBy(title) is { Length: > 0 } clue)
            beside = _ranker.Holding(clue, filter, top: 10).SelectMany(s => TitledNames.Described(s.Text, title))
                .SelectMany(name => roster.Match(name) is { Count: > 0 } named ? named : roster.Match(name.Split(' ')[^1]))
                .Where(n => roster.Find(n)?.Type == Attribution.SpeakerType.Person).Distinct().ToList();
        // "the witness" where the article writes "Sara Lind, who saw the crash from her porch", "the widow" where it
        // writes "Ana Ruiz, whose husband was killed": a role told by what the person did or lost (see TitledNames.RoleClauses)
        if (beside.Count == 0 && holding.Count == 0)
            beside = TitledNames.RoleClues(title).SelectMany(clue => _ranker.Holding(clue, filter, top: 20)).DistinctBy(s => (s.ArticleId, s.Text))
                .SelectMany(s => TitledNames.DescribedByRole(s.Text, title))
                .SelectMany(name => roster.Match(name) is { Count: > 0 } named ? named : roster.Match(name.Split(' ')[^1]))
                .Where(n => roster.Find(n)?.Type == Attribution.SpeakerType.Person).Distinct().ToList();
        // "a retired ferry pilot who has crossed the strait for 30 years" and, a sentence or two on, "The pilot, Ada
        // Quist, said …": the person introduced by the description is the one the next sentences name after its head noun
        if (beside.Count == 0 && holding.Count > 0 && title.Count > 1)
            beside = holding.SelectMany(s => RenamedAfter(s, HeadNoun(asked), roster)).Distinct().ToList();
        // "A ferry pilot who has crossed the strait for 30 years watched the storm roll in." and the next sentence
        // "“…,” said Ada Quist, 64.": the person the article introduced by the description is the one it names right
        // after, met nowhere before there and given no role of their own
        if (beside.Count == 0 && holding.Count > 0)
            beside = holding.SelectMany(s => NamedRightAfter(s, HeadNoun(asked), roster)).Distinct().ToList();
        return beside.Count > 0 ? beside : holding.SelectMany(s => GivenToAPronoun(s, title, roster)).Distinct().ToList();
    }

    /// <summary>How many sentences after a description the article may name the person it introduced.</summary>
    private const int RenamedWithin = 3;

    /// <summary>
    /// The quoted person a sentence soon after this one names by the description's head noun ("The pilot, Ada Quist,
    /// said"); none when the sentence holding the description names someone else after it.
    /// </summary>
    private IEnumerable<string> RenamedAfter(IndexedSentence sentence, string head, SpeakerRoster roster)
    {
        for (int k = 1; k <= RenamedWithin; k++)
        {
            if (store.Index.Get(sentence.ArticleId, sentence.Position + k) is not { } next) yield break;
            if (TitledNames.Renamed(next.Text, head) is not { } name) continue;
            foreach (var n in roster.Match(name).Where(n => roster.Find(n)?.Type == Attribution.SpeakerType.Person)) yield return n;
            yield break;
        }
    }

    /// <summary>
    /// The named person quoted in the sentence right after one that introduces someone by a description ("a ferry
    /// pilot who …", narration, the description's head noun after "a" or "an"): when the article names them there
    /// before anywhere else and gives them no role, they are the one it introduced. Nobody otherwise: a person the article
    /// named before, or gave a role of their own, is someone else.
    /// </summary>
    private IEnumerable<string> NamedRightAfter(IndexedSentence sentence, string head, SpeakerRoster roster)
    {
        if (sentence.Speaker is not null || !IntroducedBy(sentence.Text, head)
            || store.Index.Get(sentence.ArticleId, sentence.Position + 1) is not { Speaker: { Type: Attribution.SpeakerType.Person } speaker } next
            || next.Paragraph - sentence.Paragraph > 1 || speaker.Name.EndsWith("(unnamed)", StringComparison.Ordinal) || !speaker.Name.Contains(' ')
            || !string.IsNullOrEmpty(speaker.Role) || roster.Find(speaker.Name) is not { } found || !string.IsNullOrEmpty(found.Role))
            yield break;
        var surname = speaker.Name.Split(' ')[^1];
        for (int p = 0; p <= sentence.Position; p++)
            if (store.Index.Get(sentence.ArticleId, p) is { } earlier && SpeakerDirectory.Words(earlier.Text).Contains(SpeakerDirectory.Words(surname).FirstOrDefault() ?? surname))
                yield break;
        yield return speaker.Name;
    }

    /// <summary>The most characters of a place between a description's head noun and its clause ("a nurse from Tarn who").</summary>
    private const int PlaceChars = 40;

    /// <summary>
    /// Does the sentence introduce someone by the head noun after "a" or "an", a relative clause or a place after it ("a
    /// fisherman who …", "a nurse from Tarn who …"), as its subject: opening it, or after a fronted phrase and a comma
    /// ("On the quay, a fisherman who …")? A description said of someone else ("described Ivo as a kind man who …") introduces nobody.
    /// </summary>
    private static bool IntroducedBy(string sentence, string head) =>
        Regex.IsMatch(sentence, $@"(?:^[“""‘']?|,\s+)(?:[Aa]|[Aa]n)\s+(?:\p{{Ll}}[\p{{L}}\-]*\s+){{0,2}}{Regex.Escape(head)}(?:\s+(?:from|in|at|of)\s+[^,;.“”""]{{1,{PlaceChars}}}?)?,?\s+who\b", RegexOptions.CultureInvariant);

    /// <summary>The kinds of document an article quotes, then calls by the bare noun ("the memo says …").</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "document", "documents", "memo", "memorandum", "report", "letter", "filing", "study", "audit", "draft", "email", "cable",
        "message", "note", "post",
    };

    /// <summary>
    /// "Ilves's text message to the treasurer", "the landlord's letter": a document asked for by whose it is (and to
    /// whom), which the article quotes by the bare noun ("“…,” the message read") after telling whose it was ("a text
    /// message that Ilves sent the treasurer"): that unnamed source, when every article quoting it writes the document
    /// in one sentence with its owner or its recipient (another article's letter is someone else's).
    /// </summary>
    private IReadOnlyList<string> OwnedDocument(string asked, SpeakerRoster roster, string? articleId)
    {
        if (OwnedWriting().Match(asked.Trim()) is not { Success: true } owned
            || SpeakerDirectory.Words(owned.Groups["document"].Value).LastOrDefault() is not { } head || !DocumentNouns.Contains(head))
            return [];
        var bare = $"{head} (unnamed)";
        var quotingIt = Scope(articleId).Where(a => a.Speakers.Any(s => s.Name == bare)).Select(a => a.Id).ToList();
        if (quotingIt.Count == 0) return [];
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        var writingIt = new[] { owned.Groups["owner"].Value, owned.Groups["to"].Value }.Where(clue => clue.Length > 0)
            .SelectMany(clue => _ranker.Holding($"{clue} {head}", filter, top: 50)).Select(s => s.ArticleId).ToHashSet();
        return quotingIt.All(writingIt.Contains) ? [bare] : [];
    }

    // "Ilves's text message to the treasurer": an owner's possessive, the document in lower case, and to whom it went
    [GeneratedRegex(@"^(?:the\s+)?(?<owner>[\p{L}.\-]+(?:\s+[\p{L}.\-]+){0,3})['’]s?\s+(?<document>\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*){0,2}?)(?:\s+(?:to|for)\s+(?:the\s+)?(?<to>[\p{L}.\-]+(?:\s+[\p{L}.\-]+){0,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedWriting();

    /// <summary>
    /// "The tax office memo": the article cites it once in full ("according to a tax office memo obtained by
    /// reporters") and quotes it in the next sentence as "the memo" ("The memo calls the grants …"): the bare
    /// noun, an unnamed source quoted only in the articles quoting the document asked about, is that document.
    /// </summary>
    private IReadOnlyList<string> TheSameDocument(string asked, IReadOnlyList<string> names)
    {
        if (SpeakerDirectory.Wanted(asked) is not [_, .., var head] || !DocumentNouns.Contains(head)) return [];
        var bare = $"{head.ToLowerInvariant()} (unnamed)";
        if (names.Contains(bare)) return [];
        var quotingIt = store.Articles.Where(a => a.Speakers.Any(s => s.Name == bare)).ToList();
        return quotingIt.Count > 0 && quotingIt.All(a => a.Speakers.Any(s => names.Contains(s.Name))) ? [bare] : [];
    }

    private static readonly HashSet<string> FormerWords = new(StringComparer.OrdinalIgnoreCase) { "former", "ex", "outgoing", "departing" };

    // "resigned", "stepped down", "was fired", "retired": the holder left the post
    [GeneratedRegex(@"\b(?:resign(?:ed|s)|stepp(?:ed)?\s+down|steps\s+down|retir(?:ed|es)|(?:was|were|has\s+been|had\s+been)\s+(?:fired|ousted|dismissed|sacked|removed|replaced)|quit|left\s+(?:the|his|her)\s+(?:post|job|company|office))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Departure();

    /// <summary>The word a sentence describing the title's holder without writing it holds: "involved", or an agent noun's root.</summary>
    private static string? DescribedBy(IReadOnlyList<string> title) =>
        TitledNames.AsksAnOutsider(title) ? "involved" : title.Select(TitledNames.AgentRoot).OfType<string>().FirstOrDefault(r => !title.Contains(r));

    private static string Spelled(Regex spelling, string text, string acronym)
    {
        try { return spelling.Replace(text, acronym); }
        catch (RegexMatchTimeoutException) { return text; }
    }

    [GeneratedRegex(@"^(?:He|She)\s")]
    private static partial Regex OpensWithHeOrShe();

    [GeneratedRegex(@"(?<=\s)\p{Lu}[\p{L}'’\-]+")]
    private static partial Regex CapitalizedWord();

    /// <summary>
    /// "Lynch rose to prominence … She serves as the attorney general": a title the article gives "he" or "she" is the
    /// title of the one person the sentence before names, in the same paragraph, who is quoted.
    /// </summary>
    private IEnumerable<string> GivenToAPronoun(IndexedSentence sentence, IReadOnlyList<string> title, SpeakerRoster roster)
    {
        var predicate = $@"\b(?:as|is|was|became|remains)\s+(?:(?:the|a|an)\s+)?(?:[\p{{L}}\-]+\s+){{0,2}}{string.Join(@"\s+", title.Select(Regex.Escape))}\b";
        if (sentence.Position == 0 || !OpensWithHeOrShe().IsMatch(sentence.Text)
            || !Regex.IsMatch(sentence.Text, predicate, RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100))
            || store.Index.Get(sentence.ArticleId, sentence.Position - 1) is not { } before || before.Paragraph != sentence.Paragraph)
            return [];
        // a word of a quoted person's name, written as the name is ("United" is no misspelt speaker)
        var named = CapitalizedWord().Matches(before.Text)
            .SelectMany(w => roster.Match(w.Value).Where(n => n.Split(' ').Contains(w.Value) && roster.Find(n)?.Type == Attribution.SpeakerType.Person))
            .Distinct().ToList();
        return SpeakerDirectory.People(named, roster) is [var person] ? person.Names : [];
    }

    /// <summary>
    /// Each statement on the topic with the speaker's next sentence when that goes on with it ("Lind noted that the
    /// way the mayor handled the crowd was decisive." and "“… she struck the right tone …,” Lind wrote."): the topic is often a
    /// pronoun there. A direct quote goes before a reported sentence that sets it up, and the speaker's answer to their
    /// own question before the question when the user asked yes or no. The next sentences are read in one query.
    /// </summary>
    private List<IndexedSentence> WithContinuations(List<Ranker.Ranked> onTopic, IReadOnlyList<string> speakers, bool yesNo)
    {
        var next = _ranker.Following(onTopic, speakers).ToDictionary(s => (s.ArticleId, s.Position - 1));
        var shown = onTopic.Select(r => (r.Sentence.ArticleId, r.Sentence.Position)).ToHashSet();
        var chosen = new List<IndexedSentence>(onTopic.Count);
        foreach (var sentence in onTopic.Select(r => r.Sentence))
        {
            // the speaker's own words before the sentence that only sets them up ("In an essay, she described the plan."
            // then "“Parents have waited too long,” she wrote."): what they said comes first
            if (next.TryGetValue((sentence.ArticleId, sentence.Position), out var after) && shown.Add((after.ArticleId, after.Position)))
            {
                // "Do I think it was arson?" then "Probably not.": asked whether they thought so, the answer is what they said next
                bool answersItself = yesNo && after.Paragraph == sentence.Paragraph && IsQuestion(sentence.Text) && !IsQuestion(after.Text);
                // asked yes or no, the sentence that settles it stays first ("said she would not", then "“The council has spoken”")
                bool quoteAfterSetUp = after.Kind == Attribution.QuoteKind.Direct && sentence.Kind != Attribution.QuoteKind.Direct && !yesNo;
                chosen.AddRange(answersItself || quoteAfterSetUp ? [after, sentence] : [sentence, after]);
            }
            else chosen.Add(sentence);
            // "“Nobody came to help us for a week. They have treated us like an afterthought,” she said of the council.": the
            // sentence that speaks of it is the second of its quote, whose first the topic's words miss; that first
            // sentence follows it, so the quote is read whole (the sentence asked about stays first)
            if (SameQuoteBefore(sentence) is { } opening && shown.Add((opening.ArticleId, opening.Position)))
                chosen.Insert(chosen.IndexOf(sentence) + 1, opening);
        }
        return chosen;
    }

    /// <summary>The most sentences read on to close a quote a sentence shown leaves open (see <see cref="WithQuotesClosed"/>).</summary>
    private const int MaxQuoteRunOn = 3;

    /// <summary>
    /// A sentence shown that opens a quote and stops inside it ("“Pell is worn out." then "She has carried the team all
    /// year,” the coach said.") says little alone: the quote's next sentences, the speaker's, go on with it up to the one
    /// that closes the quote. A sentence with no mark of its own inside a quote ("We lose a fortune every day.") keeps it
    /// open, and a quote left open at its paragraph's end goes on in the next paragraph when that opens with a fresh
    /// mark, as news writes a spoken quote of several paragraphs.
    /// </summary>
    private List<IndexedSentence> WithQuotesClosed(List<IndexedSentence> chosen)
    {
        var result = new List<IndexedSentence>(chosen.Count);
        var shown = chosen.Select(s => (s.ArticleId, s.Position)).ToHashSet();
        foreach (var sentence in chosen)
        {
            result.Add(sentence);
            if (sentence.Speaker is not { } speaker || sentence.Kind is not { } kind) continue;
            // (a direct quote's sentence with no mark stands inside a quote an earlier sentence opened: shown on its own, it is
            // gone on with only where its paragraph ends and the quote goes on in the next one)
            bool open = LeftOpen(sentence.Text), inside = !open && kind == Attribution.QuoteKind.Direct && !HasQuoteMark(sentence.Text);
            var last = sentence;
            for (int added = 0; added < MaxQuoteRunOn && (open || inside); added++)
            {
                if (store.Index.Get(last.ArticleId, last.Position + 1)?.As([speaker.Name]) is not { IsHeading: false, Kind: not null } next
                    || next.Speaker?.Name != speaker.Name || !open && next.Paragraph == last.Paragraph
                    || next.Paragraph != last.Paragraph && (next.Paragraph != last.Paragraph + 1 || !OpensWithQuoteMark(next.Text)))
                    break;
                if (shown.Add((next.ArticleId, next.Position))) result.Add(next);
                last = next;
                (open, inside) = (!HasQuoteMark(next.Text) || LeftOpen(next.Text), false);
            }
        }
        return result;
    }

    private static bool HasQuoteMark(string sentence) => sentence.AsSpan().IndexOfAny(QuoteMarkChars) >= 0;

    private static bool OpensWithQuoteMark(string sentence) => sentence.Length > 0 && sentence[0] is '"' or '“' or '„' or '«';

    private static readonly System.Buffers.SearchValues<char> QuoteMarkChars = System.Buffers.SearchValues.Create("\"“”„«»");

    /// <summary>The most sentences read on from a letter's or an e-mail's opening (see <see cref="WithTheRestOfWhatTheyWrote"/>).</summary>
    private const int MaxWrittenRunOn = 4;

    /// <summary>
    /// A letter, an e-mail or a post quoted over several paragraphs ("Moen wrote in a letter: “…”" then "“…,” she wrote."):
    /// its later paragraphs seldom repeat the word for it, and are the same piece of writing; after a sentence that says
    /// the speaker wrote, their quotes that follow it, in its paragraph or in the next ones, each told as written or in the
    /// same paragraph, go on with it.
    /// </summary>
    private List<IndexedSentence> WithTheRestOfWhatTheyWrote(List<IndexedSentence> chosen)
    {
        var result = new List<IndexedSentence>(chosen.Count);
        var shown = chosen.Select(s => (s.ArticleId, s.Position)).ToHashSet();
        foreach (var sentence in chosen)
        {
            result.Add(sentence);
            if (sentence.Speaker is not { } speaker || !Wrote().IsMatch(sentence.Text)) continue;
            var last = sentence;
            for (int added = 0; added < MaxWrittenRunOn; added++)
            {
                if (store.Index.Get(last.ArticleId, last.Position + 1)?.As([speaker.Name]) is not { IsHeading: false, Kind: not null } next
                    || next.Speaker?.Name != speaker.Name || next.Paragraph - last.Paragraph > 1
                    || (next.Paragraph != last.Paragraph && !Wrote().IsMatch(next.Text) && !LeftOpen(last.Text)))
                    break;
                if (shown.Add((next.ArticleId, next.Position))) result.Add(next);
                last = next;
            }
        }
        return result;
    }

    /// <summary>
    /// Does the sentence end inside a quote it opened ("“We are closing two depots.")? News leaves a quote that runs
    /// into the next paragraph open at the paragraph's end, and opens the next one with a fresh mark: that paragraph
    /// is the same quote, told as written or not.
    /// </summary>
    private static bool LeftOpen(string sentence)
    {
        int last = sentence.LastIndexOfAny(['"', '“', '”']);
        if (last < 0) return false;
        return sentence[last] == '“' || (sentence[last] == '"' && (last == 0 || char.IsWhiteSpace(sentence[last - 1]) || sentence[last - 1] is '(' or '—' or '–'));
    }

    // "wrote", "writes", "wrote in an e-mail": the speaker's words were written, not spoken
    [GeneratedRegex(@"\b(?:wrote|writes|written)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wrote();

    private static bool IsQuestion(string sentence) => sentence.TrimEnd(' ', '"', '\'', '”', '’').EndsWith('?');

    /// <summary>
    /// The speakers matched only by forgiving a typo, while the articles write the name as asked: someone else, who
    /// is mentioned but not quoted. Words are compared as the index keeps them ("senators" is the speakers' "senator").
    /// A word some other speaker's description holds counts too ("Ivana" in "Ivana Trump's brief" is still not "Ivanka").
    /// </summary>
    private bool NamesSomeoneElse(string asked, SpeakerRoster roster, IReadOnlyList<string> speakers)
    {
        var wanted = SpeakerDirectory.Wanted(asked);
        if (wanted.Count == 0) return false;
        var typos = wanted.Select(store.Index.Terms).Where(terms => terms.Count > 0).ToList();
        // the speakers' words are analysed one speaker at a time, until every asked word is found (a surname common in
        // a large archive matches hundreds of speakers, and the first one usually writes it)
        var missing = typos.SelectMany(terms => terms).ToHashSet();
        foreach (var s in speakers.Select(roster.Find).OfType<SpeakerCount>())
        {
            if (missing.Count == 0) break;
            missing.ExceptWith(store.Index.Terms(string.Join(' ', SpeakerDirectory.WithTitlesSpelledOut(SpeakerDirectory.Words(string.Join(' ', [s.Name, .. roster.Roles(s.Name), .. s.Mentions ?? [],
                .. roster.Roles(s.Name).Select(SpeakerRoster.Initials).OfType<string>(), .. roster.Roles(s.Name).SelectMany(SpeakerDirectory.RoleWords),
                .. SpeakerDirectory.KindWords(roster.Roles(s.Name).SelectMany(SpeakerDirectory.Words)),
                .. SpeakerDirectory.ReaderWords(roster.Roles(s.Name).Concat(s.Mentions ?? []), s.Type == Attribution.SpeakerType.Organization || s.Name.EndsWith("(unnamed)", StringComparison.Ordinal) ? s.Name : null)]))))));
        }
        typos = typos.Where(terms => terms.Any(missing.Contains)).ToList();
        if (typos.Count == 0) return false;
        using var view = store.Index.View();
        return typos.All(terms => terms.All(t => view.DocFreq(t) > 0));
    }

    /// <summary>
    /// Where someone not quoted is mentioned. With <paramref name="sharedBy"/>, the roster's name of a speaker whose
    /// every statement shares its sentence with another's quote, which the sentence is credited to.
    /// </summary>
    private Answer NotQuoted(string asked, string topic, string? articleId, string? sharedBy = null)
    {
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        // (an acronym asked is looked for further down, past the sentences writing its letters as another word)
        bool acronym = CapitalsWord().IsMatch(asked);
        var mentions = _ranker.Rank(asked + " " + topic, AnswerType.Any, filter, top: acronym ? 10 : 3)
            .Where(r => r.Coverage >= Ranker.MinCoverage)
            .Select(r => r.Sentence).Where(s => WritesCapitals(s.Text, asked)).Take(3).ToList();
        // the sentences that name them as asked, when some do: "Alina Brooks said" is no mention of Alana Brooks
        var named = store.Index.Terms(string.Join(' ', SpeakerDirectory.Wanted(asked)));
        var naming = mentions.Where(s => store.Index.Terms(s.Text).ToHashSet() is var terms && named.All(terms.Contains)).ToList();
        if (naming.Count > 0) mentions = naming;
        // a person asked by name is mentioned where the sentence writes their surname, not under another given name
        // ("Piet Vance said" is no mention of Ilse Vance); no sentence naming them leaves nothing to show
        // and a body asked by its proper name is mentioned only where it is named: "the Harlow Rowing Union" is not
        // the "Harlow" of one sentence and the "union" of another
        else if (IsBodyName(asked)) mentions = [];
        else if (!TitledNames.IsTitle(asked) && PersonalName().Match(asked) is { Success: true } name)
            mentions = mentions.Where(s => Names(s.Text, name.Groups["given"].Value, name.Groups["surname"].Value)).ToList();
        // (a person the article names only as saying nothing, "declined to be interviewed", is in the roster too, but
        // the sentences that name them are narration, credited to no one: they are simply not quoted)
        if (sharedBy is not null && (mentions.Count == 0 || mentions.Exists(s => s.Speaker is not null)))
        {
            var shared = $"What {sharedBy} said shares its sentences with another speaker's quote, and {Covered(articleId)} credit each sentence to that speaker";
            return mentions.Count == 0 ? Answer.Nothing(AnswerKind.NotQuoted, shared + $"; I found no sentence that names {asked}{(topic.Length > 0 ? " and " + topic.TrimEnd('?', '.', ' ') : "")}.")
                : new Answer(AnswerKind.NotQuoted, shared + $"; {asked} is mentioned in:", mentions, []);
        }
        if (mentions.Count == 0)
            return Answer.Nothing(AnswerKind.NotFound, $"I couldn't find anything by or about {asked} in {Covered(articleId)}.");
        // a title linked to nobody may still be the title of someone a mention quotes ("Pia Sand at the Harbor Review
        // agreed that …" for "the Harbor Review writer"): their words are not shown under the claim that it is unquoted
        if (TitledNames.IsTitle(asked) && mentions.Any(s => s.Speaker is not null))
            return new Answer(AnswerKind.NotQuoted, $"I couldn't tell which speaker {asked} is in {Covered(articleId)}; {asked} is mentioned in:", mentions, []);
        return new Answer(AnswerKind.NotQuoted, $"{asked} isn't quoted in {Covered(articleId)}; {asked} is mentioned in:", mentions, []);
    }

    /// <summary>
    /// Does the sentence write each acronym asked in capitals as it is asked: "the HOPE official" is mentioned in "a HOPE
    /// adviser said", not in "an official said there was little hope", which the index's lower-case words hold alike.
    /// </summary>
    private static bool WritesCapitals(string text, string asked) =>
        CapitalsWord().Matches(asked).All(c => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){c.Value}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant));

    // a word of two capitals or more, no lower-case letter: an acronym ("HOPE", "NATO"), which in lower case may be another word
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])\p{Lu}{2,}(?![\p{L}\p{N}.])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsWord();

    // "Ilse Vance", "Vance", "Dr. Ilse Vance": the given name asked (if any) and the surname
    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?(?:(?<given>\p{Lu}[\p{L}'’\-]+)\s+(?:\p{Lu}\.?\s+)?)?(?<surname>\p{Lu}[\p{L}'’\-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalName();

    /// <summary>
    /// Does the sentence name this person: their surname, written alone, after a title or after their own given name,
    /// not after another given name ("Piet Vance" is someone else than "Ilse Vance").
    /// </summary>
    private static bool Names(string sentence, string given, string surname)
    {
        foreach (Match m in Regex.Matches(sentence, $@"(?:(?<before>\p{{Lu}}[\p{{L}}'’\-]*)\.?\s+(?:\p{{Lu}}\.\s+)?)?\b{Regex.Escape(surname)}\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
        {
            var before = m.Groups["before"].Value;
            if (given.Length == 0 || !IsGivenName(before, m.Index == 0)
                || before.Equals(given, StringComparison.OrdinalIgnoreCase) || given.StartsWith(before, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // the words a sentence opens with before a bare surname ("When Hale spoke", "But Hale said"): no given names
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "so", "yet", "if", "when", "while", "as", "after", "before", "since", "until", "because",
        "although", "though", "then", "still", "now", "even", "only", "also", "like", "unlike", "for", "with", "without", "by", "at",
        "in", "on", "from", "to", "of", "under", "over", "meanwhile", "today", "yesterday", "asked", "where", "why", "how", "what",
        "whether", "that", "this", "there", "here", "instead", "indeed", "later", "earlier", "once", "said", "says",
    };

    /// <summary>Is the capitalized word before a surname a given name: not a title ("Mayor", "Sen.", "Mr.") nor a word sentences open with.</summary>
    private static bool IsGivenName(string word, bool opensSentence)
    {
        if (word.Length < 2) return false;
        var lexicon = Attribution.Lexicon.Default;
        var lower = word.ToLowerInvariant();
        if (lexicon.Titles.Contains(lower) || lexicon.Titles.Contains(lower + ".") || lexicon.SpelledTitles.ContainsKey(lower)) return false;
        return lexicon.IsGivenName(word) || !(opensSentence && Openers.Contains(word));
    }

    private Answer WhoSaid(Question question, string? articleId)
    {
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        // a statement holding the one word no other sentence writes, beside another word asked, is what was said
        // however the question words the rest ("lead like a strongman": "favors a strongman approach")
        var asked = AskedTerms(question);
        var candidates = _ranker.Rank(question.Topic, AnswerType.Any, filter, top: 20)
            .Select(r => r with { Sentence = CreditedFor(r.Sentence, asked) }).ToList();
        var ranked = candidates.Where(r => r.Coverage >= Ranker.MinCoverage || (r.Distinctive && r.Sentence.Speaker is not null)).ToList();
        // asked in other words, the statement that alone writes one of them, where the articles write all the others too,
        // is what was said ("no evidence the levy would change driving habits": "no serious evidence this would alter the routes commuters take")
        if (ranked.Count == 0)
            ranked = candidates.Where(r => r.Echoed && r.Grounded && r.Coverage >= EchoCoverage && r.Sentence.Speaker is not null).Take(1).ToList();
        // the sentences that report speech come first: the question is who said it
        var said = ByOwnWords(ranked.Where(r => r.Sentence.Speaker is not null).ToList());
        // asked in other words than any statement writes ("a critical state after the vote": "a critical situation after
        // the referendum"), a statement that writes a good part of them and is given to a speaker answers it before nothing
        // or a loose match without a speaker; not before a sentence that plainly says the same without one, which may be
        // the very words of someone the attribution missed. Whom the question names is talked about, not who said it: their
        // own statements match the question by their name alone ("who insisted the Lund campaign …": not "Lund said …").
        // One word in common, however rare, is no paraphrase ("no evidence … piloting habits": "no serious evidence …"), nor
        // are a few where more of the question's words are written nowhere: it asks about what the articles never mention.
        bool loose = said.Count == 0 && !ranked.Any(r => !r.Sentence.IsHeading && r.Coverage >= ClearMatch);
        if (loose)
            said = ByOwnWords(candidates.Where(r => r.Sentence.Speaker is { } speaker && !r.Sentence.IsHeading && r.Grounded
                && r.Coverage >= EchoCoverage && r.WordsHeld >= 2 && r.WordsHeld > r.Unwritten && !NamedIn(question.Text, speaker.Name)
                && !TitledIn(question.Topic, speaker) && !MissesTellingerWord(r.Sentence, asked, question.Topic)).ToList());
        // "who accused Trump of …": whom an accusation, a criticism or blame is aimed at is never who made it; their own
        // statements, which write the question's words in denying it, come after everyone else's
        if (Accusation().IsMatch(question.Topic))
            said = said.OrderBy(r => NamedIn(question.Text, r.Sentence.Speaker!.Name) ? 1 : 0).ToList();
        said = VerbatimFirst(said, question.Topic);
        if (said.Count == 0 && ranked.Count == 0) return NotFound(articleId);
        // "Councilwoman Hana Brik pressed the developer on flooding along the shore." then "“The shore floods
        // twice a year …,” Brik said.": narration that introduces the speaker on the topic, whose words follow
        if (said.Count == 0 && ranked.Count > 0 && QuoteIntroduced(ranked[0].Sentence) is { } introduced)
            return new Answer(AnswerKind.Found, $"{introduced.Speaker!.Name} said it:", [introduced, ranked[0].Sentence], []);
        if (said.Count == 0)
            return new Answer(AnswerKind.Found, "The articles don't attribute this to anyone, but they say:", [ranked[0].Sentence], []);
        var best = said[0];
        // a loose match is shown with more of the same speaker's words only: another's as loose match is no support
        var supporting = said.Skip(1).Where(r => r.Coverage >= best.Coverage * 0.9 && (!loose || r.Sentence.Speaker!.Name == best.Sentence.Speaker!.Name))
            .Take(MaxSupporting).Select(r => r.Sentence).ToList();
        // "“No one is singing songs for our town. Harlow had a brass band,” he said.": a sentence that answers with words its quote
        // began with in the sentence before is shown after that beginning, which it goes on with. But where that beginning
        // answers part of the question by its own words as well ("What singers need is patience. You cannot lead a choir
        // if you never sang in one.", asked who said you need to have sung in a choir to lead one), the sentence holding
        // more of the question by its own words is shown first and the other right after it: the answer before its context
        if (best.Borrowed > 0 && SameQuoteBefore(best.Sentence) is { } opening)
        {
            var openingRanked = candidates.FirstOrDefault(r => r.Sentence.ArticleId == opening.ArticleId && r.Sentence.Position == opening.Position);
            double openingOwn = openingRanked is null ? 0 : openingRanked.Coverage - openingRanked.Borrowed;
            // and where its own words alone answer clearly ("Now people queue round the block for a seat.", asked who said
            // people queue round the block for a seat in the hall), the opening it borrows a word from only leads up to it
            bool answersMore = (openingOwn >= Ranker.MinCoverage && best.Coverage - best.Borrowed > openingOwn) || best.Coverage - best.Borrowed >= ClearMatch;
            // and where both answer part of it by their own words ("We are not hiring for one season. We are hiring for the
            // next decade.", asked who said they hired for the next decade rather than one season), the one writing the
            // longer run of the question's words as it stands is what was said, and the other its contrast, unless the
            // other holds clearly more of the question
            if (LongerRun(best.Sentence, opening, question.Topic) is { } longer
                && AnswersAsWell(longer == best.Sentence ? best.Coverage - best.Borrowed : openingOwn, longer == best.Sentence ? openingOwn : best.Coverage - best.Borrowed))
                answersMore = longer == best.Sentence;
            IndexedSentence[] quote = answersMore ? [best.Sentence, opening] : [opening, best.Sentence];
            return new Answer(AnswerKind.Found, $"{best.Sentence.Speaker!.Name} said it:", [.. quote, .. supporting.Where(s => s != opening).Take(MaxSupporting - 1)], []);
        }
        return new Answer(AnswerKind.Found, $"{best.Sentence.Speaker!.Name} said it:", [best.Sentence, .. supporting], []);
    }

    /// <summary>
    /// Does a loose match of a who-said question leave out a word of the question that one other sentence of the articles
    /// alone writes, while every word it holds is written in several ("who said she rode to the clinic on a tractor" of
    /// "come to the clinic early", while "tractor" is written once): that rarest word pins down what was said, and a
    /// sentence sharing only commoner words with the question speaks of something else, so its speaker did not say it.
    /// A word written in several sentences points to none of them ("automakers" asked, written in narration and by others),
    /// nor does one written once in another article.
    /// </summary>
    private bool MissesTellingerWord(IndexedSentence sentence, HashSet<string> asked, string topic)
    {
        var terms = store.Index.Terms(sentence.Text).ToHashSet(StringComparer.Ordinal);
        using var view = store.Index.View();
        var held = asked.Where(terms.Contains).Select(view.DocFreq).Where(f => f > 0).ToList();
        if (held.Count == 0) return false;
        int rarestHeld = held.Min();
        if (rarestHeld <= 1) return false;
        var filter = Ranker.ArticleFilter(sentence.ArticleId);
        // only where that one sentence is in the same article: a word another story writes once is no answer elsewhere
        return Regex.Matches(topic, @"[\p{L}\p{N}'’-]+").Select(m => m.Value)
            .Where(w => store.Index.Terms(w) is [var t] && asked.Contains(t) && !terms.Contains(t) && view.DocFreq(t) == 1)
            .Any(w => _ranker.Rank(w, AnswerType.Any, filter, top: 1).Any(r => r.Coverage > 0));
    }

    /// <summary>The words of the question as the index keeps them: what a part of a sentence is matched against.</summary>
    private HashSet<string> AskedTerms(Question question) =>
        store.Index.Terms(question.Topic.Length > 0 ? question.Topic : question.Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>An answer's sentences that several speakers speak in, each credited as <see cref="CreditedFor(IndexedSentence, HashSet{string})"/> does.</summary>
    private Answer CreditedFor(Answer answer, Question question)
    {
        if (!answer.Quotes.Any(q => q.Voices is not null)) return answer;
        var asked = AskedTerms(question);
        return answer with { Quotes = answer.Quotes.Select(q => CreditedFor(q, asked)).ToList() };
    }

    /// <summary>
    /// A sentence several speakers speak in ("A said the depot would close, and B countered that it would stay open"),
    /// credited to the one whose part of it holds most of the question's words: asked who said the depot would stay
    /// open, B, never A. Its own speaker keeps it unless another's part holds more of them.
    /// </summary>
    private IndexedSentence CreditedFor(IndexedSentence sentence, HashSet<string> asked)
    {
        if (sentence.Voices is not { } voices || asked.Count == 0) return sentence;
        int Held(string part) => store.Index.Terms(part).Distinct().Count(asked.Contains);
        var main = voices.FirstOrDefault(v => v.Speaker.Name == sentence.Speaker?.Name);
        // a speaker credited by the cue alone ("A said:") holds the words no one else's part does
        int best = Held(main is not null ? sentence.PartOf(main) : Outside(sentence, voices));
        Voice? chosen = null;
        foreach (var voice in voices)
            if (voice != main && Held(sentence.PartOf(voice)) is var held && held > best) (best, chosen) = (held, voice);
        return chosen is null ? sentence : sentence.With(chosen);
    }

    /// <summary>
    /// Does the part of a sentence several speakers speak in that is its speaker's hold a word of the topic? Asked what B
    /// said about the bridge, "A said the fares would push commuters onto the bridge, and B countered that …" speaks of
    /// it in A's words, not B's. A sentence of one speaker always does.
    /// </summary>
    private bool OwnPartSpeaksOf(IndexedSentence sentence, HashSet<string> topic)
    {
        if (sentence.Voices is not { } voices || topic.Count == 0) return true;
        var own = voices.FirstOrDefault(v => v.Speaker.Name == sentence.Speaker?.Name);
        return store.Index.Terms(own is not null ? sentence.PartOf(own) : Outside(sentence, voices)).Any(topic.Contains);
    }

    /// <summary>The words of a sentence outside every voice's part.</summary>
    private static string Outside(IndexedSentence sentence, IReadOnlyList<Voice> voices)
    {
        var text = sentence.Text.ToCharArray();
        foreach (var voice in voices)
            for (int i = Math.Max(0, voice.Start - sentence.Start); i < Math.Min(text.Length, voice.End - sentence.Start); i++) text[i] = ' ';
        return new string(text);
    }

    /// <summary>
    /// The quote right after a sentence of narration that names its speaker, in the same paragraph or the next one
    /// ("Brik pressed the developer on flooding." then "“The shore floods,” Brik said."); null for any other.
    /// </summary>
    private IndexedSentence? QuoteIntroduced(IndexedSentence narration) =>
        narration.Speaker is null && !narration.IsHeading && store.Index.Get(narration.ArticleId, narration.Position + 1) is { } next
        && next.Paragraph - narration.Paragraph is 0 or 1 && next.Kind is Attribution.QuoteKind.Direct or Attribution.QuoteKind.Mixed
        && next.Speaker is { Type: Attribution.SpeakerType.Person } speaker && NamedIn(narration.Text, speaker.Name) ? next : null;

    [GeneratedRegex(@"^(?:accus|critici[sz]|blam)\w*\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accusation();

    /// <summary>Does the question write one of the speaker's names ("Lund" of "Vera Lund")?</summary>
    private static bool NamedIn(string question, string speaker) =>
        speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 2 && char.IsUpper(w[0])
            && Regex.IsMatch(question, $@"\b{Regex.Escape(w)}\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));

    /// <summary>
    /// Does what was said, as the question gives it, name the speaker by their title ("who said the chief justice seemed
    /// eager …" of Chief Justice Ada Wren): every word of the title is written in it, as a name would be ("which analyst
    /// said …" asks for the title's holder, and is no part of what was said).
    /// </summary>
    private static bool TitledIn(string question, Attribution.Speaker speaker)
    {
        if (speaker.Type != Attribution.SpeakerType.Person || speaker.Role is not { } role) return false;
        var words = TitleWord().Matches(role).Select(m => m.Value.ToLowerInvariant()).Where(w => !LinkWords.Contains(w)).ToList();
        var asked = TitleWord().Matches(question).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        return words.Count > 0 && words.All(asked.Contains);
    }

    [GeneratedRegex(@"\p{L}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWord();

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal) { "the", "and", "for", "from", "with" };

    /// <summary>
    /// The sentence right before this one in its paragraph, when the same speaker said it (one quote read on): where they
    /// share it with someone else, only when their words end it, and credited to them.
    /// </summary>
    private IndexedSentence? SameQuoteBefore(IndexedSentence sentence) =>
        sentence.Position > 0 && sentence.Speaker is { } speaker && store.Index.Get(sentence.ArticleId, sentence.Position - 1) is { } before
        && before.Paragraph == sentence.Paragraph && before.EndsWithWordsOf(speaker.Name) ? before.As([speaker.Name]) : null;

    /// <summary>
    /// Best coverage first, where a sentence that covers the question with words lent by the sentence before it counts
    /// only its own words when that sentence is a candidate too, and another speaker's: the words are theirs. The second
    /// sentence of one quote counts the words of the whole quote in full ("“We are not only vetting votes,” she said.
    /// “We are trying to provide background.”": what she said), and is shown after its first (see <see cref="WhoSaid"/>),
    /// which does not go after it on its own words ("Nobody wants to ride a ferry two hours …" then "What families really want …").
    /// </summary>
    /// <summary>How many words a question must quote for a sentence writing them as they stand to be what was said.</summary>
    private const int VerbatimWords = 3;

    /// <summary>
    /// "Who said 'Nothing was left to chance'?": the statement writing the question's words as they stand, in their
    /// order, is what was said, before any that shares as many of them scattered ("a minister said chance had left
    /// nothing …"). A sort that keeps the order of the rest.
    /// </summary>
    private static List<Ranker.Ranked> VerbatimFirst(List<Ranker.Ranked> said, string topic)
    {
        var asked = WordsOf(topic);
        if (asked.Count < VerbatimWords) return said;
        return said.OrderBy(r => WritesInOrder(WordsOf(r.Sentence.Text), asked) ? 0 : 1).ToList();
    }

    /// <summary>How much less of a question than another sentence one may cover and still answer it as well.</summary>
    private const double AsWellMargin = 0.15;

    /// <summary>Do both sentences cover a good part of the question by their own words, the first not clearly less than the other?</summary>
    private static bool AnswersAsWell(double own, double other) =>
        Math.Min(own, other) >= EchoCoverage && own >= other * (1 - AsWellMargin);

    /// <summary>
    /// Of two sentences, the one writing the longer run of the question's words one after another, at least
    /// <see cref="VerbatimWords"/> long ("hiring a conductor for the next decade" over "hiring a conductor for"); null
    /// when they write runs as long, or too short to tell.
    /// </summary>
    private static IndexedSentence? LongerRun(IndexedSentence one, IndexedSentence other, string topic)
    {
        var asked = WordsOf(topic);
        int runOne = LongestRun(WordsOf(one.Text), asked), runOther = LongestRun(WordsOf(other.Text), asked);
        if (runOne == runOther || Math.Max(runOne, runOther) < VerbatimWords) return null;
        return runOne > runOther ? one : other;
    }

    /// <summary>The longest run of words a sentence and the question both write in the same order.</summary>
    private static int LongestRun(List<string> words, List<string> asked)
    {
        int longest = 0;
        var previous = new int[asked.Count + 1];
        foreach (var word in words)
        {
            var current = new int[asked.Count + 1];
            for (int k = 0; k < asked.Count; k++)
                if (asked[k] == word) longest = Math.Max(longest, current[k + 1] = previous[k] + 1);
            previous = current;
        }
        return longest;
    }

    private static List<string> WordsOf(string text) =>
        PlainWord().Matches(text.Replace('’', '\'')).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>Does the sentence's run of words hold the asked words one after another?</summary>
    private static bool WritesInOrder(List<string> words, List<string> asked)
    {
        for (int i = 0; i + asked.Count <= words.Count; i++)
            if (asked.Select((w, k) => words[i + k] == w).All(same => same)) return true;
        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();

    private List<Ranker.Ranked> ByOwnWords(List<Ranker.Ranked> said)
    {
        var shown = said.Select(r => (r.Sentence.ArticleId, r.Sentence.Position)).ToHashSet();
        double Own(Ranker.Ranked r) => r.Borrowed <= 0 ? r.Coverage
            : SameQuoteBefore(r.Sentence) is not null ? Math.Min(1, r.Coverage + r.Borrowed * (1 / Ranker.ContextWeight - 1))
            : shown.Contains((r.Sentence.ArticleId, r.Sentence.Position - 1)) ? r.Coverage - r.Borrowed : r.Coverage;
        // among sentences that cover the question about as well, a speaker's own quoted words answer who said it
        // before a report of what some unnamed group says ("experts say …")
        double Quoted(Ranker.Ranked r) => r.Sentence.Kind is Attribution.QuoteKind.Direct or Attribution.QuoteKind.Mixed ? QuotedLead : 0;
        // and a headline only sums up what someone said ("Retired Judge Says Backlog Is 'Shameful'"): their words in
        // the article answer who said it before it, though the headline repeats the question's words
        return said.OrderBy(r => r.Sentence.IsHeading ? 1 : 0).ThenByDescending(r => Own(r) + Quoted(r)).ThenByDescending(r => r.Score).ToList();
    }

    [GeneratedRegex(@"^(?<phrase>.+?)(?:\s+(?:in|of|at|from|with|on|for|by|who|whose|that)\s.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeAQualifier();

    /// <summary>
    /// "the quarry worker in the Gazette's story" is "the worker" in the sentences about her view: the head of the
    /// description, its last word before what qualifies it.
    /// </summary>
    private static string HeadNoun(string description) =>
        BeforeAQualifier().Match(description) is { Success: true } m && m.Groups["phrase"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var head]
            ? head : description;

    // "disputes the idea that …", "agreed that …", "she believes …": narration giving someone's view
    [GeneratedRegex(@"\b(?:disput|agree|disagree|den(?:y|ies|ied)|reject|believ|think|thinks|thought|feel|feels|felt|insist|doubt|accept|object|argu|maintain|contend|say|says|said)\w*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivesAView();

    private Answer Facts(Question question, string? articleId, bool view = false)
    {
        var filter = articleId is null ? null : Ranker.ArticleFilter(articleId);
        // a sentence without the subject asked about answers another question ("the final score of the game" is not
        // "the stadium where the teams played")
        // a sentence the articles print twice is shown once
        // nor does one that only names whom or where the question asks about (see Ranker.Ranked.NamesOnly)
        // and "how many teachers were fired" is answered by a number of them fired, not of them doing something else
        var ranked = _ranker.Rank(question.Topic, question.Expected, filter, top: 10).Where(r => r.Focused && r.Grounded && !r.NamesOnly && r.CountsTheDeedDone)
            .DistinctBy(r => r.Sentence.Text).Where(r => !NamesAnotherOfItsKind(r.Sentence.Text, question.Text)).ToList();
        // a yes/no question is answered by a sentence that says yes or no, not by one that asks the same question
        // and by one that writes what is asked of them before one that only names them ("was Moss armed": "he had no
        // weapon", not "Moss was buried on Friday")
        if (question.IsYesNo && ranked.Any(r => r.Coverage >= Ranker.MinCoverage && !Asks(r.Sentence.Text)))
        {
            bool verbHeld = ranked.Any(r => r.Coverage >= Ranker.MinCoverage && !Asks(r.Sentence.Text) && r.HoldsAskedVerb);
            ranked = ranked.OrderBy(r => r.Coverage < Ranker.MinCoverage || Asks(r.Sentence.Text) ? 2 : verbHeld && !r.HoldsAskedVerb ? 1 : 0).ToList();
        }
        // "why was she hospitalized": a sentence giving the cause answers it before one restating that she was, though
        // that one names her as asked and the cause calls her "she"
        if (question.Expected == AnswerType.Reason && ranked.Any(r => r.Coverage >= Ranker.MinCoverage && r.Causal))
            ranked = ranked.OrderBy(r => r.Coverage >= Ranker.MinCoverage && r.Causal ? 0 : 1).ToList();
        // where no sentence writes enough of the words asked, one giving a cause for some of them answers it, as an echo
        // does a who-said ("why aren't victims the same as shootings": "one shooting may have several victims, so …")
        else if (question.Expected == AnswerType.Reason && !ranked.Any(r => r.Coverage >= Ranker.MinCoverage)
                 && ranked.FirstOrDefault(r => r.Causal && r.Coverage >= EchoCoverage) is { } cause)
            return new Answer(AnswerKind.Found, "Here is what the articles say:", [cause.Sentence], []);
        // asked what someone thought, a sentence giving a view (a quote, or narration of what they dispute) answers it
        // before one that only restates the facts the view is about
        if (view)
            ranked = ranked.OrderBy(r => r.Coverage >= Ranker.MinCoverage && (r.Sentence.Kind is not null || GivesAView().IsMatch(r.Sentence.Text)) ? 0 : 1).ToList();
        // a sentence scored first for the kind of answer it holds ("at Dunmore" for "where"), while it writes too little of
        // the question, is no reason to say nothing: the best of those that cover the question answers it
        if (ranked.Count > 0 && ranked[0].Coverage < Ranker.MinCoverage && ranked.Any(r => r.Coverage >= Ranker.MinCoverage))
            ranked = ranked.OrderBy(r => r.Coverage >= Ranker.MinCoverage ? 0 : 1).ToList();
        if (ranked.Count == 0 || ranked[0].Coverage < Ranker.MinCoverage) return NotFound(articleId);
        // a headline only sums up its article: a sentence of the article that covers the question as well says it in full
        if (ranked[0].Sentence.IsHeading && ranked.FindIndex(r => !r.Sentence.IsHeading && r.Sentence.ArticleId == ranked[0].Sentence.ArticleId
                && r.Coverage >= ranked[0].Coverage) is > 0 and var body)
            ranked = [ranked[body], .. ranked.Where((_, i) => i != body)];
        // asked about a topic as a whole ("what's the latest on the ferry strike"), the lede of the article about it tells
        // its news in full ("Ferry crews in Calder Bay began a 48-hour strike on Friday …"), and leads before a later
        // sentence that only echoes more of the question's words ("The Calder Bay ferry strike is the second this year");
        // a lede that covers the question and writes its names, of the article the best sentence is from (asked about a
        // name alone, "tell me about Larkin TV", the sentence that says what it is leads instead: see Ranker)
        // (a headline left first, which says more than any of its sentences, stays first: see below)
        if (question.AsksAboutATopic && !ranked[0].Sentence.IsHeading && !Ranker.AsksWhatANameIs(question.Topic) && ranked.FindIndex(r => r.Sentence.ArticleId == ranked[0].Sentence.ArticleId && IsLede(r.Sentence)
                && r.Coverage >= Ranker.MinCoverage && r.HoldsTheNames) is > 0 and var lede)
            ranked = [ranked[lede], .. ranked.Where((_, i) => i != lede)];
        var best = ranked[0];
        // a headline left first only sums up its article ("tell me about the walkout talks"): the sentences that follow
        // it are measured against the best of the articles' own sentences, not against the headline
        var lead = best.Sentence.IsHeading ? ranked.Skip(1).FirstOrDefault(r => !r.Sentence.IsHeading && r.Coverage >= Ranker.MinCoverage) ?? best : best;
        // asked about a topic as a whole ("tell me about the fight over fares in the Harwick mayoral race"), the best sentence
        // is often the headline or the lede, which write the names that pick the article; the article's body sentences that
        // write what is asked of them (the fares, not only Harwick) go on with it, however much lower they score, up to a few;
        // not those that write the other words without the names ("cases" of any kind for "the Varga case")
        bool topic = question.AsksAboutATopic;
        bool AboutTheTopic(Ranker.Ranked r) => topic && r.Sentence.ArticleId == best.Sentence.ArticleId && !r.Sentence.IsHeading
            && (r.Coverage >= Ranker.MinCoverage || (r.Coverage >= EchoCoverage && r.HoldsTheNames && r.OtherWordsHeld > 0));
        var supporting = ranked.Skip(1).Where(r => (r.Coverage >= Ranker.MinCoverage && r.Score >= lead.Score * 0.75) || AboutTheTopic(r))
            .Take(topic ? MaxTopicSupporting : MaxSupporting).Select(r => r.Sentence).ToList();
        // "why did the roof hold": "That is why the roof held" points back to the cause its sentence before gives ("The
        // beams were steel."), which is read first
        if (question.Expected == AnswerType.Reason && CauseBefore(best.Sentence) is { } earlier)
            return new Answer(AnswerKind.Found, "Here is what the articles say:", [earlier, best.Sentence, .. supporting.Where(s => s != earlier)], []);
        // "why is the bakery closing": the sentence that tells it is closing is often followed by the one that gives why,
        // in words of its own ("rents made it impossible to stay open"); a cause named in the few sentences after
        // the one that only restates what happened is read first, then that one
        // (asked "why", not "what started the fire", which the sentence telling where it started answers)
        if (question.Expected == AnswerType.Reason && WhyAsked().IsMatch(question.Text) && !best.Causal && CauseAfter(best.Sentence) is { } reason)
            return new Answer(AnswerKind.Found, "Here is what the articles say:", [reason, best.Sentence, .. supporting.Where(s => s != reason)], []);
        // two sentences of one quote that both answer are read in the order they were said ("“The campaign is in panic
        // mode.” then "Full panic mode,” said Wimes.")
        if (SameQuoteBefore(best.Sentence) is { } opening && supporting.Contains(opening))
            return new Answer(AnswerKind.Found, "Here is what the articles say:", [opening, best.Sentence, .. supporting.Where(s => s != opening)], []);
        // "did the secretary agree to switch back": a sentence telling that she was asked it ("Doyle asked Holloway whether
        // …") writes the question, and her reply right after it ("Holloway said that was not feasible") answers it
        if (question.IsYesNo && ReplyTo(best.Sentence) is { } reply)
            return new Answer(AnswerKind.Found, "Here is what the articles say:", [reply, best.Sentence, .. supporting.Where(s => s != reply)], []);
        // "which company carried 2 million passengers": a sentence that names the one asked only as "the company" or "it"
        // says nothing of which it is; the lede (or the headline) of its article that names one goes right after it
        if (question.Expected is AnswerType.Named or AnswerType.Person && !best.Sentence.IsHeading
            && NamerOf(best.Sentence, question.Expected, question.Text.ToLowerInvariant()) is { } namer)
            return new Answer(AnswerKind.Found, "Here is what the articles say:", [best.Sentence, namer, .. supporting.Where(s => s != namer)], []);
        return new Answer(AnswerKind.Found, "Here is what the articles say:", [best.Sentence, .. supporting], []);
    }

    /// <summary>
    /// The lede, or else the headline, that names one of the kind asked, for a sentence that opens by referring back
    /// ("The company carried …", "It was …") and names none itself; null otherwise.
    /// </summary>
    private IndexedSentence? NamerOf(IndexedSentence sentence, AnswerType expected, string questionLower)
    {
        if (!ReferringOpener().IsMatch(sentence.Text) || AnswerTypes.Matches(expected, sentence.Text, questionLower)) return null;
        for (int position = sentence.Position - 1; position >= 0; position--)
            if (store.Index.Get(sentence.ArticleId, position) is { } earlier && ((earlier.IsHeading && earlier.Paragraph == 0) || IsLede(earlier))
                && AnswerTypes.Matches(expected, earlier.Text, questionLower))
                return earlier;
        return null;
    }

    // "It", "They", "The company", "This firm": an opening that refers back to what an earlier sentence named
    [GeneratedRegex(@"^(?:It|They|He|She|(?:The|This|That|These|Those)\s+\p{Ll}[\p{L}\-]*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReferringOpener();

    /// <summary>The first sentence of an article's first paragraph after its headline.</summary>
    private bool IsLede(IndexedSentence sentence) =>
        sentence is { IsHeading: false, Paragraph: 1 } && (sentence.Position == 0 || store.Index.Get(sentence.ArticleId, sentence.Position - 1) is null or { Paragraph: 0 });

    // "the Bank of Ostia", "University of Tarsk", "the Ministry of Health": a name made of a kind and what it belongs to
    [GeneratedRegex(@"\b(?<head>\p{Lu}[\p{L}\-]+)\s+of\s+(?:the\s+)?(?<of>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex KindOfName();

    /// <summary>
    /// Asked about "the Bank of Ostia", a sentence about "the Bank of Vell" and not Ostia's is about another bank, however
    /// many of the question's other words it writes: no answer, and one that must not stand in for it.
    /// </summary>
    private static bool NamesAnotherOfItsKind(string sentence, string question)
    {
        var written = KindOfName().Matches(sentence).ToList();
        if (written.Count == 0) return false;
        static bool Same(string a, string b) => a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);
        foreach (Match asked in KindOfName().Matches(question))
        {
            var kind = written.Where(m => m.Groups["head"].Value.Equals(asked.Groups["head"].Value, StringComparison.OrdinalIgnoreCase)).ToList();
            if (kind.Count > 0 && !kind.Any(m => Same(m.Groups["of"].Value, asked.Groups["of"].Value))) return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence before, in the same paragraph, that a sentence opening "That is why …", "For this reason …" or "As a
    /// result …" takes its cause from; null for a sentence that gives its cause itself.
    /// </summary>
    /// <summary>
    /// The first body sentence of the few paragraphs after one telling what happened that names a cause in so many
    /// words ("was caused by", "made it impossible to"); null when none does. A headline counts its article's
    /// first paragraphs as those after it.
    /// </summary>
    private IndexedSentence? CauseAfter(IndexedSentence effect)
    {
        for (int position = effect.Position + 1; store.Index.Get(effect.ArticleId, position) is { } next; position++)
        {
            if (next.Paragraph - effect.Paragraph > CauseAfterReach) return null;
            if (!next.IsHeading && Ranker.NamesACause(next.Text)) return next;
        }
        return null;
    }

    [GeneratedRegex(@"^\W*why\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyAsked();

    // how many paragraphs after the event's one its cause may be given in
    private const int CauseAfterReach = 3;

    private IndexedSentence? CauseBefore(IndexedSentence effect) =>
        !effect.IsHeading && CauseGivenBefore().IsMatch(effect.Text)
        && store.Index.Get(effect.ArticleId, effect.Position - 1) is { IsHeading: false } before && before.Paragraph == effect.Paragraph
            ? before : null;

    // "That is why", "“This was how", "That explains why", "For that reason,", "As a result,", "Because of this,": an
    // effect whose cause is the sentence before
    [GeneratedRegex(@"^[\W_]*(?:(?:that|this)(?:\s+is|\s+was|['’]s)\s+(?:why|how|the\s+reason)|(?:that|this)\s+explains\s+why|for\s+(?:that|this)\s+reason|as\s+a\s+result|because\s+of\s+(?:that|this))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CauseGivenBefore();

    private static bool IsBareCue(string sentence)
    {
        var trimmed = sentence.TrimEnd();
        return trimmed.EndsWith(':') && trimmed.Count(c => c == ' ') < 5 && !trimmed.Any(c => c is '"' or '“' or '”');
    }

    /// <summary>
    /// The reply to a question the sentence reports ("asked Holloway whether the department would …"): the next sentence,
    /// in the same paragraph or the next, when it reports what someone said; null where the sentence gives the reply
    /// itself ("asked whether he would appeal, said he would not") or asks nothing.
    /// </summary>
    private IndexedSentence? ReplyTo(IndexedSentence asking)
    {
        if (asking.IsHeading || ReportedQuestion().Match(asking.Text) is not { Success: true } asked
            || ReplyGiven().IsMatch(asking.Text[(asked.Index + asked.Length)..])) return null;
        return store.Index.Get(asking.ArticleId, asking.Position + 1) is { IsHeading: false, Speaker: not null } next
               && next.Paragraph - asking.Paragraph is 0 or 1 && !Asks(next.Text) && ReportedQuestion().IsMatch(next.Text) is false ? next : null;
    }

    // "asked Ms. Holloway whether", "asked if the plant would close", "was asked whether": a question put to someone
    [GeneratedRegex(@"\basked\s+(?:[\p{L}'’.\-]+\s+){0,6}?(?:whether|if)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedQuestion();

    // ", said he would not", ", replied that …": the reply written in the same sentence
    [GeneratedRegex(@",\s+(?:[\p{L}'’.\-]+\s+){0,3}?(?:said|says|replied|replies|answered|responded|told)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyGiven();

    private static bool Asks(string sentence) => sentence.TrimEnd(' ', '"', '\'', '”', '’', ')').EndsWith('?');

    private Answer NotFound(string? articleId)
    {
        var headlines = Scope(articleId).Select(a => a.Headline).Take(5).ToList();
        var covered = headlines.Count == 0 ? "" : " They cover: " + string.Join("; ", headlines) + ".";
        return Answer.Nothing(AnswerKind.NotFound, $"Sorry, {Covered(articleId)} don't answer that.{covered}");
    }

    private static Answer Page(AnswerKind kind, string message, IReadOnlyList<IndexedSentence> sentences) =>
        new(kind, message, sentences.Take(PageSize).ToList(), sentences.Skip(PageSize).ToList());

    private string Covered(string? articleId) => articleId is null ? "the articles I have" : "this article";


}
