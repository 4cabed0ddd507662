using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>
/// Ranks sentences for a question: BM25 over the sentence text (the user's words become term queries in code, never
/// query syntax), then a re-ranking of the best hits by how much of the question they cover, a phrase match, the
/// expected answer type (a date for "when", a place for "where", a number for "how many", a person for "who"), and
/// what the sentence before it adds (context: "He'll then travel to Berlin" after "Blinken will fly to Ukraine").
/// </summary>
public sealed class Ranker(SentenceIndex index)
{
    private readonly WordVariants _variants = new(index);

    private const int Candidates = 60;
    public const double MinCoverage = 0.4;
    private const int RareDocFreq = 1000;
    // what a related word counts for a word of the question no article writes
    private const double UnwrittenByRelated = 0.5;
    /// <summary>
    /// What a name the question asks about counts for a sentence of an article whose headline writes it, and another word
    /// of the question that only the headline writes (see <c>SuppliedByArticle</c> in <see cref="Rank"/>).
    /// </summary>
    private const double SubjectOfArticle = 0.5;
    /// <summary>What the question's words in the sentence before count for a candidate (see <see cref="Ranked.Borrowed"/>).</summary>
    public const double ContextWeight = 0.8;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "when", "where", "who", "whom", "whose", "why", "how", "which", "did", "does", "do", "done", "has",
        "have", "had", "can", "could", "would", "should", "shall", "may", "might", "must", "tell", "me", "about",
        "say", "said", "says", "saying", "many", "much", "long", "i", "you", "we",
        // "has anyone been arrested": no one in particular, as "anything" is nothing in particular
        "know", "any", "anything", "something", "anyone", "anybody", "someone", "somebody", "there", "please", "show", "give", "find",
        "happen", "happened", "going", "go", "get", "got", "make", "made", "information", "news", "article", "articles",
        // function words the analyzer keeps but that carry no topic in a question
        "after", "before", "during", "since", "then", "than", "from", "up", "down", "over", "under", "again", "further",
        "once", "here", "all", "both", "each", "few", "more", "most", "other", "some", "so", "too", "very", "just", "also",
        "now", "ever", "yet", "its", "his", "her", "him", "she", "he", "them", "our", "your", "my", "were", "been", "being",
        // courtesy titles: "Dr. Oz" is found where the article writes "Oz"
        "mr", "mrs", "ms", "dr", "miss",
        // contracted negations: the analyzer drops "will" and "not", and "won't" is no more a topic ("never" says it as well)
        "won't", "don't", "doesn't", "didn't", "can't", "cannot", "isn't", "aren't", "wasn't", "weren't", "wouldn't",
        "shouldn't", "couldn't", "hasn't", "haven't", "hadn't", "won’t", "don’t", "doesn’t", "didn’t", "can’t", "isn’t",
        "aren’t", "wasn’t", "weren’t", "wouldn’t", "shouldn’t", "couldn’t", "hasn’t", "haven’t", "hadn’t",
    };

    // "give me the quotes", "show me", "tell me about": a request to the bot; "what will the alliance give Ostria": the verb asked about
    private static readonly HashSet<string> RequestVerbs = new(StringComparer.OrdinalIgnoreCase) { "give", "show", "find", "tell" };

    // "how big a pay rise", "how large a crowd": the adjective between "how" and the noun asks for the noun's measure,
    // which the answer gives as a number ("a 20% increase"): it counts for little ("how fast does it fly" is still
    // answered by "twice as fast")
    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "big", "large", "small", "tall", "high", "far", "fast", "deep", "heavy", "wide", "old", "often", "soon", "late", "early",
    };

    // "how strong are the gusts", "how loud was the blast": a force or intensity the answer gives as a reading
    // ("gusts of 90 kilometres an hour"), which seldom repeats the adjective; a sentence that does ("the storm
    // strengthened overnight") tells of the change, not the reading, so the adjective counts for little after any verb
    private static readonly HashSet<string> Intensities = new(StringComparer.OrdinalIgnoreCase)
    {
        "strong", "powerful", "intense", "loud", "steep", "thick", "bright",
    };

    private static bool IsMeasureAsked(IReadOnlyList<string> words, int i) =>
        i == 1 && words.Count > 2 && words[0].Equals("how", StringComparison.OrdinalIgnoreCase)
        && (Measures.Contains(words[1]) && words[2] is "a" or "an" || Intensities.Contains(words[1]));

    private static bool IsAskedVerb(IReadOnlyList<string> words, int i) =>
        RequestVerbs.Contains(words[i]) && i > 0 && !(i + 1 < words.Count && words[i + 1] is "me" or "Me" or "us" or "US" or "Us");

    private static readonly HashSet<string> Anaphors = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "his", "her", "their", "its", "he'll", "she'll", "they'll", "he's", "she's", "it's",
        "he’ll", "she’ll", "they’ll", "he’s", "she’s", "it’s", "this", "that", "these", "those", "there",
    };

    // the words of a sum put into something (see "put into" below); declared first, as static fields are set in order
    private static readonly string[] PutInto = ["spend", "invest", "contribute", "fund", "allocate", "approve", "commit"];

    // the words of a sum reserved for something (see "set aside" below)
    private static readonly string[] SetAside = ["allocate", "earmark", "approve", "budget", "reserve", "commit"];

    // the words of a structure falling (see "come down" below), "gave way" and "caved in" among them
    private static readonly string[] ComeDown = ["fall", "crash", "land", "collapse", "topple", "way", "cave"];
    private static readonly string[] GoFor = ["sell", "sold", "fetch"];
    // the words of an alarm or a charge going off (see "go off" below)
    private static readonly string[] GoneOff = ["sound", "ring", "rang", "trigger", "activate", "explode", "detonate"];

    // the words of a win (see "finish first" below): who finished first is who won, the winner
    private static readonly string[] FinishedFirst = ["win", "won", "winner", "victory", "champion"];

    // Phrasal verbs a question uses where articles use one word ("will she drop out": "she will withdraw").
    private static readonly Dictionary<string, string[]> RelatedPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["drop out"] = ["withdraw", "quit"], ["pull out"] = ["withdraw"], ["step down"] = ["resign", "quit"], ["give up"] = ["quit", "surrender"],
        ["call off"] = ["cancel"], ["called off"] = ["cancel"], ["calls off"] = ["cancel"], ["calling off"] = ["cancel"], ["put off"] = ["delay", "postpone"], ["turn down"] = ["reject", "decline"], ["back down"] = ["retreat", "concede"],
        ["find out"] = ["learn", "discover"], ["set up"] = ["establish", "create"], ["take part"] = ["participate"],
        // "who says the agency went beyond its powers": "the agency overstepped its authority"
        ["go beyond"] = ["overstep", "exceed"], ["goes beyond"] = ["overstep", "exceed"], ["went beyond"] = ["overstep", "exceed"],
        ["gone beyond"] = ["overstep", "exceed"],
        // "sent home without pay": furloughed; "taken off the store": removed; "broke into": breached; "passed between
        // people": spread, transmitted
        ["send home"] = ["furlough"], ["sent home"] = ["furlough"], ["sends home"] = ["furlough"],
        ["lay off"] = ["layoff", "furlough"], ["laid off"] = ["layoff", "furlough"],
        ["take off"] = ["remove", "delete"], ["taken off"] = ["remove", "delete"], ["took off"] = ["remove", "delete"],
        ["take down"] = ["remove", "delete"], ["taken down"] = ["remove", "delete"], ["took down"] = ["remove", "delete"],
        ["break into"] = ["breach", "hack", "enter"], ["broke into"] = ["breach", "hack", "enter"], ["broken into"] = ["breach", "hack", "enter"],
        ["pass between"] = ["spread", "transmit"], ["passed between"] = ["spread", "transmit"], ["passes between"] = ["spread", "transmit"],
        ["pass from"] = ["spread", "transmit"], ["passed from"] = ["spread", "transmit"], ["passes from"] = ["spread", "transmit"],
        // "when will she take office": sworn in, inaugurated; "where did he grow up": his childhood, where he was raised;
        // "can they get their money back": a refund
        ["take office"] = ["sworn", "inaugurate"], ["takes office"] = ["sworn", "inaugurate"], ["took office"] = ["sworn", "inaugurate"],
        ["taken office"] = ["sworn", "inaugurate"],
        ["grow up"] = ["childhood", "raised", "upbringing"], ["grew up"] = ["childhood", "raised", "upbringing"],
        ["grown up"] = ["childhood", "raised", "upbringing"],
        ["money back"] = ["refund", "reimburse"],
        // "will they cut off power": shutoffs, disconnections, the noun the phrasal verb makes
        ["cut off"] = ["cutoff", "shutoff", "disconnect"], ["cuts off"] = ["cutoff", "shutoff", "disconnect"],
        ["shut off"] = ["shutoff", "cutoff", "disconnect"], ["shuts off"] = ["shutoff", "cutoff", "disconnect"],
        // "when does the ship get back to port": when it returns
        ["get back"] = ["return"], ["gets back"] = ["return"], ["got back"] = ["return"], ["come back"] = ["return"],
        ["comes back"] = ["return"], ["came back"] = ["return"], ["go back"] = ["return"], ["goes back"] = ["return"],
        ["went back"] = ["return"],
        // "how much did the painting go for": what it sold or fetched
        ["go for"] = GoFor, ["goes for"] = GoFor, ["went for"] = GoFor, ["gone for"] = GoFor,
        // "paid the other firm to hold back its cheaper product": to delay it, to withhold it
        // "have they thought about quitting": considered it
        ["think about"] = ["consider"], ["thought about"] = ["consider"], ["thinking about"] = ["consider"], ["thinks about"] = ["consider"],
        ["hold back"] = ["delay", "withhold"], ["holds back"] = ["delay", "withhold"], ["held back"] = ["delay", "withhold"],
        // "where did the wreckage come down": where it fell, crashed or landed
        // and a structure that came down collapsed ("when did the roof come down": "the roof collapsed at noon")
        ["come down"] = ComeDown, ["comes down"] = ComeDown, ["came down"] = ComeDown, ["coming down"] = ComeDown,
        // "who is in charge of the crew": who leads it, heads it, runs it
        ["in charge"] = ["lead", "head", "run", "oversee", "manage", "command"],
        // "how much is the city putting into the library": the sum it spends, invests, contributes or has approved for it
        ["put into"] = PutInto, ["puts into"] = PutInto, ["putting into"] = PutInto,
        // "how much has the council set aside for repairs": the sum it allocated, earmarked or approved for them
        ["set aside"] = SetAside, ["sets aside"] = SetAside, ["setting aside"] = SetAside, ["put aside"] = SetAside,
        // "who finished first", "who came first in the marathon": who won it, its winner; an article tells a win in its
        // verb and names only the runners-up by their place ("finished second")
        // "when did the alarm go off": when it sounded or was set off; a bomb that went off exploded
        ["go off"] = GoneOff, ["goes off"] = GoneOff, ["went off"] = GoneOff, ["gone off"] = GoneOff, ["going off"] = GoneOff,
        ["finish first"] = FinishedFirst, ["come first"] = FinishedFirst, ["came first"] = FinishedFirst, ["place first"] = FinishedFirst,
    };

    // the phrasal verbs above by their verb's stem, so any tense of one is found ("stepped down", "is stepping down",
    // "put it off" aside, which the list need not spell out; an irregular past, "took off", is listed as it is written)
    private Dictionary<string, string[]>? _phrasesByStem;
    private Dictionary<string, string[]> PhrasesByStem => _phrasesByStem ??= RelatedPhrases
        .Select(p => p.Key.Split(' ') is [var verb, var particle] ? (Key: PhraseKey(verb, particle), p.Value) : (Key: "", p.Value))
        .Where(p => p.Key.Length > 0).GroupBy(p => p.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>A phrasal verb as its verb's stem and its particle as written: "stepped down" is "step down".</summary>
    private string PhraseKey(string verb, string particle) =>
        (index.Terms(verb) is [var stem] ? stem : verb.ToLowerInvariant()) + " " + particle.ToLowerInvariant();

    // "where will the talks take place", "when did the vote take place": the phrase only says "happen", no topic
    private static readonly Regex TakePlace = new(@"\b(?:take|takes|took|taken|taking)\s+place\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "when did the storm hit", "what time did the quake strike": said of an event with nothing after it, the verb only says
    // the event came about, as "happen" does; an article tells it in its own verb ("the earthquake struck at …", "the
    // storm made landfall"), so it is read as "happen" (see EventAsked), which no sentence need write; "what" opens it
    // where the question's "what time" has been read as the time asked ("what did the quake hit" asks what it hit otherwise)
    private static readonly Regex EventArrived = new(
        @"^(?<asked>(?i:when|where|what|(?:at\s+)?what\s+time)\s+(?i:did|does|do|will|would)\s+(?i:the|a|an|this|that)\s+(?:[\p{L}\-]+\s+){0,2}?\p{Ll}[\p{L}\-]+)\s+(?i:hit|strike)(?=\s*[?.!]?\s*$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "where is the depot located", "where are the wells situated": the participle only says "is", and an article
    // writes where a thing is without it ("the depot, about 12 miles east of Lakemoor")
    private static readonly Regex WhereLocated = new(@"^(?<where>(?i:where)\b.*?)\s+(?i:located|situated)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "how much have they raised": the money given to them
    private static readonly string[] MoneyGiven = ["donation", "contribution", "haul"];

    // "how much money does it take to run": what a sum of money is said to cost
    private static readonly Dictionary<string, string[]> RelatedToMoney = new(StringComparer.OrdinalIgnoreCase)
    {
        ["take"] = ["cost"], ["takes"] = ["cost"], ["need"] = ["cost"], ["require"] = ["cost"], ["pay"] = ["cost", "price", "owe"],
        ["raise"] = MoneyGiven, ["raised"] = MoneyGiven, ["raises"] = MoneyGiven,
    };

    /// <summary>What "money" counts for in "how much money …" (see <c>sumNoun</c> in <see cref="Rank"/>).</summary>
    private const double SumNounWeight = 0.25;

    private static readonly HashSet<string> MoneyNouns = new(StringComparer.OrdinalIgnoreCase) { "money", "cash", "funds", "dollars" };
    private static readonly string[] RaiseForms = ["raise", "raised", "raises", "raising"];
    private static readonly string[] RaisedMoney = [.. MoneyGiven, "funded"];

    /// <summary>For a money question, the words of cost its verbs stand for.</summary>
    private static IEnumerable<string> RelatedWords(IReadOnlyList<string> words, AnswerType expected)
    {
        if (expected == AnswerType.Money)
            foreach (var word in words)
                if (RelatedToMoney.TryGetValue(word, out var costs))
                    foreach (var cost in costs) yield return cost;
    }

    // Suffixes that derive a word of the same meaning ("foolish" and "fool", "kindness" and "kind"); the base keeps four
    // letters at least, so "finish" is no "fin" ("-ly" is left out: "likely" is not "like")
    private static readonly string[] MeaningKeepingSuffixes = ["ish", "ness"];

    /// <summary>
    /// For each question term, the stems of the words it derives from or to by a suffix that keeps its meaning, where
    /// the articles hold them (a few term look-ups per word, no scan of the vocabulary), and for both words of a
    /// phrasal verb, the one word that says the same.
    /// </summary>
    private Dictionary<string, string[]> Derived(IndexView view, IReadOnlyList<string> allWords, IReadOnlyList<string> words, IReadOnlyList<string> questionTerms)
    {
        var derived = new Dictionary<string, string[]>();
        for (int i = 0; i + 1 < allWords.Count; i++)
            if (RelatedPhrases.TryGetValue(allWords[i] + " " + allWords[i + 1], out var phrase)
                || PhrasesByStem.TryGetValue(PhraseKey(allWords[i], allWords[i + 1]), out phrase))
            {
                var same = phrase.SelectMany(index.Terms).Where(t => !questionTerms.Contains(t)).ToArray();
                foreach (var term in index.Terms(allWords[i] + " " + allWords[i + 1]).Where(questionTerms.Contains)) derived[term] = same;
            }
        // "under water" where the article writes "underwater", "sea bed" for "seabed": two words the articles write as
        // one, which holds each of them
        for (int i = 0; i + 1 < allWords.Count; i++)
        {
            if (!allWords[i].All(char.IsLetter) || !allWords[i + 1].All(char.IsLetter) || allWords[i].Length + allWords[i + 1].Length < 6) continue;
            if (index.Terms(allWords[i] + allWords[i + 1]) is not [var joined] || questionTerms.Contains(joined) || view.DocFreq(joined) == 0) continue;
            foreach (var term in index.Terms(allWords[i] + " " + allWords[i + 1]).Where(questionTerms.Contains))
                derived[term] = [.. derived.GetValueOrDefault(term, []), joined];
        }
        foreach (var word in words.Select(w => w.ToLowerInvariant()).Distinct())
        {
            if (index.Terms(word) is not [var term] || !questionTerms.Contains(term)) continue;
            var others = new List<string>();
            foreach (var suffix in MeaningKeepingSuffixes)
            {
                var other = !word.EndsWith(suffix, StringComparison.Ordinal) ? word + suffix
                    : word.Length >= suffix.Length + 4 ? word[..^suffix.Length] : null;
                if (other is not null && word.Length >= 4 && index.Terms(other) is [var stem] && stem != term && !questionTerms.Contains(stem) && view.DocFreq(stem) > 0)
                    others.Add(stem);
            }
            // "did they agree": "ended without agreement"; a verb's noun in -ment, one way only ("department" is no
            // "depart")
            foreach (var noun in MentNouns(word))
                if (index.Terms(noun) is [var stem] && stem != term && !questionTerms.Contains(stem) && view.DocFreq(stem) > 0)
                    others.Add(stem);
            if (others.Count > 0) derived[term] = [.. derived.GetValueOrDefault(term, []), .. others.Distinct()];
        }
        return derived;
    }

    /// <summary>The nouns in -ment a verb may make, from any of its forms ("agreed": "agreement", "pays": "payment").</summary>
    private static IEnumerable<string> MentNouns(string word)
    {
        if (word.Length < 4 || word.EndsWith("ment", StringComparison.Ordinal)) yield break;
        yield return word + "ment";
        if (word.EndsWith("ed", StringComparison.Ordinal)) { yield return word[..^1] + "ment"; yield return word[..^2] + "ment"; }
        else if (word.EndsWith('s')) yield return word[..^1] + "ment";
    }

    /// <summary>
    /// For each word of a name the question spells out, the acronym of the name where the articles write it ("the
    /// Democratic National Committee" is held by "the DNC").
    /// </summary>
    private IEnumerable<(string Term, string Acronym)> AcronymsOfNames(IndexView view, string text, IReadOnlyList<string> questionTerms)
    {
        foreach (var (name, acronym) in Acronyms.Spelled(text, QuestionWords))
            if (index.Terms(acronym) is [var short_] && !questionTerms.Contains(short_) && view.DocFreq(short_) > 0)
                foreach (var term in index.Terms(name).Where(questionTerms.Contains)) yield return (term, short_);
    }

    /// <summary>A candidate that spells out an acronym of the question ("the Democratic National Committee" for "the DNC") holds it.</summary>
    private void HoldSpelledAcronyms(string text, IReadOnlyList<string> questionTerms, IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf)
    {
        foreach (var (acronym, spelling) in Acronyms.Written(text))
        {
            if (index.Terms(acronym) is not [var term] || !questionTerms.Contains(term)) continue;
            for (int i = 0; i < hits.Count; i++)
                if (!termsOf[i].Contains(term) && Spells(spelling, hits[i].Sentence.Text)) termsOf[i].Add(term);
        }
    }

    /// <summary>The question's acronyms (as terms) that a candidate spells out.</summary>
    private HashSet<string> SpelledAcronyms(string text, IReadOnlyList<string> questionTerms, IReadOnlyList<Hit> hits) =>
        Acronyms.Written(text)
            .Where(a => index.Terms(a.Acronym) is [var term] && questionTerms.Contains(term) && hits.Any(h => Spells(a.Spelling, h.Sentence.Text)))
            .Select(a => index.Terms(a.Acronym)[0]).ToHashSet();

    // "an all-time high", "the highest ever", "the most on record", "never been lower": a record, in the words news writes
    // for one without the word
    private static readonly Regex RecordWritten = new(
        @"\ball[-\s]time\s+(?:high|low|peak|best|worst)|\b(?:highest|lowest|largest|biggest|most|fewest|best|worst|hottest|coldest|wettest|driest)\s+(?:[\p{L}\-]+\s+){0,3}?(?:ever|on\s+record|in\s+history)\b|\bnever\s+(?:been\s+)?(?:higher|lower)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "What was the record demand": a candidate that writes a record in other words ("demand hit an all-time high of …")
    /// holds the question's "record" (the noun or the adjective, not "recorded").
    /// </summary>
    private void HoldRecords(IReadOnlyList<string> allWords, IReadOnlyList<string> questionTerms, IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf)
    {
        if (!allWords.Any(w => w.Equals("record", StringComparison.OrdinalIgnoreCase) || w.Equals("records", StringComparison.OrdinalIgnoreCase))
            || index.Terms("record") is not [var term] || !questionTerms.Contains(term)) return;
        for (int i = 0; i < hits.Count; i++)
            if (!termsOf[i].Contains(term) && RecordWritten.IsMatch(hits[i].Sentence.Text)) termsOf[i].Add(term);
    }

    /// <summary>
    /// "What was her winning margin": a candidate that gives how far ahead the winner finished ("crossed the line 0.2
    /// seconds ahead") holds the margin asked and the word that says whose it is ("winning", "victory").
    /// </summary>
    private void HoldLeads(IReadOnlyList<string> allWords, IReadOnlyList<string> questionTerms, IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf)
    {
        int at = allWords.ToList().FindIndex(w => w.Equals("margin", StringComparison.OrdinalIgnoreCase));
        if (at < 0) return;
        var held = allWords.Skip(Math.Max(0, at - 1)).Take(at > 0 && char.IsLower(allWords[at - 1][0]) ? 2 : 1)
            .SelectMany(index.Terms).Where(questionTerms.Contains).ToList();
        for (int i = 0; i < hits.Count; i++)
            if (LeadGiven.IsMatch(hits[i].Sentence.Text)) termsOf[i].UnionWith(held);
    }

    // a sum something is sold, charged or paid for ("tickets sell for $9", "a fee of €12", "priced at $40")
    private static readonly Regex PriceWritten = new(
        @"\b(?:costs?|costing|price[sd]?|pricing|sells?|selling|sold|charg(?:e|es|ed|ing)|pays?|paid|paying|fees?|fares?|worth)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "What will the ferry pass cost per month": a candidate that gives the sum the thing sells or is paid for ("the
    /// pass will sell for $30 a month") holds the question's "cost", which the article need not write; only when it
    /// writes the thing priced, every word the question puts before "cost" (a fee of the same town is no price of its
    /// library).
    /// </summary>
    private void HoldPrices(string? pricedQuestion, IReadOnlyList<string> questionTerms, IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf)
    {
        if (pricedQuestion is null || index.Terms("cost") is not [var term] || !questionTerms.Contains(term)) return;
        int at = pricedQuestion.IndexOf(" cost", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return;
        var thing = index.Terms(pricedQuestion[..at]).Where(t => t != term && questionTerms.Contains(t)).ToHashSet();
        for (int i = 0; i < hits.Count; i++)
            if (!termsOf[i].Contains(term) && thing.All(termsOf[i].Contains) && AnswerTypes.Matches(AnswerType.Money, hits[i].Sentence.Text, "") && PriceWritten.IsMatch(hits[i].Sentence.Text))
                termsOf[i].Add(term);
    }

    // a sum (in any currency AnswerTypes knows) written before the thing it is the sum of, a few words on at most ("a
    // €12m contract", "the $3bn cash-and-stock deal", "a 40 million naira loan")
    private static readonly Regex SumBefore = new(
        @"(?:" + AnswerTypes.Sum + @")(?:-|\s+)(?<after>[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2})",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // and the thing right before "of" and its sum ("a loan of €40m", "a contract of $3 million")
    private static readonly Regex SumOf = new(
        @"(?<thing>[\p{L}\-]+)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|up\s+to\s+)?(?:" + AnswerTypes.Sum + ")",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "How much is the deal worth": a candidate that writes a sum right before the thing asked about ("signed a €12m
    /// contract") gives what it is worth, and holds the question's "worth", which the article need not write; only the
    /// sum of that thing (in any word the articles write for it), or one right after it ("a loan of €40m"), not a sum of
    /// something else the sentence names.
    /// </summary>
    private void HoldWorth(IReadOnlyList<string> allWords, IReadOnlyList<string> questionTerms, IReadOnlyDictionary<string, (string Term, double Weight)[]> variants,
        IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf)
    {
        if (!allWords.Any(w => w.Equals("worth", StringComparison.OrdinalIgnoreCase)) || index.Terms("worth") is not [var term] || !questionTerms.Contains(term)) return;
        var thing = questionTerms.Where(t => t != term).SelectMany(t => variants[t].Select(v => v.Term).Append(t)).ToHashSet();
        for (int i = 0; i < hits.Count; i++)
            if (!termsOf[i].Contains(term) && (SumBefore.Matches(hits[i].Sentence.Text).Any(m => index.Terms(m.Groups["after"].Value).Any(thing.Contains))
                    || SumOf.Matches(hits[i].Sentence.Text).Any(m => index.Terms(m.Groups["thing"].Value).Any(thing.Contains))))
                termsOf[i].Add(term);
    }

    // "which company bought the mill", "what firm won the contract": the noun that asks for a business
    private static readonly Regex BusinessAsked = new(@"^(?i:which|what)\s+(?<noun>\p{Ll}+)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "Which company bought a stake in Velora Air": a candidate naming a business the question does not ("Holmcrest
    /// Partners bought a 40 percent stake") holds the question's "company", the kind of answer asked, which a business's
    /// own name seldom writes.
    /// </summary>
    private void HoldBusinesses(string text, IReadOnlyList<string> questionTerms, IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf)
    {
        if (BusinessAsked.Match(text.Trim()) is not { Success: true } asked || !AnswerTypes.BusinessNouns.Contains(asked.Groups["noun"].Value)
            || index.Terms(asked.Groups["noun"].Value) is not [var term] || !questionTerms.Contains(term)) return;
        var questionLower = text.ToLowerInvariant();
        for (int i = 0; i < hits.Count; i++)
            if (!termsOf[i].Contains(term) && AnswerTypes.NamesABusiness(hits[i].Sentence.Text, questionLower)) termsOf[i].Add(term);
    }

    // "how much land has the flood covered": an extent of ground, which the articles give in its units
    private static readonly Regex AreaAsked = new(
        @"^(?i:how\s+much)\s+(?<noun>land|ground|area|territory|forest|farmland|bush|bushland|woodland|grassland|countryside|acreage)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex AreaWritten = new(
        @"\b\d[\d,.]*\s*(?:hectares?|acres?|square\s+(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|yards))\b|\b\d[\d,.]*\s*(?:km²|km2|sq\.?\s*(?:km|mi)\b)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "How much land has the blaze burned": a candidate that gives an area in its units ("has burned 3,200 acres")
    /// holds the question's "land", a word the article need not write beside the number.
    /// </summary>
    private void HoldAreas(string text, IReadOnlyList<string> questionTerms, IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf)
    {
        if (AreaAsked.Match(text.Trim()) is not { Success: true } asked || index.Terms(asked.Groups["noun"].Value) is not [var term] || !questionTerms.Contains(term)) return;
        for (int i = 0; i < hits.Count; i++)
            if (!termsOf[i].Contains(term) && AreaWritten.IsMatch(hits[i].Sentence.Text)) termsOf[i].Add(term);
    }

    private static bool Spells(Regex spelling, string sentence)
    {
        try { return spelling.IsMatch(sentence); }
        catch (RegexMatchTimeoutException) { return false; }
    }

    /// <summary>
    /// A candidate, its score, how much of the question it covers, and whether it holds the subject asked about;
    /// <paramref name="Borrowed"/> is the part of its coverage the sentence before lent it. <paramref name="Grounded"/> is false for a sentence that shares a single word with a
    /// question naming someone or something the articles never name: that word alone is no answer.
    /// </summary>
    public sealed record Ranked(IndexedSentence Sentence, double Score, double Coverage, bool Focused = true, double Borrowed = 0, bool Grounded = true)
    {
        /// <summary>The sentence's document in the view that ranked it (see <see cref="IndexView.NextByNumber"/>).</summary>
        public int Doc { get; init; } = -1;

        /// <summary>
        /// It is the one sentence of the articles that writes one of the question's words, and it writes a name the
        /// question asks about beside it ("strongman" and "Harlow"): what the question asks about, though it covers few
        /// of its words.
        /// </summary>
        public bool Distinctive { get; init; }

        /// <summary>
        /// It is the one sentence of the articles that writes one of the question's words, and the articles write every
        /// other word of the question somewhere too: a paraphrase of what the sentence says ("no evidence the levy
        /// would change driving habits" for "no serious evidence this would alter the routes commuters take"), not a question about something
        /// the articles never mention, though it covers few of the question's words.
        /// </summary>
        public bool Echoed { get; init; }

        /// <summary>For "why", it writes a cause right after a word asked about ("hospitalized … after …").</summary>
        public bool Causal { get; init; }

        /// <summary>
        /// It writes the verb or state a yes/no question asks about, or a word for it ("was Moss armed": "he had no
        /// weapon"), not only whom the question names.
        /// </summary>
        public bool HoldsAskedVerb { get; init; }

        /// <summary>How many of the question's words it writes, in any of their forms.</summary>
        public int WordsHeld { get; init; }

        /// <summary>
        /// How many of the question's words other than its names it writes: what is asked of the people and places named
        /// ("the fight over fares in the Harwick mayoral race": the fares).
        /// </summary>
        public int OtherWordsHeld { get; init; }

        /// <summary>
        /// The candidate, and the sentence before it, hold the question's names and none of its other words, though it
        /// asks three or more ("who won the mayoral election in Alder Bay" of a lede about Alder Bay's library): it tells
        /// something of whom or where the question names, not what is asked of them. (With fewer, one may be a
        /// preposition the analyzer keeps, "against", or the other a paraphrase no variant catches.) A sum, a number or a
        /// time asked for that the candidate gives is left to its coverage: "how big was the penalty imposed on Lorne"
        /// is answered by "Lorne was fined $2m", in words of its own.
        /// </summary>
        public bool NamesOnly { get; init; }

        /// <summary>
        /// "How many teachers were fired": a count of a deed done, which only a sentence giving a number by that deed
        /// answers ("41 teachers were dismissed"), not one counting the teachers for something else, nor one writing the
        /// verb's noun ("the fire"). True for every other question.
        /// </summary>
        public bool CountsTheDeedDone { get; init; } = true;

        /// <summary>It holds every name the question writes, itself or through its article's headline (see <see cref="SubjectOfArticle"/>).</summary>
        public bool HoldsTheNames { get; init; }

        /// <summary>How many of the question's words no article writes in any form (the same for every candidate of a question).</summary>
        public int Unwritten { get; init; }
    }

    public IReadOnlyList<Ranked> Rank(string text, AnswerType expected, Query? filter = null, int top = 10)
    {
        // "what time did the alert go out" is a question for a time like any other, and a time of day answers it first
        // ("left the dock at 4:41 a.m.") before a stretch of time of the same deed ("sent it out a few minutes after")
        bool clockAsked = expected == AnswerType.Clock;
        bool durationAsked = DurationAsked.IsMatch(text.Trim());
        if (clockAsked) expected = AnswerType.Time;
        // and "on which day did the rocket fail" is too, answered by a day ("broke apart … on Wednesday") before the sentence
        // that retells the failure without one, or gives only a year
        bool dayAsked = expected == AnswerType.Day;
        if (dayAsked) expected = AnswerType.Time;
        // "how fast was the barge going": a speed ("at 14 knots"), which seldom writes "fast": the word only says what kind
        // of figure is wanted, as "old" says an age is, and is no word to look for
        var measureAsked = expected is AnswerType.Number ? AnswerTypes.MeasureAskedOf(text.Trim().ToLowerInvariant()) : null;
        if (measureAsked == "speed") text = SpeedWord.Replace(text.Trim(), "$1");
        text = TakePlace.Replace(text, "happen");
        if (expected is AnswerType.Time or AnswerType.Place) text = EventArrived.Replace(text.Trim(), "${asked} happen");
        text = WhereLocated.Replace(text, "${where}");
        // words as the analyzer keeps them: "G.K.", "U.S." and "19.3" are one word each, not letters and digits apart, and
        // so is "23,000" (its "000" is no word of the question no article writes)
        var allWords = Regex.Matches(text, @"[\p{L}\p{N}]+(?:(?:[.'’\-]+|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*").Select(m => m.Value).ToList();
        var words = allWords.Where((w, i) => !QuestionWords.Contains(w) || IsAskedVerb(allWords, i)).ToList();
        var questionTerms = index.Terms(string.Join(' ', words)).Distinct().ToList();
        if (questionTerms.Count == 0) return [];
        // and the synonyms of a verb the question's words leave out hint too ("give" in "what will they give")
        var related = allWords.SelectMany(_variants.RelatedTo)
            .Concat(allWords.Where(QuestionWords.Contains).SelectMany(index.Terms).SelectMany(_variants.SynonymsOf))
            .Concat(RelatedWords(allWords, expected).SelectMany(index.Terms))
            .Where(t => !questionTerms.Contains(t)).Distinct().ToList();
        using var view = index.View();

        // A common word alone never makes a candidate, which keeps Lucene from scoring a large part of a big archive: a
        // candidate holds one of the question's rare words, or two of its words (of three or more). When some of its
        // words are common (an archive large enough for a word to fill thousands of sentences), a question that names
        // someone or somewhere is about them: a candidate holds one of its names; without names, the common words
        // count only all together beside the rare ones ("meet union leaders"). Each candidate query scores too.
        var docFreq = questionTerms.ToDictionary(t => t, view.DocFreq);
        int rareLimit = Math.Max(RareDocFreq, view.Documents / 1000);
        bool IsRare(string term) => docFreq[term] <= rareLimit;
        var rare = questionTerms.Where(IsRare).ToList();
        var common = questionTerms.Where(t => !rare.Contains(t)).ToList();
        // names in the question (capitalized words) matter more than its other words, and so does the subject it asks
        // about ("when was the curfew in Millbrook lifted": the curfew, not whatever else Millbrook did)
        var (names, surnameOf) = Names(text, questionTerms);
        // and the first word too where it is capitalized: the topic of "who said Halvorsen …" opens with the name
        var capitalized = NameRun.Matches(text).SelectMany(m => index.Terms(m.Groups["name"].Value)).Where(questionTerms.Contains).ToHashSet();
        // the words an article may write for each term (see WordVariants), those it does write; a rare one also finds
        // candidates beside the term
        var variants = questionTerms.ToDictionary(t => t, t => _variants.Of(t, names.Contains(t))
            .Where(v => !questionTerms.Contains(v.Term) && view.DocFreq(v.Term) > 0).DistinctBy(v => v.Term).ToArray());
        // a word no article writes is held, for less, by the words related to it ("the hospital": "an emergency room") and by
        // its synonyms in WordNet ("injured": "hurt")
        foreach (var word in allWords)
            if (index.Terms(word) is [var absent] && variants.TryGetValue(absent, out var known) && view.DocFreq(absent) == 0)
                variants[absent] = [.. known, .. _variants.RelatedTo(word).Concat(_variants.WordNetSynonymsOf(absent)).Distinct()
                    .Where(t => !questionTerms.Contains(t) && view.DocFreq(t) > 0 && known.All(v => v.Term != t)).Select(t => (t, UnwrittenByRelated))];
        // a people no article names is its country written ("the Norwegian fire": the dateline's "Norway"), and the other way
        // round, where neither is the other with an ending; only then, as "Polish inflation" is first what a sentence calls
        // Polish, not anything else of Poland's
        foreach (var word in allWords.Where(w => char.IsUpper(w[0])))
            if (index.Terms(word) is [var absent] && variants.TryGetValue(absent, out var known) && view.DocFreq(absent) == 0)
                variants[absent] = [.. known, .. _variants.IrregularPeopleOf(absent).Where(t => view.DocFreq(t) > 0 && known.All(v => v.Term != t)).Select(t => (t, 1.0))];
        // "UN" where the articles write "U.N.", and the other way round: one acronym, dotted or not
        foreach (var word in allWords.Where(w => AcronymWord.IsMatch(w)))
            if (index.Terms(word) is [var acronym] && variants.TryGetValue(acronym, out var forms) && index.Terms(OtherSpelling(word)) is [var other]
                && other != acronym && view.DocFreq(other) > 0 && forms.All(v => v.Term != other))
                variants[acronym] = [.. forms, (other, 1.0)];
        // and two words news writes in other words ("the last contact": "was last heard from"), each for less than the word
        foreach (var (term, paraphrase) in _variants.PairedWordsIn(allWords))
            if (variants.TryGetValue(term, out var known))
                variants[term] = [.. known, .. paraphrase.Where(t => !questionTerms.Contains(t) && view.DocFreq(t) > 0 && known.All(v => v.Term != t))
                    .Select(t => (t, WordVariants.SynonymWeight))];
        // "how much have they raised", "which committee raised the most money": the donations, the haul, the best-funded
        if (expected == AnswerType.Money || allWords.Any(MoneyNouns.Contains))
            foreach (var term in RaiseForms.SelectMany(index.Terms).Distinct().Where(variants.ContainsKey))
                variants[term] = [.. variants[term], .. RaisedMoney.SelectMany(index.Terms).Distinct()
                    .Where(t => !questionTerms.Contains(t) && view.DocFreq(t) > 0 && variants[term].All(v => v.Term != t)).Select(t => (t, WordVariants.SynonymWeight))];
        // "when did the rockfall happen": the article names its event once, then calls it "the accident", "the incident"
        // (see EventNouns); those words hold the event asked, in an article that names it (see below)
        var eventAsked = EventAsked.Match(text.Trim()) is { Success: true } ev && index.Terms(ev.Groups["event"].Value) is [var evTerm]
                         && variants.ContainsKey(evTerm) ? evTerm : null;
        var eventNouns = eventAsked is null ? [] : EventNouns.SelectMany(index.Terms)
            .Where(t => t != eventAsked && !questionTerms.Contains(t) && view.DocFreq(t) > 0 && variants[eventAsked].All(v => v.Term != t)).Distinct().ToHashSet();
        if (eventAsked is not null) variants[eventAsked] = [.. variants[eventAsked], .. eventNouns.Select(t => (t, 1.0))];
        // "when can Brannock skate again": skating again is returning, which is how an article words the end of a halt
        // ("eligible to return on March 3", "will resume from June 1"); those words hold the verb asked again
        if (expected is AnswerType.Time && VerbAgain.Match(text) is { Success: true } again && index.Terms(again.Groups["verb"].Value) is [var againTerm]
            && variants.ContainsKey(againTerm))
            variants[againTerm] = [.. variants[againTerm], .. ResumedWords.SelectMany(index.Terms).Distinct()
                .Where(t => t != againTerm && !questionTerms.Contains(t) && view.DocFreq(t) > 0 && variants[againTerm].All(v => v.Term != t)).Select(t => (t, 1.0))];
        Query Clause(string term)
        {
            var rareVariants = variants[term].Where(v => view.DocFreq(v.Term) <= rareLimit).ToList();
            if (rareVariants.Count == 0) return view.Word(term);
            var either = new BooleanQuery { { view.Word(term), Occur.SHOULD } };
            foreach (var v in rareVariants) either.Add(view.Word(v.Term), Occur.SHOULD);
            return either;
        }
        // "is the airport open": a state asked is settled by its opposite too ("the airport was closed on Monday" says no)
        var (stateAsked, stateOf) = AskedState(text);
        stateAsked.IntersectWith(questionTerms);
        stateOf.IntersectWith(questionTerms);
        foreach (var state in stateAsked)
            variants[state] = [.. variants[state], .. _variants.OppositeStatesOf(state)
                .Where(t => !questionTerms.Contains(t) && view.DocFreq(t) > 0 && variants[state].All(v => v.Term != t)).Select(t => (t, 1.0))];
        // and a deed asked yes or no by its opposite ("has the mayor admitted the charges": "the mayor denies the charges")
        if (expected == AnswerType.Any && AsksYesOrNo.IsMatch(text.Trim()))
            foreach (var deedAsked in questionTerms.Where(t => !capitalized.Contains(t)))
                variants[deedAsked] = [.. variants[deedAsked], .. _variants.OppositeDeedsOf(deedAsked)
                    .Where(t => !questionTerms.Contains(t) && view.DocFreq(t) > 0 && variants[deedAsked].All(v => v.Term != t)).Select(t => (t, 1.0))];
        var (focusWords, counted, tallied) = Focus(text);
        var count = counted ? CountOf(text) : null;
        // only of things counted one by one: "how much revenue" is a sum written after its noun ("cut revenue by $4 million")
        var uncounted = counted && HowMany.IsMatch(text) ? CountOf(text, spelled: true) : null;
        // "how much did the bridge cost to build": a price, which only a sentence giving a sum of money gives; one naming
        // the bridge without it (its collapse) does not, nor one writing "cost" of something else ("cost her two shifts")
        bool priced = expected == AnswerType.Money && CostAsked.IsMatch(text.Trim());
        // and what a thing went for is the price paid, not the sum it was expected to fetch before the sale
        bool salePriceAsked = expected == AnswerType.Money && SalePriceAsked.IsMatch(text.Trim());
        var focus = focusWords.Where(questionTerms.Contains).ToHashSet();
        // "how much money has Lind given to her campaign": the sum answers it ("she has given $2 million"), and the word
        // only says a sum is wanted; a sentence writing it of someone else's money holds no more of what is asked
        var sumNoun = counted && expected == AnswerType.Money ? focus.Where(MoneyNouns.SelectMany(index.Terms).Contains).ToHashSet() : [];
        var partial = new BooleanQuery();
        if (common.Count > 0 && names.Count > 0)
        {
            // a question naming someone rare in the archive is about them: a name common in the archive ("Berlin" in
            // a year of news) fills thousands of sentences, and only adds to the score of those about the rare one
            var named = new BooleanQuery();
            var rareNames = names.Where(rare.Contains).ToList();
            if (rareNames.Count > 0)
            {
                foreach (var term in rareNames) named.Add(Clause(term), Occur.SHOULD);
            }
            else if (questionTerms.Count >= 3)
            {
                // every name common: a name beside another name (or a rare word) of the question, else beside one more of
                // its words, not each of its thousands of mentions
                var pairs = names.SelectMany(name => names.Concat(rare).Where(t => string.CompareOrdinal(t, name) > 0 || !names.Contains(t)).Select(t => (name, t))).ToList();
                if (pairs.Count == 0) pairs = names.SelectMany(name => questionTerms.Where(t => !names.Contains(t)).Select(t => (name, t))).ToList();
                foreach (var (name, other) in pairs) named.Add(Every([Clause(name), Clause(other)]), Occur.SHOULD);
            }
            else foreach (var term in names) named.Add(Clause(term), Occur.SHOULD);
            partial.Add(named, Occur.MUST);
            foreach (var term in questionTerms.Where(t => !names.Contains(t))) partial.Add(Clause(term), Occur.SHOULD);
        }
        else
        {
            foreach (var term in rare) partial.Add(Clause(term), Occur.SHOULD);
            if (rare.Count == 0 || common.Count == 0)
            {
                var some = new BooleanQuery { MinimumNumberShouldMatch = questionTerms.Count >= 3 ? 2 : 1 };
                foreach (var term in questionTerms) some.Add(Clause(term), Occur.SHOULD);
                partial.Add(some, Occur.SHOULD);
            }
            else if (common.Count > 1) partial.Add(Every(common.Select(Clause)), Occur.SHOULD);
        }

        // a word derived from the question's, or the one word for its phrasal verb, makes a candidate as a rare word does
        var derived = Derived(view, allWords, words, questionTerms);
        foreach (var (term, acronym) in AcronymsOfNames(view, text, questionTerms))
            derived[term] = [.. derived.GetValueOrDefault(term, []), acronym];
        foreach (var term in derived.Values.SelectMany(d => d).Distinct().Where(t => view.DocFreq(t) <= rareLimit))
            partial.Add(view.Word(term), Occur.SHOULD);
        // and so does a phrasal verb written for one word of it ("resign": "stepped down"), its verb beside its particle
        foreach (var (verbForms, particle) in questionTerms.SelectMany(_variants.PhrasalVerbsOf))
        {
            var anyForm = new BooleanQuery();
            foreach (var form in verbForms) anyForm.Add(view.Word(form), Occur.SHOULD);
            partial.Add(Every([anyForm, view.Word(particle)]), Occur.SHOULD);
        }

        // The sentences holding every word of the question come first: when there are enough of them to fill the
        // candidates (common words in a large archive), BM25 would rank them above the partial matches anyway, and the
        // far larger set of partial matches is never scored. Otherwise the partial matches are candidates too.
        var rescore = Rescore(view, questionTerms, related);
        IReadOnlyList<Hit> Search(Query candidates) => rescore is null
            ? view.Search(Filtered(candidates, filter), Candidates)
            : view.Search(Filtered(candidates, filter), Candidates, rescore, RescoreWindow);
        var hits = questionTerms.Count > 1 ? Search(Every(questionTerms.Select(Clause))) : [];
        bool allTogether = hits.Count > 0;
        if (hits.Count < Candidates) hits = Search(partial);
        if (hits.Count == 0) return [];
        // "what was the vote count in the marsh permit case": the lede tells its headline's news in full ("The court ruled
        // 5-2 on Monday …") without repeating the headline's words; asked for a figure, a time or a place, the lede of an
        // article whose headline answers to the question, where the lede writes none of the question's words, is a
        // candidate too, and holds the headline's words (see below). A lede writing some of them speaks for itself.
        var ledesByHeadline = new Dictionary<int, int>();
        if (expected is AnswerType.Number or AnswerType.Time or AnswerType.Place or AnswerType.Money || tallied)
        {
            var ledes = hits.Select((h, i) => (Headline: i, Lede: h.Sentence.IsHeading && h.Sentence.Paragraph == 0 ? view.At(h.Sentence.ArticleId, h.Sentence.Position + 1) : null))
                .Where(p => p.Lede is { } l && !l.Sentence.IsHeading && l.Sentence.Paragraph == 1 && hits.All(h => h.Doc != l.Doc))
                .DistinctBy(p => p.Lede!.Value.Doc).ToList();
            for (int k = 0; k < ledes.Count; k++) ledesByHeadline[ledes[k].Headline] = hits.Count + k;
            if (ledes.Count > 0) hits = [.. hits, .. ledes.Select(p => p.Lede!.Value)];
        }
        // "did the governor sign the dredging bill": a yes/no question asked of an article's news is settled by its lede,
        // which tells in full what the headline sums up in fewer words ("Governor vetoes dredging bill": "Gov. Odile Brack on
        // Monday vetoed the dredging measure, which was to …"); a lede among the candidates holds its headline's words too, so the
        // headline, a summary, does not stand before the sentence that tells it. A headline that settles it in words of
        // its own ("district won't pay") answers it first, before a lede that tells of something else
        else if (expected == AnswerType.Any && AsksYesOrNo.IsMatch(text.Trim()))
            for (int i = 0; i < hits.Count; i++)
                if (hits[i].Sentence is { IsHeading: true, Paragraph: 0 } headline && !SettlesAQuestion(headline.Text)
                    && hits.ToList().FindIndex(h => h.Sentence.ArticleId == headline.ArticleId && h.Sentence.Position == headline.Position + 1 && h.Sentence is { IsHeading: false, Paragraph: 1 }) is >= 0 and var lede)
                    ledesByHeadline[i] = lede;

        var anchor = TemporalAnchor(text);
        bool scheduled = expected == AnswerType.Time && ScheduledAsked.IsMatch(text.Trim());
        bool onsetAsked = scheduled && OnsetAsked.IsMatch(text);
        // "when can Brannock skate again": the time the halt ends ("eligible to return on March 3"), worded as a return of its
        // own rather than in the question's verb
        bool againAsked = expected == AnswerType.Time && AgainAsked.IsMatch(text);
        bool heldAsked = expected == AnswerType.Time && RoleHeldAsked.IsMatch(text.Trim());
        bool pluralWhich = PluralWhich.IsMatch(text.Trim());
        // the words of the question and the forms the articles write for them, where a cause may follow them: what is
        // asked about, not a name ("why is Lind going to Oslo": "going", not "Lind … after …")
        // ("take part": "ineligible to participate … because")
        var askedForms = questionTerms.Where(t => !capitalized.Contains(t))
            .SelectMany(t => variants[t].Where(v => v.Weight >= 1).Select(v => v.Term).Concat(derived.GetValueOrDefault(t, [])).Append(t)).ToHashSet();
        bool deathAsked = index.Terms("die") is [var dieStem] && askedForms.Contains(dieStem);
        bool CauseFollows(string sentence, HashSet<string> held)
        {
            // an obituary gives the cause of the death it has told in a sentence of its own ("the cause was kidney
            // failure", "complications of a stroke"), which need not say "died" again
            if (deathAsked && DeathCause.IsMatch(sentence)) return true;
            if (!held.Any(askedForms.Contains)) return false;
            // "one shooting may have several victims, so victims are not shootings": the cause is written before ", so"
            // and what is asked about after it ("so that" gives a purpose, "so far" a time)
            if (ConsequenceMarker.Match(sentence) is { Success: true } so
                && index.Terms(sentence[(so.Index + so.Length)..]).Take(CauseReach).Any(askedForms.Contains)) return true;
            // "blamed the delays on a shortage", "the delays were caused by …", "the main causes were …": a cause worded as a
            // noun, wherever the sentence puts what is asked about
            if (CauseNamed.IsMatch(sentence)) return true;
            // analysing every candidate is a why-question's largest cost; a sentence that does not write a marker's
            // stem ("becaus", "sinc": stemming only trims a word's end) holds no cause to find
            if (!CauseMarkers.Any(m => sentence.Contains(m, StringComparison.OrdinalIgnoreCase))) return false;
            var stems = index.Terms(sentence);
            for (int i = 0; i < stems.Count; i++)
                if (askedForms.Contains(stems[i]))
                    for (int j = i + 1; j < stems.Count && j <= i + CauseReach; j++)
                        if (CauseMarkers.Contains(stems[j])) return true;
            return false;
        }
        // "how far ahead is Lind", "by how much did the bill pass": a margin ("leads … by 412 votes") written right after
        // a word of what is asked, not one of something else the sentence tells ("won the seat by eleven points years ago")
        bool marginAsked = MarginAsked.IsMatch(text.Trim());
        bool marginNamed = allWords.Any(w => w.Equals("margin", StringComparison.OrdinalIgnoreCase));
        var marginForms = marginAsked ? questionTerms.Where(t => !capitalized.Contains(t))
            .SelectMany(t => variants[t].Select(v => v.Term).Concat(derived.GetValueOrDefault(t, [])).Append(t)).ToHashSet() : [];
        bool MarginFollows(string sentence)
        {
            foreach (Match m in MarginGiven.Matches(sentence))
                if (index.Terms(sentence[..m.Index]).TakeLast(MarginReach).Any(marginForms.Contains)) return true;
            return false;
        }
        var introduction = Introduction(text);
        var deed = Deed(text);
        // a yes/no question is about its verb ("will the outlets challenge the order": whether they challenge it), and so is
        // a question for the verb's object ("what will the alliance give Ostria"): it weighs as a name does
        var verb = AskedVerb(text);
        // "did the caucus back the measure": a vote they cast on it ("the caucus voted against the measure") is the
        // deed asked, in the words of a vote
        bool backingAsked = verb.Overlaps(BackingVerbs.SelectMany(index.Terms));
        var endedVerb = EndedVerb(text);
        var timedVerb = expected == AnswerType.Time ? endedVerb.SelectMany(t => _variants.Of(t, false).Where(v => v.Weight >= 1).Select(v => v.Term).Append(t)).ToHashSet() : [];
        // and a place given beside the verb asked ("where will the terminal be built": "the building will stand … at the
        // north end of Harbour Street") answers it before a lede that writes more of the question's words beside a place
        // of something else ("approved a ferry terminal … to the Varn Islands")
        var placedVerb = expected == AnswerType.Place ? endedVerb.Concat(VerbToCome(text)).SelectMany(t => _variants.Of(t, false).Where(v => v.Weight >= 1).Select(v => v.Term).Append(t)).ToHashSet() : [];
        var subject = AskedSubject(text);
        subject.IntersectWith(questionTerms);
        // "will the firm appeal the fine", "has the council agreed to the plan": a yes/no question asks about a thing
        // whose sentences mostly tell it; the one that settles it says no, or that no answer is given yet
        bool yesNoAsked = expected == AnswerType.Any && AsksYesOrNo.IsMatch(text.Trim());
        // "how many jobs did the economy add": a count of the deed asked about ("added 64,000 jobs") before a count of the
        // same noun for another ("a bill that would support 300,000 jobs"); a bonus, not a weight, as the article may
        // write the deed in another verb ("how many substations did they hit": "opened breakers at 11 substations")
        var countedDeed = expected is AnswerType.Number or AnswerType.Money ? CountedDeed(text) : [];
        var deedDone = countedDeed.Count > 0 && PassiveCount.Match(text.Trim()) is { Success: true } passive ? DeedsAsked(text.Trim(), passive) : null;
        var deedWords = deedDone?.SelectMany(t => _variants.Of(t, false).Select(v => v.Term).Append(t)).ToHashSet();
        var countedThings = deedDone is null ? [] : CountedThings(text.Trim());
        // "what was the vote count": the tally answers it ("ruled 5-2"), and its nouns only say a tally is wanted
        var tallyNouns = tallied ? TallyHeads.SelectMany(index.Terms).Where(questionTerms.Contains).ToHashSet() : [];
        var measure = allWords.Where((_, i) => IsMeasureAsked(allWords, i)).SelectMany(index.Terms).ToHashSet();
        // "what time did the alert go out", "what was her winning time": the word only says a time is wanted, which a
        // sentence giving another's time writes too ("the fourth-fastest time"); and "what hours does the curfew cover": the
        // verb only says a stretch of hours is wanted, which "from 11 p.m. to 4 a.m." gives without writing it
        if (clockAsked) measure.UnionWith(new[] { "time", "hour", "cover", "span" }.SelectMany(index.Terms).Where(questionTerms.Contains));
        // "how much will it cost each year": a figure given over the stretch asked ("$52,000 a year"), not over another
        // ("$17.40 an hour"), which is no answer however much of the question its sentence names
        var rateAsked = expected is AnswerType.Money or AnswerType.Number ? AnswerTypes.RateAskedOf(text.ToLowerInvariant()) : null;
        var reachedBy = expected is AnswerType.Number ? AnswerTypes.FigureReachedOf(text.Trim().ToLowerInvariant()) : null;
        var changeAsked = expected is AnswerType.Number or AnswerType.Money ? AnswerTypes.ChangeAskedOf(text.Trim().ToLowerInvariant()) : null;
        // "how many jobs were to go before the board raised the number": the figure as it stood before the change
        // ("raised from an initial 450"), not the one after it
        bool priorAsked = anchor is { After: false } && expected is AnswerType.Money or AnswerType.Number;
        // "when is the new deadline": the value after the change ("the new target date is 12 October", "has now been moved
        // to 3 July"), before the one it replaced ("the original deadline was 12 April"), which writes more of the question
        bool revisedAsked = !priorAsked && expected is AnswerType.Any or AnswerType.Time or AnswerType.Number or AnswerType.Money
                            && AnswerTypes.AsksARevisedValue(text, expected != AnswerType.Any);
        // "who do the Pikes play on Sunday": the sentence naming the side they play after a word for the match ("take on the
        // Kestrel Rovers"), before one that retells the question's words without it ("will play on Sunday without their
        // captain")
        bool opponentAsked = AnswerTypes.AsksAnOpponent(text);
        // "what was Lind's winning time": a figure asked of someone by the possessive, which is theirs, not the figure of
        // another whom a sentence of the same article opens on (see OpensOnAnotherPerson)
        var owners = expected is AnswerType.Number or AnswerType.Money or AnswerType.Time or AnswerType.Age
            ? Possessive.Matches(text).SelectMany(m => index.Terms(m.Groups["name"].Value)).Where(names.Contains).ToHashSet() : [];
        bool figureAsked = owners.Count > 0;
        // the verb asked weighs double where some sentence writes it, or a word for it: one no article writes sets no
        // sentence above another, and weighed double would only sink every sentence's coverage below what settles the
        // question in other words ("did the governor sign the bill": "vetoed the bill", where nothing is signed)
        var idf = questionTerms.ToDictionary(t => t, t => view.Idf(docFreq[t])
            * (names.Contains(t) || (verb.Contains(t) && (docFreq[t] > 0 || variants[t].Length > 0)) ? 2 : sumNoun.Contains(t) || tallyNouns.Contains(t) || measure.Contains(t) ? SumNounWeight : 1));
        double totalIdf = idf.Values.Sum();
        float maxScore = hits.Max(h => h.Score);
        var questionLower = text.ToLowerInvariant();
        // a sentence holding every word of the question writes its names too (no phrase query needed)
        // and an acronym a candidate spells out is written ("OSHA": "the Occupational Safety and Health Administration")
        var spelledAcronyms = SpelledAcronyms(text, questionTerms, hits);
        bool unwritten = !allTogether && NamesUnwritten(view, text, questionTerms, filter, t => variants[t].Any(v => v.Weight >= 1) || spelledAcronyms.Contains(t));

        // Which asked terms each candidate holds, from the postings (no re-analysis of its text).
        // a derived word or the one word of a phrasal verb counts as the word itself
        foreach (var (term, derivedForms) in derived)
            variants[term] = [.. variants[term], .. derivedForms.Where(f => !questionTerms.Contains(f) && variants[term].All(v => v.Term != f)).Select(f => (f, 1.0))];
        var formTerms = variants.Values.SelectMany(v => v).Select(v => v.Term).Distinct().ToList();
        // a one-word verb asked that a candidate writes as a phrasal verb ("when did she resign": "she stepped down"),
        // held for a little less than the word itself, as a synonym is; the phrase (two words) is no term of the index
        var phrasalHeld = hits.Select(h => questionTerms.SelectMany(t => _variants.PhrasalVerbsIn(t, h.Sentence.Text).Select(phrase => (Term: t, Phrase: phrase))).ToList()).ToList();
        foreach (var (term, phrase) in phrasalHeld.SelectMany(p => p).Distinct())
            if (variants[term].All(v => v.Term != phrase)) variants[term] = [.. variants[term], (phrase, WordVariants.SynonymWeight)];
        // every word of the question is written somewhere, as it is or in a form the articles write for it
        int unwrittenWords = questionTerms.Count(t => docFreq[t] == 0 && variants[t].Length == 0);
        bool allWritten = unwrittenWords == 0;
        var termsOf = view.TermsIn(hits.Select(h => h.Doc).ToList(), questionTerms.Concat(related).Concat(formTerms).Distinct());
        HoldSpelledAcronyms(text, questionTerms, hits, termsOf);
        for (int i = 0; i < hits.Count; i++) termsOf[i].UnionWith(phrasalHeld[i].Select(p => p.Phrase));
        // a general word for the event holds it only in an article that names the event itself: "the accident" of
        // another article is another accident
        if (eventNouns.Count > 0)
        {
            var naming = hits.Where((h, i) => termsOf[i].Contains(eventAsked!)).Select(h => h.Sentence.ArticleId).ToHashSet();
            for (int i = 0; i < hits.Count; i++)
                if (!naming.Contains(hits[i].Sentence.ArticleId)) termsOf[i].ExceptWith(eventNouns);
        }
        HoldRecords(allWords, questionTerms, hits, termsOf);
        HoldLeads(allWords, questionTerms, hits, termsOf);
        HoldPrices(priced ? text : null, questionTerms, hits, termsOf);
        if (expected == AnswerType.Money) HoldWorth(allWords, questionTerms, variants, hits, termsOf);
        HoldAreas(text, questionTerms, hits, termsOf);
        if (expected == AnswerType.Named) HoldBusinesses(text, questionTerms, hits, termsOf);
        // (what each candidate writes itself, before a lede is lent its headline's words: see labels below)
        // "how many passengers did Tessmoor Ferries carry": a candidate writing "Ferries" only in another company's name
        // ("Islay Ferries carried 2.5 million") writes of that company, and holds none of the name asked (see OtherBearers)
        // (a common noun closing a name, which the candidates also write in lower case, "the ferry": a surname is no
        // such word, and a relative's name, "her nephew, Piers Fenwright", is still of the family asked about)
        var lastWords = LastWordsOfNames(text, questionTerms);
        foreach (var last in lastWords.Keys.Where(last => !hits.Any(h => WritesInLowerCase(h.Sentence.Text, last) || WritesInLowerCase(h.Sentence.Headline, last))).ToList())
            lastWords.Remove(last);
        if (lastWords.Count > 0)
            for (int i = 0; i < hits.Count; i++)
                termsOf[i].ExceptWith(OtherBearers(hits[i].Sentence.Text, lastWords, termsOf[i]));
        var ownTerms = termsOf.Select(terms => terms.ToHashSet()).ToList();
        foreach (var (headline, lede) in ledesByHeadline) termsOf[lede].UnionWith(termsOf[headline].Where(questionTerms.Contains));
        // "on which day did the rocket fail": the lede dates the article's news ("A rocket … broke apart shortly after lift-off
        // on Wednesday") in words of its own, while the sentences further down that retell it in the question's words ("why
        // the rocket failed") give no day; a lede that gives a day and writes something of the question holds the words
        // those sentences of its article write
        if (dayAsked)
            for (int i = 0; i < hits.Count; i++)
                if (hits[i].Sentence is { IsHeading: false, Paragraph: 1 } lede && termsOf[i].Overlaps(questionTerms)
                    && AnswerTypes.GivesADay(lede.Text, questionLower))
                    for (int j = 0; j < hits.Count; j++)
                        if (j != i && hits[j].Sentence.ArticleId == lede.ArticleId && !hits[j].Sentence.IsHeading
                            && !AnswerTypes.GivesADay(hits[j].Sentence.Text, questionLower))
                            termsOf[i].UnionWith(termsOf[j].Where(t => questionTerms.Contains(t) && !names.Contains(t)));
        // a margin asked of the headline's news ("by what margin did the council approve the plan") is given in the lede
        // ("The city council voted 9-4 …"), which tells the same news in other words: it holds the headline's words too
        if (marginAsked)
            for (int i = 0; i < hits.Count; i++)
                if (hits[i].Sentence is { IsHeading: true, Paragraph: 0 } headline
                    && hits.ToList().FindIndex(h => h.Sentence.ArticleId == headline.ArticleId && h.Sentence.Position == headline.Position + 1 && h.Sentence is { IsHeading: false, Paragraph: 1 }) is >= 0 and var lede)
                    termsOf[lede].UnionWith(termsOf[i].Where(questionTerms.Contains));
        // "when is the next summit": "next" of the thing asked, which "the next two years" or "next spring" does not hold
        string? nextAsked = NextOfAThing.IsMatch(text) && index.Terms("next") is [var next] && questionTerms.Contains(next) ? next : null;
        if (nextAsked is not null)
            for (int i = 0; i < hits.Count; i++)
                if (termsOf[i].Contains(nextAsked) && !NextOfAThing.IsMatch(hits[i].Sentence.Text)) termsOf[i].Remove(nextAsked);
        // a full name the articles write is covered by its surname alone when the question asks for a fact about the
        // person ("how old was Darnell Lee Hayes": "the death of Hayes, 38"); "who is Vera Lind" wants the sentence
        // that introduces them by their full name, so there the surname alone does not count
        surnameOf = surnameOf.Where(n => termsOf.Any(terms => terms.Contains(n.Key) && terms.Contains(n.Value))).ToDictionary();
        // and so is "who shot Ivan Petrov Moss": a fact about what was done to them ("the officer who shot Moss"), and why
        // or whether something was done ("why couldn't Jill Stone take part": "Stone, who is ineligible …")
        double bySurname = expected is AnswerType.Number or AnswerType.Time or AnswerType.Place or AnswerType.Money or AnswerType.Age or AnswerType.Reason
                           || WhoDidItTo.IsMatch(text.Trim()) || AsksYesOrNo.IsMatch(text.Trim()) ? 1 : 0;
        double HeldAsWritten(HashSet<string> terms, string t)
        {
            if (terms.Contains(t)) return 1;
            double best = 0;
            foreach (var (variant, weight) in variants[t])
                if (weight > best && terms.Contains(variant)) best = weight;
            return best;
        }
        double Held(HashSet<string> terms, string t) => HeldAsWritten(terms, t) is > 0 and var held ? held : surnameOf.TryGetValue(t, out var surname) && terms.Contains(surname) ? bySurname : 0;
        // "why did the government opt for …": a verb asked that no candidate writes is worded otherwise in the articles
        // ("had chosen"), and the subject it is asked of stands for what is asked about
        if (focus.Count > 0 && !termsOf.Any(ts => focus.Any(t => Held(ts, t) > 0))
            && SubjectBeforeItsVerb(text).Where(questionTerms.Contains).ToHashSet() is { Count: > 0 } subjectHead)
            focus = subjectHead;
        // a name the question asks about that a candidate's headline writes is what its article is about: once named,
        // the article calls it "the company", "the bank", so its sentences hold it for a part
        var headlineNames = names.Count == 0 ? [] : hits.Select(h => h.Sentence).DistinctBy(s => s.ArticleId)
            .ToDictionary(s => s.ArticleId, s => index.Terms(s.Headline).Where(names.Contains).Except(OtherBearers(s.Headline, lastWords, [])).ToHashSet());
        // and so is a company's full name its lede writes whole ("Tessmoor Ferries will raise fares …" under "Maldrin ferry
        // operator to raise fares"): the lede names what the article is about, and "its oldest vessel" further down is the
        // company's. Only a name closing on a common noun (see lastWords): a person the lede names ("As a young clerk, Alma
        // Quist said …") is one voice among several, and "she said" further down may be another's
        if (names.Count >= 2 && lastWords.Count > 0)
            foreach (var (id, lent) in headlineNames)
                if (view.At(id, 1) is { Sentence: { IsHeading: false, Paragraph: 1 } lede } && index.Terms(lede.Text).ToHashSet() is var ledeTerms && names.All(ledeTerms.Contains))
                    lent.UnionWith(names);
        // but a sentence of the reporter's that opens on another name is about that one ("The Socialists took 71 seats" in
        // an article headlined on another party): the headline's subject is not its subject (a speaker's name opening a
        // statement, "Minister Ana Ruiz said the party …", is who speaks of it)
        var opensOnAnother = new Dictionary<IndexedSentence, bool>();
        // and so is a word of the question that says what the article is about, which only its headline writes ("what is
        // the death rate of the epidemic" of an article headlined on the epidemic: "the death rate stands at 4 percent"
        // need not say of what); not the verb asked, which the sentence must tell itself, nor a word another sentence
        // writes ("the curfew", "nine cup games"), where the one that answers is expected to write it too
        var labels = questionTerms.Where(t => !names.Contains(t) && !verb.Contains(t)
            && !hits.Where((h, i) => !h.Sentence.IsHeading && Held(ownTerms[i], t) > 0).Any()).ToHashSet();
        var articleWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> ArticleWords(IndexedSentence sentence) => articleWords.TryGetValue(sentence.ArticleId, out var known) ? known
            : articleWords[sentence.ArticleId] = index.Terms(sentence.Headline).Where(labels.Contains).ToHashSet();
        bool SuppliedByArticle(string t, IndexedSentence sentence) =>
            !sentence.IsHeading && (names.Contains(t) ? headlineNames[sentence.ArticleId].Contains(t) : ArticleWords(sentence).Contains(t))
            && (sentence.Speaker is not null || !(opensOnAnother.TryGetValue(sentence, out var another) ? another : opensOnAnother[sentence] = OpensOnAnotherName(sentence.Text, names)));
        double HeldInArticle(HashSet<string> terms, string t, IndexedSentence sentence) =>
            Held(terms, t) is > 0 and var held ? held : SuppliedByArticle(t, sentence) ? SubjectOfArticle : 0;
        var coverages = hits.Select((h, i) => questionTerms.Sum(t => idf[t] * HeldInArticle(termsOf[i], t, h.Sentence)) / totalIdf).ToList();
        // a sentence that says what some words of the question ask, in words of its own, holds those words
        void CreditWordsSaidOtherwise(string[] asked, Func<string, bool> says)
        {
            var held = asked.SelectMany(index.Terms).Where(questionTerms.Contains).ToList();
            for (int i = 0; i < hits.Count; i++)
                if (says(hits[i].Sentence.Text))
                    coverages[i] += held.Where(t => !termsOf[i].Contains(t)).Sum(t => idf[t]) / totalIdf;
        }
        // and a sentence naming the side played ("take on the Kestrel Rovers") holds the "play" asked
        if (opponentAsked) CreditWordsSaidOtherwise(MatchWords, sentence => AnswerTypes.GivesAnOpponent(sentence, questionLower));
        // and a sentence naming what a plant builds ("which builds the small Vesta estate car") holds the "model" asked, a
        // word that only says a name is wanted, which a sentence writing it of something else ("a model of the factory") does not give
        if (expected == AnswerType.Named && AnswerTypes.MadeThingAskedOf(questionLower) is { } madeNoun)
            CreditWordsSaidOtherwise([madeNoun], sentence => AnswerTypes.NamesAThingMade(sentence, questionLower));
        // and a sentence telling of the change ("the deadline has now been moved to 3 July") holds the "new" asked
        if (revisedAsked) CreditWordsSaidOtherwise(RevisionWords, AnswerTypes.GivesARevisedValue);
        var offSubject = OffSubject(hits, termsOf, names);

        // The sentence before gives context to a candidate that does not cover the question alone, when the two share a
        // paragraph, or when the candidate opens with a pronoun ("He'll then travel to Berlin" after "Blinken will fly to Ukraine").
        var previous = new Hit?[hits.Count];
        for (int i = 0; i < hits.Count; i++)
        {
            var sentence = hits[i].Sentence;
            if (coverages[i] < 1 && sentence.Position > 0 && !sentence.IsHeading && view.Previous(hits[i]) is { } before && !before.Sentence.IsHeading
                && (before.Sentence.Paragraph == sentence.Paragraph || (before.Sentence.Paragraph == sentence.Paragraph - 1 && OpensWithAnaphor(sentence.Text))))
                previous[i] = before;
        }
        var withPrevious = Enumerable.Range(0, hits.Count).Where(i => previous[i] is not null).ToList();
        var termsBefore = view.TermsIn(withPrevious.Select(i => previous[i]!.Value.Doc).ToList(), questionTerms.Concat(formTerms));
        // in a chain of pronouns ("Mr. Ryu made … his cause. He toured the docks. He planted seagrass …") the sentence
        // before names nobody: the one that names whom "he" stands for, a few sentences back in the paragraph, does
        var chained = Enumerable.Range(0, withPrevious.Count)
            .Select(k => (k, Named: Antecedent(view, hits[withPrevious[k]], previous[withPrevious[k]]!.Value)))
            .Where(c => c.Named is not null).ToList();
        var termsNamed = view.TermsIn(chained.Select(c => c.Named!.Value.Doc).ToList(), questionTerms.Concat(formTerms));
        for (int c = 0; c < chained.Count; c++) termsBefore[chained[c].k].UnionWith(termsNamed[c]);

        // "how many lockers will the gym replace": a count stands for the things asked without naming them only where the
        // articles write them, in a word or another for them, or count them by a kind ("93 members" for "people"); where
        // no candidate does ("lockers", nor "cabinets" or the like), a figure of the same deed done to something else
        // ("will replace 40 per cent of its mats") is no count of them, and nothing answers; a figure that counts something
        // ("a crowd of 7,300" for "how many fans") may still be them, in words the articles chose
        bool countedUnwritten = uncounted is not null && focus.Count > 0 && focus.All(t => docFreq[t] == 0 && variants[t].Length == 0)
                                && !hits.Any(h => Counts(uncounted, h.Sentence.Text));
        int otherTerms = questionTerms.Count(t => !names.Contains(t));
        var ranked = new List<Ranked>(hits.Count);
        for (int i = 0, p = 0; i < hits.Count; i++)
        {
            var (_, sentence, score) = hits[i];
            var terms = termsOf[i];
            double relatedHit = related.Any(terms.Contains) ? 0.5 : 0;
            double coverage = coverages[i];
            double contextCoverage = 0;
            HashSet<string>? before = null;
            if (previous[i] is not null)
            {
                before = termsBefore[p++];
                contextCoverage = questionTerms.Sum(t => idf[t] * Math.Max(0, Held(before, t) - Held(terms, t))) / totalIdf;
            }
            bool verbHeld = verb.Any(t => Held(terms, t) > 0) || (backingAsked && VoteCast.IsMatch(sentence.Text));
            bool holdsFocus = focus.Any(t => Held(terms, t) > 0 || (labels.Contains(t) && SuppliedByArticle(t, sentence))) || verbHeld || endedVerb.Any(t => Held(terms, t) > 0);
            double typed = AnswerTypes.Matches(expected, sentence.Text, questionLower) && !CapitalizedForStyle(sentence, expected) ? 1 : 0;
            double opponent = 0;
            if (opponentAsked && typed > 0)
            {
                if (AnswerTypes.GivesAnOpponent(sentence.Text, questionLower)) opponent = OpponentWeight;
                else typed = 0;
            }
            // and a figure the reporter gives of someone else, whom the sentence opens on by full name ("Kenya's Ana Ruto won the
            // women's race in 2:21:05"), is theirs, not the figure of the name asked, which the sentence never writes
            if (typed > 0 && figureAsked && sentence.Speaker is null && previous[i] is null && !owners.Any(t => Held(terms, t) > 0)
                && OpensOnAnotherPerson(sentence.Text, names)) typed = 0;
            if (typed > 0 && salePriceAsked && AnswerTypes.GivesOnlyAForeseenSum(sentence.Text)) typed = 0;
            double anchored = anchor is null ? 0 : Anchored(anchor.Value, sentence, terms);
            // "who shot Moss": the sentence where the doer shot Moss ("the officer who shot Moss"), not one where Moss
            // only stands beside the verb ("Moss is one of many people shot this year")
            double done = deed is { } d && DoneTo(d, sentence.Text) ? 0.4 : 0;
            double typedWeight = expected is AnswerType.Any or AnswerType.Reason ? 0.2 : 0.6;
            // "how many members": "the 447 members" counts them, "40 percent of members" does not
            if (typed > 0 && count is not null && Counts(count, sentence.Text)) typed += 0.5;
            // and a sentence writing the counted noun with a figure of something else ("passengers were refunded 300
            // euros") gives no count of them, however much else of the question it names
            else if (typed > 0 && uncounted is not null && focus.Any(terms.Contains) && !Counts(uncounted, sentence.Text)) typed = 0;
            // "what was the final score": "beat Lisle 61-58", not a year the sentence happens to give
            bool tally = tallied && Tally.Matches(sentence.Text).Any(m => !Interim(sentence.Text, m.Index));
            if (!tally && marginAsked && MarginFollows(sentence.Text)) tally = true;
            // and a margin asked in the word ("what was her winning margin") is how far ahead the winner finished
            if (!tally && (marginAsked || marginNamed) && LeadGiven.IsMatch(sentence.Text)) tally = true;
            if (tally) typed = Math.Max(typed, 1) + 0.5;
            // and a lone number is no tally: "in a 2 a.m. vote" gives the hour of the vote, not its result
            else if (tallied && expected == AnswerType.Number) typed = 0;
            // "which newspapers": the sentence listing several by name, more than one naming only the one asked about
            if (typed > 0 && expected == AnswerType.Named && pluralWhich && AnswerTypes.NamesSeveral(sentence.Text, questionLower)) typed += 0.5;
            // "why was she hospitalized": "hospitalized … after …", the cause written right after what is asked about
            double cause = expected == AnswerType.Reason && CauseFollows(sentence.Text, terms) ? 0.5 : 0;
            // and its time is what "when is the next hearing" asks: a time beside the next one ("its next hearing is set for
            // May 4", "the panel will sit again in the spring") answers it before times of what the thing is about
            double nextOne = nextAsked is not null && typed > 0 && Held(terms, nextAsked) > 0 ? 0.3 : 0;
            // "when is the primary", "when does the fare rise take effect": a thing to come is set for a day of the
            // calendar ("is on Aug. 11", "starting July 1"), which answers it before a year or a stretch of time the
            // sentence gives of something else; and when something starts is written as the day it starts from
            double dated = scheduled && typed > 0 && (CalendarDay.IsMatch(sentence.Text) || WeekdayAhead.IsMatch(sentence.Text))
                ? CalendarDayWeight + (onsetAsked && OnsetDay.IsMatch(sentence.Text) ? CalendarDayWeight : 0) : 0;
            // "when was Calloway editor of the paper": a post held over years, answered by the years it ran ("from 1961 until
            // 1989") before a year something else happened to its holder
            double span = heldAsked && typed > 0 && YearSpan.IsMatch(sentence.Text) ? CalendarDayWeight : 0;
            // "when were the paintings stolen": a time in the clause of the deed asked ("stolen from the gallery in 1984")
            // before one of another deed the sentence goes on to ("stolen, though the dealer sold them on in 1990")
            // "how long will the line be closed": a stretch of time ("for up to ten days") before a date the sentence gives
            double resumed = againAsked && typed > 0 && AnswerTypes.GivesAResumption(sentence.Text, questionLower) ? ResumedWeight : 0;
            double lasting = durationAsked && DurationGiven.IsMatch(sentence.Text) ? CalendarDayWeight : 0;
            // (asked when it happens again, a time of the verb itself is when it happened before: "played here in the old arena")
            double timed = expected == AnswerType.Time && typed > 0 && timedVerb.Count > 0 && !againAsked && TimesTheVerb(timedVerb, sentence.Text, questionLower) ? CalendarDayWeight : 0;
            double placed = placedVerb.Count > 0 && typed > 0 && GivenBesideTheVerb(placedVerb, sentence.Text, AnswerTypes.PlacesGiven(sentence.Text, questionLower).ToList()) ? CalendarDayWeight : 0;
            double clock = clockAsked && typed > 0 && AnswerTypes.GivesAClockTime(sentence.Text) ? ClockWeight : 0;
            // and the hour itself ("at about 6:20 a.m.") answers it before a part of the day ("early in the morning")
            if (clock > 0 && AnswerTypes.GivesAnHour(sentence.Text)) clock += HourWeight;
            // and a day alone ("sank on Friday") is no time of day
            if (clockAsked && clock == 0) typed = 0;
            // as a year alone ("the third failure this year") is no day
            if (dayAsked)
            {
                if (typed > 0 && AnswerTypes.GivesADay(sentence.Text, questionLower)) clock = ClockWeight;
                else typed = 0;
            }
            // and it settles a question about the sentence's own words ("Hale has not decided whether to appeal" settles
            // "will Hale appeal", which the other sentences naming Hale and the appeal leave open)
            double settles = yesNoAsked && coverage + ContextWeight * contextCoverage >= MinCoverage && SettlesAQuestion(sentence.Text) ? SettlesWeight : 0;
            double deedCounted = typed > 0 && countedDeed.Overlaps(terms) && CountsTheDeed(countedDeed, sentence.Text) ? 0.5 : 0;
            double rate = 0;
            if (rateAsked is not null && typed > 0 && AnswerTypes.GivesTheRate(sentence.Text, rateAsked) is { } fits)
            {
                if (fits) rate = RateWeight;
                else typed = 0;
            }
            // "did the mayor back the plan": the mayor doing it, or a word for it ("the mayor, who voted in favour"), before
            // someone else doing it ("a resident collected signatures in support")
            double doer = subject.Count > 0 && subject.Any(t => Held(terms, t) > 0) && verbHeld ? DoerWeight : 0;
            // "how fast was the barge moving": a figure in the units of a speed ("at 72 kilometres an hour") answers it, before a
            // count of passengers or a date the sentence that retells the question's words gives
            double measured = measureAsked is not null && typed > 0 && AnswerTypes.GivesTheMeasure(sentence.Text, measureAsked) ? MeasureWeight : 0;
            // and a figure of another kind ("injuring 12 of the 136 passengers") is no speed, as a day alone is no time of day
            // (a speed or a heat only: "how far did shares fall", "how deep are the cuts" ask an extent, given in percent)
            if (measureAsked is "speed" or "temperature" && measured == 0) typed = 0;
            // "what was the record load": the figure the load reached ("the load … peaked at 2,870 megawatts"), before a lede
            // that tells of the record in words ("put the load at a record") beside a figure of something else
            if (reachedBy is not null && typed > 0 && AnswerTypes.GivesTheFigureOf(sentence.Text, reachedBy)) measured += MeasureWeight;
            // "how much will fares rise": the size next to the verb of the change ("fares will rise 8 percent"), before a lede
            // that retells the rise with more of the question's words beside a day ("will raise fares … from March 1")
            if (changeAsked is not null && typed > 0 && AnswerTypes.GivesTheChange(sentence.Text, changeAsked)) measured += MeasureWeight;
            double prior = priorAsked && typed > 0 && AnswerTypes.GivesAPriorFigure(sentence.Text) ? PriorFigureWeight : 0;
            if (revisedAsked && typed > 0)
                prior = AnswerTypes.GivesARevisedValue(sentence.Text) ? PriorFigureWeight : AnswerTypes.GivesOnlyASupersededValue(sentence.Text) ? -PriorFigureWeight : 0;
            // "when did the landslide happen": "the accident happened at 9.15 p.m." is the sentence that tells it, before one
            // giving a time of the rescue
            double happened = eventAsked is not null && typed > 0 && Held(terms, eventAsked) > 0 && Happened.IsMatch(sentence.Text) ? HappenedWeight : 0;
            double value = 0.4 * score / maxScore + opponent + settles + clock + measured + rate + prior + happened + doer + nextOne + dated + span + timed + placed + lasting + resumed + deedCounted + coverage + ContextWeight * contextCoverage + typedWeight * typed + 0.15 * relatedHit + 0.4 * anchored + done + cause
                           + (holdsFocus && (sumNoun.Count == 0 || !sumNoun.SetEquals(focus)) ? 0.3 : 0) + (introduction?.IsMatch(sentence.Text) == true ? 0.3 : 0)
                           - (sentence.IsHeading && expected != AnswerType.Any ? 0.1 : 0) - (offSubject.Contains(sentence.ArticleId) ? OffSubjectWeight : 0);
            // "how much money …": a sum of money answers it without the word
            // and a yes/no question of a state is answered only by a sentence that holds the state or its opposite beside
            // what it is asked of, not one that only shares the subject ("is the airport open": "the airport is 30 km from
            // the city") nor one of another thing's state ("the bridge has been closed"); the sentence before may name what
            // it is asked of ("The suspect was arrested on Sunday. Police say he was linked to the gang.")
            bool focused = stateAsked.Count > 0 && !(stateAsked.Any(t => Held(terms, t) > 0)
                                                    && (stateOf.Count == 0 || stateOf.Any(t => Held(terms, t) > 0 || (before is not null && Held(before, t) > 0)))) ? false
                : priced ? typed > 0
                : focus.Count == 0 || holdsFocus || (counted && typed > 0 && !(countedUnwritten && GivesNoCountOfThings(sentence.Text))) || tally || (previous[i] is not null && focus.Any(t => termsBefore[p - 1].Contains(t)))
                  // "when will the hearing resume" reads the verb as the subject's head, and the time the halt ends is
                  // written in words of its own ("adjourned until 14 May")
                  || resumed > 0;
            bool grounded = !unwritten || questionTerms.Count(t => !names.Contains(t) && HeldAsWritten(terms, t) > 0) >= 2;
            // the other word is one of the question's names, whom the claim is about: in one or two short articles most
            // words are written once, and a common word beside one of them is no sign the question is about that sentence
            bool distinctive = questionTerms.Any(t => docFreq[t] == 1 && terms.Contains(t)
                                                  && questionTerms.Any(o => o != t && capitalized.Contains(o) && terms.Contains(o)));
            bool echoed = allWritten && questionTerms.Any(t => docFreq[t] == 1 && terms.Contains(t));
            ranked.Add(new Ranked(sentence, value, Math.Min(1, coverage + ContextWeight * contextCoverage + (relatedHit > 0 ? 0.2 : 0)), focused, ContextWeight * contextCoverage, grounded)
                { Doc = hits[i].Doc, Distinctive = distinctive, Echoed = echoed, Causal = cause > 0, HoldsAskedVerb = verbHeld,
                  WordsHeld = questionTerms.Count(t => Held(terms, t) > 0), OtherWordsHeld = questionTerms.Count(t => !names.Contains(t) && Held(terms, t) > 0),
                  HoldsTheNames = names.All(t => HeldInArticle(terms, t, sentence) > 0),
                  NamesOnly = names.Count > 0 && otherTerms >= 3 && questionTerms.All(t => names.Contains(t) || Held(terms, t) == 0)
                              && contextCoverage == 0 && relatedHit == 0 && !tally
                              && !(typed > 0 && expected is AnswerType.Number or AnswerType.Money or AnswerType.Time or AnswerType.Age),
                  Unwritten = unwrittenWords,
                  CountsTheDeedDone = deedDone is null || NumbersTheDeed(deedDone, deedWords!, sentence.Text, countedThings) });
        }
        // equal scores (BM25 keeps sentence lengths coarsely): the shorter, more focused sentence first
        return ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Sentence.Text.Length).Take(top).ToList();
    }

    /// <summary>What a candidate loses whose article names none of the names the question shares with one article only.</summary>
    private const double OffSubjectWeight = 0.3;

    /// <summary>
    /// "How much will Tarsk State pay Ormond": a name of the question that one article alone names (among the
    /// candidates) makes the question about that article; the articles naming none of these write at most a common
    /// word of a name ("a state of emergency"), and are about something else. None when no name is one article's own.
    /// </summary>
    private static HashSet<string> OffSubject(IReadOnlyList<Hit> hits, IReadOnlyList<HashSet<string>> termsOf, HashSet<string> names)
    {
        if (names.Count == 0) return [];
        var namesOf = new Dictionary<string, HashSet<string>>();
        for (int i = 0; i < hits.Count; i++)
        {
            var id = hits[i].Sentence.ArticleId;
            if (!namesOf.TryGetValue(id, out var held)) namesOf[id] = held = [];
            held.UnionWith(termsOf[i].Where(names.Contains));
        }
        var own = names.Where(n => namesOf.Values.Count(held => held.Contains(n)) == 1).ToHashSet();
        return own.Count == 0 ? [] : namesOf.Where(a => !a.Value.Overlaps(own)).Select(a => a.Key).ToHashSet();
    }

    /// <summary>
    /// Does the sentence open on someone's full name, two capitalized words after at most a few others, neither of them
    /// the question's ("Kenya's Ana Ruto won …", "In the junior event, Tom Reyes …"): its subject is that person. A day or
    /// a month ("On Sunday March 3") names nobody.
    /// </summary>
    private bool OpensOnAnotherPerson(string sentence, HashSet<string> names)
    {
        var text = Dateline.Match(sentence) is { Success: true } dateline ? sentence[dateline.Length..] : sentence;
        var opening = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(SubjectOpening + 2).ToList();
        bool Named(string w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[^1]) && !Calendar.IsMatch(w)
                                && index.Terms(w) is [var term] && !names.Contains(term);
        for (int k = 0; k + 1 < opening.Count; k++)
            if (Named(opening[k]) && !opening[k].EndsWith("'s") && !opening[k].EndsWith("’s") && Named(opening[k + 1])) return true;
        return false;
    }

    private static readonly Regex Possessive = new(@"(?<name>\p{Lu}[\p{L}\-]*)['’]s?(?=\s)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Calendar = new(
        @"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|The|In|On|At|By|After|Before|Last|This|Next|A|An)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>How many words open a sentence's subject, where a name other than the question's makes it about another.</summary>
    private const int SubjectOpening = 5;

    private static readonly Regex Dateline = new(@"^[^—–]{0,60}?\s[—–]\s", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Does the sentence open on a capitalized word, after its first, that is none of the question's names ("The
    /// hard-right Vanguard party came third"): a dateline ("OSLO, Norway — ") is no part of it.
    /// </summary>
    private bool OpensOnAnotherName(string sentence, HashSet<string> names)
    {
        var text = Dateline.Match(sentence) is { Success: true } dateline ? sentence[dateline.Length..] : sentence;
        var opening = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(SubjectOpening).Skip(1);
        return opening.Any(w => w.Length > 1 && char.IsUpper(w[0]) && index.Terms(w) is [var term] && !names.Contains(term));
    }

    // "the next summit", "its next rate decision": "next" of a thing to come, not of a stretch of time ("over the next two
    // years", "next spring", "the next morning"), which says when something else happens
    private static readonly Regex NextOfAThing = new(
        @"\bnext\s+(?!(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|couple\s+of)\s+)?(?:days?|weeks?|months?|years?|decades?|quarters?|hours?|minutes?|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|season|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)\p{L}",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "when is the primary", "when does the rule take effect", "when will owners be told": asked of a thing to come, or
    // of one set for now ("when is the hearing"), not of one past ("when was she born": a year answers that)
    private static readonly Regex ScheduledAsked = new(@"^(?i:when)\s+(?i:is|are|does|do|will|shall|['’]s)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a day of the calendar: "Aug. 11", "July 1", "Sept 12", "11 August"; not a dateline's ("LIMA, Nov 21 -"), which is
    // the day the story was filed
    private static readonly Regex CalendarDay = new(@"\b" + DayOfMonth + @"(?!\s*(?:\([^)]{1,20}\)\s*)?[-–—])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "Aug. 11", "July 1", "Sept 12", "11 August"
    private const string DayOfMonth =
        @"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2}\b" +
        @"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)";
    private const double CalendarDayWeight = 0.3;

    /// <summary>
    /// What the time a halt ends weighs for "when can she play again": more than a day the question's verb is dated
    /// ("played here in the old arena"), which is when it happened before, not again.
    /// </summary>
    private const double ResumedWeight = 2 * CalendarDayWeight;
    private const double ClockWeight = 0.4;

    private static readonly Regex SpeedWord = new(@"^(how)\s+fast\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>What a figure in the units of the measure asked ("how fast": "at 14 knots") adds, as a time of day does.</summary>
    private const double MeasureWeight = ClockWeight;
    private const double HourWeight = 0.3;

    // "how long will the plant be shut", "how long did the jurors deliberate": a stretch of time asked of a deed; not "how
    // long is the tunnel", which may ask a length
    private static readonly Regex DurationAsked = new(
        @"^(?i:how\s+long)\s+(?i:will|would|did|does|do|can|could|should|might|may|has|have|had)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "for up to ten days", "about 11 hours", "two more days": a count of a unit of time (not an age, "81 years old")
    private static readonly Regex DurationGiven = new(
        @"\b(?:" + SmallCount + @"|sixty|ninety|several|a\s+few)\s+(?:more\s+|full\s+|further\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+(?:old|ago)\b)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    /// <summary>What a figure given over the stretch a question asks adds ("$52,000 a year" for "each year").</summary>
    private const double RateWeight = 0.4;
    /// <summary>What a figure as it stood before a change adds, for "how many … before they raised it".</summary>
    private const double PriorFigureWeight = 0.4;
    /// <summary>What naming the side played adds, for "who do the Pikes play".</summary>
    private const double OpponentWeight = 0.6;
    // the verbs a question asks a match in (see AnswerTypes.AsksAnOpponent)
    private static readonly string[] MatchWords = ["play", "playing", "face", "facing", "meet", "meeting", "take", "taking"];
    // the words a question asks a value after a change in (see AnswerTypes.AsksARevisedValue)
    private static readonly string[] RevisionWords = ["new", "revised", "updated", "amended", "latest", "now"];
    // "when did the blast happen", "where did the crash occur": a question for when or where an event named by one noun
    // happened ("take place" is read as "happen" before)
    private static readonly Regex EventAsked = new(
        @"^(?i:when|where|(?:at\s+)?what\s+time)\s+(?i:did|does|do|will|would|was|is)\s+(?i:the|a|an|this|that)\s+(?:[\p{L}\-]+\s+){0,2}?(?<event>\p{Ll}[\p{L}\-]+)\s+(?i:happen|occur)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The general nouns by which an article refers back to an event it has named ("a rockfall … The accident happened
    /// at …"): mishaps, attacks and disasters of any kind.
    /// </summary>
    private static readonly string[] EventNouns = ["accident", "incident", "disaster", "tragedy", "explosion", "blast", "crash", "collision", "collapse", "attack", "fire"];

    /// <summary>What a sentence adds that says when or where the event asked happened in the question's verb.</summary>
    private const double HappenedWeight = 0.3;

    private static readonly Regex Happened = new(@"\b(?:happen|happens|happened|occur|occurs|occurred|took\s+place|struck)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>What a sentence adds that holds the common noun a yes/no question asks about beside its verb.</summary>
    private const double DoerWeight = 0.3;

    // the verbs of taking a side on a measure, which a vote cast on it answers (see VoteCast)
    private static readonly string[] BackingVerbs = ["support", "back", "oppose", "endorse", "favour", "favor", "approve", "reject"];

    // "voted against the measure", "votes for it", "voted unanimously in favour of": a side taken by a vote
    private static readonly Regex VoteCast = new(@"\bvot(?:ed|es|ing)\s+(?:unanimously\s+)?(?:against|for|in\s+favou?r\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>What a sentence that settles a yes/no question adds (see <see cref="Settles"/>).</summary>
    private const double SettlesWeight = 0.3;

    // the words that settle a yes/no question: a no ("would not seek", "isn't suing", "no charges were filed", "rejected", "ruled
    // out", "stopped short of") or a refusal to say ("declined to say whether", "has not decided", "yet to decide"); a
    // yes is written in the question's own words, which every sentence about the same thing holds too. A "not" set against
    // another thing ("about prices, not about power", "not only the price") denies nothing asked. A run "without a win"
    // says no to "did they win any", and a vote cast ("voted against the measure", "voted for it") settles whether its
    // voters backed it
    /// <summary>Does the sentence settle a yes/no question about what it tells (see <see cref="Settles"/>)?</summary>
    internal static bool SettlesAQuestion(string sentence) => Settles.IsMatch(sentence);

    private static readonly Regex Settles = new(
        @"(?<![,;]\s*)\bnot\b(?!\s+(?:only|just|merely|least)\b)|\b(?:never|\p{L}+n['’]t|no|none|nobody|neither|declined\s+to|refused\s+to|undecided|yet\s+to\s+decide|stopped\s+short\s+of|ruled\s+out|rejected|rejects|denied|denies)\b" +
        @"|\bwithout\s+(?:a|an|any|a\s+single)\s+(?!doubt\b|question\b)\p{L}|\bvot(?:ed|es|ing)\s+(?:unanimously\s+)?(?:against|for|in\s+favou?r\s+of)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "the board will vote on Tuesday", "when the ship docks in Tampa on Sunday": a weekday that a thing to come is set
    // for (after "will", "is due", "is set", "when" in its clause), as a day of the calendar is; not the weekday a story
    // reports something was said on ("said on Monday that …")
    private static readonly Regex WeekdayAhead = new(
        @"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|to)|when)\b[^.;:!?]{0,80}?\b(?:on|next|this|by|until|before)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "when can she play again", "when will imports start again": a thing halted, asked when it comes back; "when will the
    // hearing resume" asks it in the verb, and an adjournment answers it ("adjourned until 14 May")
    private static readonly Regex AgainAsked = new(@"\b(?:again|resum(?:e|es|ed|ing|ption)|restart(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // and the verb before it, past a place it is done in ("be sold in Ostria again"); not a noun its article or
    // possessive gives away ("take up the case again": the case does not return)
    private static readonly Regex VerbAgain = new(
        @"(?<!\b(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\s+)\b(?<verb>\p{Ll}[\p{Ll}\-]+)(?:\s+(?:into|in|to|from|at|on|for)\s+(?:the\s+)?[\p{L}\-]+)?\s+again\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // the words an article tells the end of a halt in: the thing comes back, starts over, is allowed back
    private static readonly string[] ResumedWords = ["return", "returns", "resume", "resumes", "resumption", "restart", "eligible", "reinstated"];

    // "when does the fare rise take effect", "when do the tariffs kick in", "when will the ban start": when something begins
    private static readonly Regex OnsetAsked = new(
        @"\b(?:take|takes|taking)\s+effect\b|\b(?:go|goes)\s+into\s+(?:effect|force)\b|\b(?:come|comes)\s+into\s+(?:effect|force)\b|\bkicks?\s+in\b|\b(?:start|starts|begin|begins|commence|commences)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "starting July 1", "beginning March 1", "effective Jan. 1", "as of May 5", "from April 8": the day something starts from
    private static readonly Regex OnsetDay = new(
        @"\b(?:starting|beginning|effective|from|as\s+of)\s+(?:on\s+)?" + DayOfMonth,
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "when was Lund mayor", "when were the Harts owners of the mill": a post or a state someone named held, not a deed
    // ("when was Lund born", "when was Lund arrested")
    private static readonly Regex RoleHeldAsked = new(
        @"^(?i:when)\s+(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’\-]*\s+)+(?:(?:a|an|the|its|their)\s+)?(?!(?:born|dead|alive|there|here|in|at|on|to|by|for|from|with|due|about)\b)\p{Ll}[\p{L}\-]*(?<!ed|en)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "from 1961 until 1989", "between 2004 and 2010", "2011-2015", "since 1998": the years a post or a state lasted
    private static readonly Regex YearSpan = new(
        @"\b(?:from|between)\s+(?:[\p{L}.]+\s+){0,2}?(?:1[89]|20)\d\d\s+(?:until|till|to|through|and)\s+(?:[\p{L}.]+\s+){0,2}?(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)\d\d|\d\d)\b|\bsince\s+(?:[\p{L}.]+\s+){0,2}?(?:1[89]|20)\d\d\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "which newspapers", "what companies": a plural noun asked for, answered by a list of names
    private static readonly Regex PluralWhich = new(@"^(?i:which|what)\s+\p{Ll}{3,}s\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // the words that open a cause ("after what she called a collapse", "because of the flood", "due to", "amid"), as
    // the analyzer keeps them; and how many words after the asked one the cause may open
    private HashSet<string>? _causeMarkers;
    private HashSet<string> CauseMarkers => _causeMarkers ??= new[] { "after", "because", "since", "due", "amid" }.SelectMany(index.Terms).ToHashSet();
    private const int CauseReach = 8;
    // (in the passive the thing blamed stands before the verb, "the poor harvest was blamed on drought", so nothing need
    // stand between the verb and "on" or "to")
    private static readonly Regex CauseNamed = new(
        @"\bblam(?:e|ed|es|ing)\s+(?:[\p{L}'’\-]+\s+){0,6}?on\b|\b(?:caused|triggered|sparked|brought\s+on)\s+by\b" +
        // "made worse by a long dry spell", "fanned by strong winds", "fuelled by": what fed something asked about is its cause
        @"|\b(?:made\s+worse|worsened|aggravated|exacerbated|fuell?ed|fanned|driven)\s+by\b" +
        @"|\b(?:main|chief|primary|leading|root|biggest|underlying)\s+(?:causes?|reasons?)\b|\bcauses?\s+(?:of\s+(?:[\p{L}'’\-]+\s+){1,5}?)?(?:was|were|is|are|included?)\b" +
        @"|\b(?:stemm?(?:ed|s|ing)?|result(?:ed|s|ing)?)\s+from\b|\b(?:because|as\s+a\s+result)\s+of\b|\battribut(?:ed|es)\s+(?:[\p{L}'’\-]+\s+){0,6}?to\b" +
        // "cancelled over safety fears", "citing the risk of flooding", "after police raised concerns about crowding": the
        // worry a decision answers, which news gives as its reason
        @"|\bciting\b|\bover\s+(?:[\p{L}'’\-]+\s+){0,3}?(?:concerns?|fears?|worries|doubts)\b|\b(?:concerns?|fears?|worries)\s+(?:about|over)\b" +
        // "thanks to quick-acting staff", "was linked to a faulty valve", "inspections pointed to a
        // cracked blade", "that is why the roof held", "the likely cause": the other words news gives a cause in (not a
        // figure's "points to": "lowered by 25 basis points to 2.5%"; nor "leading to", which tells what followed a cause
        // of its own: "prions cause holes in the brain, leading to death" is no cause of a death asked about)
        @"|\bthanks\s+to\b|\b(?:is|was|were|are|been|be)\s+linked\s+to\b|\bpointed\s+to\b|(?<!\d[\d.,]*\s+(?:\p{L}+\s+)?)\bpoint(?:s|ing)?\s+to\b" +
        @"|\b(?:that|this|which)(?:\s+is|\s+was|['’]s)\s+why\b|\b(?:likely|probable|possible|suspected)\s+causes?\b" +
        // "in the absence of a permit, the works cannot start", "for lack of funds", "owing to the storm", "in view of his
        // age": what a decision or an outcome rests on, worded as the condition it follows from
        @"|\b(?:in\s+the\s+absence\s+of|for\s+(?:lack|want)\s+of|owing\s+to|in\s+view\s+of)\b" +
        // "rising rents made it impossible to stay open", "the drought made it harder to feed the herd": what kept
        // someone from doing a thing, the reason they stopped or gave it up
        @"|\b(?:made|make|makes|making)\s+it\s+(?:\p{L}+\s+)?(?:impossible|harder|hard|difficult|too\s+\p{L}+|unviable|uneconomic(?:al)?|unaffordable)\s+to\b" +
        // "the hall has grown too cramped for a choir", "the twins are too young to enrol": a state that keeps from doing
        // what is asked about, worded as what it falls short of (not "too early to say", "too soon to tell", which give no
        // cause; nor how a deed was done, "had dithered too long to act", which is no state of anything; nor "it seemed too late
        // to flee", a judgment of the moment, not of a thing)
        @"|(?<!\b(?:it|this|that)\s*)\b(?:is|are|was|were|be|been|being|['’]s|['’]re|remains?|remained|seems?|seemed|becomes?|became|grown|grew|deemed|considered|judged)\s+(?:(?:still|now|simply|already|far|much|just|thought)\s+)?too\s+(?!(?:early|soon|late)\b)\p{L}+\s+(?:to|for)\b" +
        // "fined the dairy for watering down its milk", "a penalty on the firm for breaking the rules": a sanction and
        // the deed it punishes, a gerund taking its object (not "sold for housing", where the -ing word is a noun)
        @"|\b(?:fine[ds]?|fining|penal(?:ty|ties|i[sz]e[ds]?|i[sz]ing)|sentenced|jailed|convicted|punish(?:ed|es|ing)?|sanction(?:ed|s)?|suspended|banned|disciplined|reprimanded)\b(?:\s+[^\s.;]+){0,12}?\s+for\s+\p{Ll}+ing\s+(?:its|their|his|her|the|a|an|it|them|him|our|your|my)\b" +
        // "blocked the road, demanding that the mill close", "struck in protest at the cuts": the demand or grievance a
        // protest is held for, which news gives as its reason
        @"|\bdemand(?:ing|ed|s)?\s+that\b|\bin\s+protest\s+(?:at|against|over)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Does the sentence name a cause in the words news gives one in ("was caused by", "blamed … on", "made it
    /// impossible to"), whatever it is the cause of?
    /// </summary>
    public static bool NamesACause(string sentence) => CauseNamed.IsMatch(sentence);
    // "the cause was heart failure", "the cause of death was …", "complications of pneumonia", "succumbed to cancer"
    private static readonly Regex DeathCause = new(
        @"\b(?:the\s+cause\s+(?:of\s+(?:\p{L}+\s+){0,2}?death\s+)?(?:was|is|were)|complications\s+(?:of|from)|succumbed\s+to)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex ConsequenceMarker = new(@",\s+(?:and\s+)?so\s+(?!(?:that|far|much|many|long|to|as|too|called)\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex HeadlineWord = new(@"\b\p{L}{4,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// A headline in title case ("Mayor Headed to Court But Diverted to Avoid Delay") capitalizes every word: there a
    /// capital says nothing of a place or a name.
    /// </summary>
    private static bool CapitalizedForStyle(IndexedSentence sentence, AnswerType expected)
    {
        if (!(sentence.IsHeading || sentence.Paragraph == 0) || expected is not (AnswerType.Place or AnswerType.Person or AnswerType.Named)) return false;
        var words = HeadlineWord.Matches(sentence.Text);
        return words.Count >= 4 && words.Count(w => char.IsUpper(w.Value[0])) >= 0.8 * words.Count;
    }

    // "who is Vera Lind", "where does Vera Lind work", "what does Lind do": asked who someone is
    private static readonly Regex IdentityQuestion = new(
        @"^(?:who\s+(?:is|was)\s|where\s+(?:does|did|do)\s.+\swork\b|what\s+(?:does|did)\s.+\sdo$|what\s+(?:is|was)\s.+(?:'s|’s)\s+(?:job|title|role|position|occupation)\b)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "who shot Ivan Petrov Moss?": who did something to a person named in full, the name ending the question
    private static readonly Regex WhoDidItTo = new(
        @"^(?i:who)\s+(?!(?i:is|was|are|were|has|have|had|will|would|did|does|do|can|could|said|says|say)\b)\p{Ll}[\p{Ll}\-]+\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*)+\s*[?.!]?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "who shot Ivan Moss", "was the officer who shot Moss armed", "who is suing the city": a deed, its verb and what it
    // was done to (a name's last word, or a noun)
    private static readonly Regex DeedClause = new(
        @"\b(?i:who)\s+(?:(?:is|was|are|were|has|have|had)\s+)?(?<verb>\p{Ll}[\p{Ll}\-]+)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*)*)|(?<noun>\p{Ll}[\p{Ll}\-]+))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The stems of the deed's verb (its other forms too) and of what it was done to, when the question asks of one.</summary>
    private (HashSet<string> Verb, string Object)? Deed(string text)
    {
        var m = DeedClause.Match(text);
        if (!m.Success || QuestionWords.Contains(m.Groups["verb"].Value) || index.Terms(m.Groups["verb"].Value) is not [var verb]) return null;
        var done = m.Groups["name"].Success ? m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] : m.Groups["noun"].Value;
        if (index.Terms(done) is not [var target]) return null;
        var forms = _variants.Of(verb, false).Where(v => v.Weight >= 1).Select(v => v.Term).Append(verb).ToHashSet();
        return (forms, target);
    }

    /// <summary>Does the sentence write the deed's verb with what it was done to right after it ("shot Moss", "shot the driver Moss")?</summary>
    private bool DoneTo((HashSet<string> Verb, string Object) deed, string sentence)
    {
        var terms = index.Terms(sentence);
        for (int i = 0; i < terms.Count; i++)
            if (deed.Verb.Contains(terms[i]))
                for (int j = i + 1; j < terms.Count && j <= i + 2; j++)
                    if (terms[j] == deed.Object) return true;
        return false;
    }

    // "tell me about Larkin TV", "what is Larkin TV?": asked what a name is, the question being the name alone
    /// <summary>"Tell me about Larkin TV", "what is the Tally Project": asked what a name is, which the sentence defining it answers.</summary>
    public static bool AsksWhatANameIs(string text) => DefinitionQuestion.IsMatch(text.Trim());

    private static readonly Regex DefinitionQuestion = new(
        @"^(?i:tell\s+me\s+(?:more\s+)?about|what\s+(?:is|are|was|were))\s+(?i:the\s+)?(?<name>\p{Lu}[\p{L}\p{N}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’\-]*)*)\s*[?.!]?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// For a question about who someone is, the sentence that introduces them with an apposition ("Vera Lind, an
    /// economist at the Harmon Institute, said …"): that is where the articles say who they are.
    /// </summary>
    private static Regex? Introduction(string text)
    {
        // "tell me about Larkin TV", "what is Larkin TV": the sentence that says what the name is ("Larkin TV is the …")
        if (DefinitionQuestion.Match(text.Trim()) is { Success: true } defined)
        {
            // "Dr. Lowe" is written "Lowe" once named; "Lowe is hardly a neutral voice", "Lowe is not a household name"
            // define as well, and so does who stands behind it ("Larkin TV is owned by the …", "… is run by a …")
            var name = Regex.Escape(CourtesyTitle.Replace(defined.Groups["name"].Value, "").TrimEnd('.', '\'', '’'));
            return new Regex($@"\b{name}(?:\s+(?:is|was|are|were)(?:\s+\p{{Ll}}+(?:\s+by)?)?|,)\s+(?:a|an|the)\s", RegexOptions.CultureInvariant);
        }
        if (!IdentityQuestion.IsMatch(text.Trim())) return null;
        var surnames = NameRun.Matches(text).Where(m => m.Index > 0)
            .Select(m => m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('.', '\'', '’'))
            .Where(w => w.Length > 1).Select(Regex.Escape).Distinct().ToList();
        return surnames.Count == 0 ? null
            : new Regex($@"\b(?:{string.Join('|', surnames)}),\s+(?:a|an|the|who)\s", RegexOptions.CultureInvariant);
    }

    private static readonly Regex CourtesyTitle = new(@"^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+(?=\p{Lu})", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex GivenNameAfterSurname = new(@"^\p{Lu}\p{Ll}+-\p{Ll}+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex NameRun = new(@"(?<=^|\s)(?<name>\p{Lu}[\p{L}\p{N}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’\-]*)*)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The question's names (capitalized words after its first), and for each word of a full name, its surname.
    /// </summary>
    private (HashSet<string> Names, Dictionary<string, string> SurnameOf) Names(string text, IReadOnlyList<string> questionTerms)
    {
        var names = new HashSet<string>();
        var surnameOf = new Dictionary<string, string>();
        foreach (Match m in NameRun.Matches(text))
        {
            var name = m.Groups["name"];
            var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (name.Index == 0) words.RemoveAt(0);
            var terms = words.SelectMany(index.Terms).Where(questionTerms.Contains).ToList();
            if (terms.Count == 0) continue;
            names.UnionWith(terms);
            if (words.Count < 2) continue;
            // a given name hyphenated in lower case after the surname ("Ryu Jae-won", "Chae Min-jun") leaves the
            // surname first, as the articles write it alone ("Mr. Ryu")
            var surname = words.Count == 2 && GivenNameAfterSurname.IsMatch(words[1]) && index.Terms(words[0]) is [var first] && terms.Contains(first)
                ? first : terms[^1];
            foreach (var term in terms.Where(t => t != surname)) surnameOf.TryAdd(term, surname);
        }
        return (names, surnameOf);
    }

    /// <summary>
    /// The last word of each name of two words or more the question writes ("Tessmoor Ferries": "ferri"), with the
    /// stems of the words before it.
    /// </summary>
    private Dictionary<string, HashSet<string>> LastWordsOfNames(string text, IReadOnlyList<string> questionTerms)
    {
        var lastWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match m in NameRun.Matches(text))
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (m.Groups["name"].Index == 0) words.RemoveAt(0);
            var terms = words.Select(w => index.Terms(w) is [var t] ? t : "").ToList();
            if (terms.Count < 2 || terms.Any(t => t.Length == 0) || !questionTerms.Contains(terms[^1])) continue;
            if (!lastWords.TryGetValue(terms[^1], out var before)) lastWords[terms[^1]] = before = new HashSet<string>(StringComparer.Ordinal);
            before.UnionWith(terms.Take(terms.Count - 1));
        }
        return lastWords;
    }

    /// <summary>
    /// The last words of the question's names that a sentence (or a headline) writes only as the last word of another
    /// name, after a capitalized word of the sentence's own that is none of the name asked, no title and no day
    /// ("Islay Ferries" where "Tessmoor Ferries" is asked, "Brisa Air" where "Velora Air" is): a name borne by another,
    /// which says nothing of the one asked. Not where the sentence writes one of the asked name's other words
    /// ("Tessmoor" beside "the Islay Ferries deal"), nor where it writes the word once more on its own.
    /// </summary>
    private IEnumerable<string> OtherBearers(string sentence, Dictionary<string, HashSet<string>> lastWords, HashSet<string> held)
    {
        foreach (var (last, before) in lastWords)
        {
            if (held.Overlaps(before)) continue;
            bool another = false, alone = false;
            Match? previous = null;
            for (var word = NameWord.Match(sentence); word.Success && !alone; previous = word, word = word.NextMatch())
            {
                if (index.Terms(word.Value) is not [var stem] || stem != last) continue;
                bool named = char.IsUpper(word.Value[0]) && previous is not null && char.IsUpper(previous.Value[0])
                             && string.IsNullOrWhiteSpace(sentence[(previous.Index + previous.Length)..word.Index])
                             && !Calendar.IsMatch(previous.Value) && !Lexicon.Default.Titles.Contains(previous.Value.ToLowerInvariant())
                             && !previous.Value.EndsWith("'s", StringComparison.Ordinal) && !previous.Value.EndsWith("’s", StringComparison.Ordinal)
                             && index.Terms(previous.Value) is [var other] && !before.Contains(other);
                if (named) another = true;
                else alone = true;
            }
            if (another && !alone) yield return last;
        }
    }

    /// <summary>Does the text write a word of this stem in lower case ("the ferry", "ferries")?</summary>
    private bool WritesInLowerCase(string text, string stem)
    {
        for (var word = NameWord.Match(text); word.Success; word = word.NextMatch())
            if (char.IsLower(word.Value[0]) && word.Value[0] == stem[0] && index.Terms(word.Value) is [var found] && found == stem) return true;
        return false;
    }

    // a word as a name is written: letters and digits, an apostrophe or a hyphen inside ("O'Neill", "Hewlett-Packard");
    // an owner before a name ("NASA's Hubble") is no other bearer of it
    private static readonly Regex NameWord = new(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Does the question name someone or something that no article names: a one-word name no sentence holds, or a
    /// longer one no sentence writes as a phrase ("the Federal Reserve", where the articles only hold "federal" and
    /// "reservations"). One query per name of the question.
    /// </summary>
    private bool NamesUnwritten(IndexView view, string text, IReadOnlyList<string> questionTerms, Query? filter, Func<string, bool> writtenOtherwise)
    {
        foreach (Match m in NameRun.Matches(text))
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).AsEnumerable();
            if (m.Index == 0) words = words.Skip(1);
            foreach (var part in WithoutOwningAcronym(words.ToList()))
            {
                var terms = part.SelectMany(index.Terms).Where(questionTerms.Contains).Distinct().ToList();
                if (terms.Count == 1 && view.DocFreq(terms[0]) == 0 && !writtenOtherwise(terms[0])) return true;
                if (terms.Count < 2) continue;
                var phrase = new PhraseQuery { Slop = 2 };
                foreach (var term in terms) phrase.Add(new Term(SentenceIndex.Fields.Text, term));
                if (view.Search(Filtered(phrase, filter), 1).Count == 0) return true;
            }
        }
        return false;
    }

    // "CNF", "C.N.F." (or "C.N.F" as a question's words are read, the last dot left out)
    private static readonly Regex AcronymWord = new(@"^(?:\p{Lu}{2,6}|\p{Lu}(?:\.\p{Lu}){1,4}\.?)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"C.N.F." for "CNF", "CNF" for "C.N.F.".</summary>
    private static string OtherSpelling(string acronym) =>
        acronym.Contains('.') ? acronym.Replace(".", "") : string.Join('.', acronym.ToCharArray()) + ".";

    /// <summary>
    /// "the U.N. Security Council", "the EU Commission": an acronym opening a longer name is whose it is, which the
    /// articles write apart as often as together ("the Security Council of the United Nations"): the acronym and the
    /// rest are each a name.
    /// </summary>
    private static IEnumerable<List<string>> WithoutOwningAcronym(List<string> words) =>
        words.Count > 1 && AcronymWord.IsMatch(words[0]) ? [[words[0]], words.Skip(1).ToList()] : [words];

    // "when was the curfew in Millbrook lifted", "what was the final score in the game": the subject of a wh-question,
    // when a preposition or the end marks where it stops ("the first debate take place" is no noun phrase to trust)
    private static readonly Regex Subject = new(
        @"^how\s+(?:much|many)\s+(?!(?:of|did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|more|less|the|a|an|he|she|they|it|we|you|i)\b)(?<counted>[\p{Ll}\-]+)|^(?:when|where|why|how|what|which\s+\w+)\s+(?:was|is|were|are|did|does|do|will|would|has|have|had|can|could)\s+(?:the|a|an|this|that|these|those)\s+(?<np>(?:(?!(?:of|in|on|at|for|to|from|with|by|against|about|over|after|before|the|a|an|be|been|being|get|got)\b)[\p{Ll}\-]+\s*){1,3})(?=(?:of|in|on|at|for|to|from|with|by|against|about|over|after|before)\b|$)" +
        // "the title of Vedder's memoir", "the capital of Australia": what the attribute is of is the subject
        @"(?:of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?<of>(?:(?!(?:of|in|on|at|for|to|from|with|by|against|about|over|after|before|the|a|an)\b)[\p{L}'’\-]+\s*){1,3}))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// For "how many members …", a number right before the counted noun ("the 447 members", "312 union members"); spelled,
    /// a number in words too ("three members") or the noun's number or total given ("the number of members rose to 40").
    /// </summary>
    private static Regex? CountOf(string text, bool spelled = false)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || Subject.Match(char.ToLowerInvariant(trimmed[0]) + trimmed[1..]) is not { Success: true } m || !m.Groups["counted"].Success) return null;
        var noun = m.Groups["counted"].Value;
        // "how many people": people counted by what they are ("850 likely voters", "1,200 residents"), a plural of
        // those who do or are something
        var counted = noun is "people" or "persons" or "individuals"
            ? @"(?:people|persons|individuals|adults|children|men|women|\p{L}+(?:er|or|ent|ant|ian|ist)s)\b"
            : Regex.Escape(noun.Length > 3 && noun.EndsWith('s') ? noun[..^1] : noun);
        var number = spelled
            ? @"(?:" + SmallCount + @"|\p{L}+ty|hundreds?|thousands?|millions?|dozens?|several|few|many|some|all|no|every)"
            : @"\d[\d,.]*";
        // and a count written after the noun ("workers voted 310 to 42", "passengers numbered 286")
        var total = spelled ? $@"|\b(?:number|total|count|tally)\s+of\s+(?:[\p{{L}}\-]+\s+){{0,2}}{counted}|{counted}\p{{L}}*\s+(?:[\p{{L}}\-]+\s+){{0,2}}\d" : "";
        return new Regex($@"\b{number}\s+(?:[\p{{L}}\-]+\s+){{0,2}}{counted}{total}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>
    /// "cut its payout by 40 per cent last year": every figure is a share, a sum of money or a year, none a number of things
    /// counted, so none can count what a question names that the articles never write.
    /// </summary>
    private static bool GivesNoCountOfThings(string sentence) => !CountedFigure.IsMatch(sentence) && !SpelledCount.IsMatch(sentence);

    // "six have arrived", "a crowd of thirty thousand": a count in words
    private static readonly Regex SpelledCount = new(
        @"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b(?!\s+(?:percent\b|per\s+cent\b))",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a figure that is no share ("%", "percent", "per cent"), no sum ("$4", "4 million euros") and no year ("back in the spring of a year")
    private static readonly Regex CountedFigure = new(
        @"(?<![\d,.$€£¥])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?!\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|thousand|bn|m)?\s*(?:dollars?|euros?|pounds?|kroner|crowns?|francs?|yen|yuan|rupees?)\b)|[\d,.])",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex HowMany = new(@"^\s*how\s+many\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static bool Counts(Regex count, string sentence)
    {
        try { return count.IsMatch(sentence); }
        catch (RegexMatchTimeoutException) { return false; }
    }

    // "what is the population of Lisbon", "what was Lund's salary", "what is the town's annual budget"
    private static readonly Regex MeasureOf = new(
        @"^(?i:what)\s+(?:is|was|are|were)\s+(?:(?:the|its|their|his|her)\s+(?:(?:annual|yearly|current|total|estimated|monthly)\s+)?(?<measure>\p{Ll}+)\s+of\s|(?:the\s+)?(?:\p{L}[\p{L}.\-]*\s+){0,3}?\p{L}[\p{L}.\-]*['’]s?\s+(?:(?:annual|yearly|current|total|estimated|monthly)\s+)?(?<measure>\p{Ll}+)\s*[?.!]?$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The measures of a person or a place a sentence gives in their own words or a word for them (see
    /// <see cref="WordVariants"/>); not a company's revenue, which articles write in many words ("sales of $6 billion").
    /// </summary>
    private static readonly HashSet<string> MeasuredAttributes = new(StringComparer.Ordinal)
    {
        "population", "salary", "income", "wage", "wages", "pay",
    };

    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "name", "names", "kind", "type", "sort", "way", "reason", "purpose", "number", "amount", "total", "result", "cause", "part",
    };

    // "the final score", "the vote count", "the tally": a result given as two numbers ("won 61-58", "ruled 5-2"), a
    // sentence that need not write the noun
    private static readonly HashSet<string> TallyHeads = new(StringComparer.Ordinal) { "score", "tally", "count", "vote", "votes", "margin" };

    // "how much did the painting go for", "how much was the house sold for": the price a sale settled on, asked after it
    private static readonly Regex SalePriceAsked = new(@"^(?i:how\s+much)\s+(?:did|was|were|had|has|have)\s+.+?\s+(?:go|gone|sell|sold|fetch|fetched)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex CostAsked = new(@"^(?i:how\s+much|what)\s+(?:did|does|do|will|would|could|can|has|have|had)\s+.+?\s+cost\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "by what margin did it pass", "how far ahead is she", "how far behind", "by how much did it pass", "by how many votes"
    private static readonly Regex MarginAsked = new(@"^(?i:(?:by\s+)?(?:what|which)\s+margin\b|how\s+far\s+(?:ahead|behind)|by\s+how\s+(?:much|many|wide|big|large|narrow)|how\s+(?:big|large|wide|narrow|slim|close)\s+(?:is|was|a)\s+(?:\S+\s+){0,3}?(?:lead|margin|edge|majority)\b)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a count written in figures or in the words news uses for small numbers ("412", "eleven", "fifteen", "forty")
    private const string SmallCount = @"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty";

    // "by 412 votes", "by eleven points", "by 3 percentage points", "by 2%": the margin between two, given as a number; not
    // a change ("sales rose by 22 percent"), which is no lead of one over another
    private static readonly Regex MarginGiven = new(
        @"(?<!\b(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|increased?|increases|decreased?|decreases|grew|grown|grows|dropped|drops|declined?|declines|jumped|jumps|climbed|climbs|cut|reduced?|raised?|slid|slipped|gained|shrank|shrunk|surged|soared|plunged|tumbled|swelled)\s+(?:\S+\s+){0,2})\bby\s+(?:(?:about|nearly|almost|just|only|roughly|some|barely|more\s+than|fewer\s+than|less\s+than)\s+)?(?:" + SmallCount + @"|a\s+few|a\s+handful\s+of|a\s+dozen)\s*(?:%|percent\b|(?:percentage\s+)?points?\b|votes?\b|seats?\b|runs?\b|goals?\b|strokes?\b|seconds?\b|lengths?\b|delegates?\b)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "crossed the line 0.2 seconds ahead", "finished three lengths clear", "two points in front": a winner's margin
    // written as how far ahead it finished, which says whose lead it is without "by"
    private static readonly Regex LeadGiven = new(
        @"\b(?:" + SmallCount + @")\s+(?:(?:percentage\s+)?points?|votes?|seats?|runs?|goals?|strokes?|seconds?|minutes?|lengths?|laps?|shots?)\s+(?:ahead|clear|in\s+front)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>How many words before a margin the word it is a margin of may stand ("leads Mayor Orwell by 412 votes").</summary>
    private const int MarginReach = 8;

    private static readonly Regex TallyAsked = new(@"^(?i:(?:by\s+)?(?:what|which)\s+(?:margin|tally|score)\b)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// A tally the game stood at on the way ("a penalty at 1-1 in the second half", "tied at 2-2"), not its result, which
    /// is what a score asked for is.
    /// </summary>
    private static bool Interim(string sentence, int tallyAt) => InterimBefore.IsMatch(sentence[..tallyAt]);

    private static readonly Regex InterimBefore = new(@"\b(?:at|tied\s+at|level\s+at)\s+$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Tally = new(@"\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]\d)|\b\d{1,3}\s+to\s+\d{1,3}\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The subject asked about (its head's stems), whether it is counted ("how many members"), and whether it is a
    /// tally ("what was the final score").
    /// </summary>
    private (IEnumerable<string> Words, bool Counted, bool Tallied) Focus(string text)
    {
        if (text.Trim() is not { Length: > 0 } trimmed) return ([], false, false);
        // "by what margin did the board vote", "what tally did it post": a tally asked for in so many words
        if (TallyAsked.IsMatch(trimmed)) return ([], false, true);
        // "what is the population of Lisbon", "what is Raman's annual salary": a measure of someone or something, which a
        // sentence naming them without it does not give (a sentence about Lisbon is no population)
        if (MeasureOf.Match(trimmed) is { Success: true } measure && MeasuredAttributes.Contains(measure.Groups["measure"].Value.ToLowerInvariant()))
            return (index.Terms(measure.Groups["measure"].Value), false, false);
        if (Subject.Match(char.ToLowerInvariant(trimmed[0]) + trimmed[1..]) is not { Success: true } m) return ([], false, false);
        if (m.Groups["counted"].Success) return (index.Terms(m.Groups["counted"].Value), true, false);
        // the head of the phrase is its last word ("the final score": score; "the Panthers game": game)
        var phrase = (m.Groups["of"].Success ? m.Groups["of"] : m.Groups["np"]).Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool tallied = m.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var head] && TallyHeads.Contains(head);
        // "the fishing ban hours", "the polling times": hours given as times of day ("from 9 p.m. to 5 a.m."), which a sentence
        // need not call hours; the thing they are the hours of is what it writes
        if (phrase.Length > 1 && ClockHeads.Contains(phrase[^1])) return (index.Terms(phrase[^2]), false, tallied);
        return phrase.Length == 0 || GenericHeads.Contains(phrase[^1]) ? ([], false, tallied) : (index.Terms(phrase[^1]), false, tallied);
    }

    private static readonly HashSet<string> ClockHeads = new(StringComparer.Ordinal) { "hours", "times" };

    /// <summary>
    /// "why did the government opt for …", "when will the county start …": after "did" or "will" the subject is followed
    /// by its bare verb, so the phrase <see cref="Focus"/> reads as the subject may end on that verb, and the word before
    /// it is the subject's head (whole words only: "how did the burglars break into …" ends on no preposition "in").
    /// </summary>
    private IEnumerable<string> SubjectBeforeItsVerb(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !DoneByASubject.IsMatch(trimmed)) return [];
        var lowered = char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
        if (Subject.Match(lowered) is not { Success: true } m || !m.Groups["np"].Success || m.Groups["of"].Success || !EndsAWord(lowered, m.Groups["np"])) return [];
        var phrase = m.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return phrase.Length > 1 && !GenericHeads.Contains(phrase[^2]) ? index.Terms(phrase[^2]) : [];
    }

    private static bool EndsAWord(string text, Group phrase) =>
        phrase.Index + phrase.Length >= text.Length || !char.IsLetter(text[phrase.Index + phrase.Length]) || char.IsWhiteSpace(phrase.Value[^1]);

    // a wh-question whose subject is followed by a bare verb ("why did the board …", "when will the mill …")
    private static readonly Regex DoneByASubject = new(
        @"^(?i:when|where|why|how|what|which\s+\w+)\s+(?i:did|does|do|will|would|can|could)\s", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "will the newspapers appeal …", "does the plan cover …": the verb after a subject that is no name. A named
    // subject weighs as a name already ("did Moscow agree to talks" is about Moscow: "Moscow refused"), while a common
    // noun is often reworded in the articles ("the news outlets"), which leaves the verb to say what is asked.
    // A subject of two common nouns ("did the harbour board sell the pier", "did the health minister defend the cuts")
    // has its verb third, where the object follows it (an article, a possessive, a name): the second word is no verb
    // there. A pronoun or a preposition after the second word ("did the judge give her", "did the auditor call for")
    // makes that word the verb.
    private static readonly Regex YesNo = new(
        @"^(?:will|would|did|does|do|can|could|should|might|may)\s+(?:the|a|an|this|that|these|those|his|her|their|its)\s+(?<subject>\p{Ll}[\p{L}\-]*\s+(?!(?:who|which|that)\b)\p{Ll}[\p{L}\-]*)\s+(?!" + NoVerb + @"\b)(?<verb>\p{Ll}[\p{Ll}\-]+)(?=\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its|any|all)\s|\p{Lu}))" +
        @"|^(?:will|would|did|does|do|can|could|should|might|may)\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its)\s+(?<subject>\p{Ll}[\p{L}\-]*)|he|she|they|it|we)\s+(?<verb>\p{Ll}[\p{Ll}\-]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // the words that stand after a verb, never as one: articles, pronouns, prepositions
    private const string NoVerb =
        "(?:the|a|an|this|that|these|those|his|her|their|its|him|them|us|me|it|any|all|to|for|about|of|in|on|at|from|by|with|into|over|up|out|off)";

    // "what will the US give …", "what did Vera Lind propose": the verb after the subject, named or not
    private static readonly Regex WhatVerb = new(
        @"^what\s+(?:will|would|did|does|do|can|could|should|might|may)\s+(?:(?:(?:the|a|an|this|that|these|those|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}.'’\-]*\s+)+|(?:the|a|an|this|that|these|those|his|her|their|its)\s+\p{Ll}[\p{L}\-]*\s+|(?:he|she|they|it|we)\s+)(?<verb>\p{Ll}[\p{Ll}\-]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "how many jobs did the economy add", "how many fans were detained": the verb of what is counted, not a sentence
    // counting the same noun for another deed ("a bill that would support 300,000 jobs")
    private static readonly Regex HowManyVerb = new(
        @"^(?i:how)\s+(?:many|much)\s+(?:[\p{L}\-]+\s+){1,3}?(?:(?:will|would|did|does|do|can|could|should|might|may|has|have|had)\s+(?:(?:(?:the|a|an|this|that|these|those|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}.'’\-]*\s+)+|(?:the|a|an|this|that|these|those|his|her|their|its)\s+\p{Ll}[\p{L}\-]*\s+|(?:he|she|they|it|we)\s+)(?<verb>\p{Ll}[\p{Ll}\-]+)" +
        @"|(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be)\s+(?<verb>\p{Ll}[\p{Ll}\-]+(?:ed|en)))" +
        // the verb ends the question or a preposition, an article or a name follows it ("add in October", "hit?"): not the
        // second noun of a subject ("could the data center use")
        @"(?=\s+(?:in|on|at|to|from|for|by|with|during|over|since|after|before|last|this|the|a|an|\p{Lu})\b|\s*[?.!]?$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozen", "dozens", "hundred", "hundreds",
    };

    /// <summary>Does a number stand right by the deed's verb ("14 people were detained", "added just 64,000 jobs")?</summary>
    private bool CountsTheDeed(HashSet<string> deed, string sentence)
    {
        var stems = index.Terms(sentence);
        for (int i = 0; i < stems.Count; i++)
            if (deed.Contains(stems[i]))
                for (int j = Math.Max(0, i - 4); j < stems.Count && j <= i + 3; j++)
                    if (j != i && (char.IsDigit(stems[j][0]) || NumberWords.Contains(stems[j]))) return true;
        return false;
    }

    // "how many teachers were fired", "how many homes have been destroyed": a count of what was done to them
    private static readonly Regex PassiveCount = new(
        @"^(?i:how)\s+many\s+(?<things>(?:[\p{L}\-]+\s+){1,3}?)(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?<verb>\p{Ll}[\p{Ll}\-]+(?:ed|en))\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Word = new(@"[\p{L}\d][\p{L}\d,.\-]*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Does a number stand by the deed asked, written as a deed ("nine porters had been arrested", "detained 31 people"):
    /// the verb itself in a verb's form ("fired", "firing", not "the fire" its stem shares), or a word for it either way
    /// ("dismissed" for "fired", "arrested" for "detained", "dead" for "killed").
    /// </summary>
    private bool NumbersTheDeed(HashSet<string> verb, HashSet<string> deed, string sentence, HashSet<string> things)
    {
        var matches = Word.Matches(sentence);
        var words = matches.Select(m => m.Value).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            var stems = index.Terms(words[i]);
            bool asked = stems.Any(verb.Contains);
            bool other = !asked && stems.Any(t => deed.Contains(t) || _variants.SynonymsOf(t).Any(verb.Contains));
            // the word as written, without the comma or period a word may carry ("were canceled, the airline said")
            // ("the evacuation of 212 residents": the deed's noun with "of" and what it was done to counts it too)
            if (!other && !(asked && (VerbForm.IsMatch(words[i].TrimEnd(',', '.')) || IsDeedNounOf(words, i)))) continue;
            for (int j = Math.Max(0, i - 5); j < words.Count && j <= i + 4; j++)
                if (j != i && IsCount(words[j])) return true;
            if (i > 0 && PassiveAuxiliaries.Contains(words[i - 1].ToLowerInvariant()) && CountsTheSubject(sentence[..matches[i - 1].Index], things)) return true;
        }
        return false;
    }

    /// <summary>"the evacuation of", "the dismissal of": a noun made of the deed's verb, followed by "of".</summary>
    private static bool IsDeedNounOf(List<string> words, int i) =>
        i + 1 < words.Count && words[i + 1] == "of" && DeedNoun.IsMatch(words[i]);

    private static readonly Regex DeedNoun = new(@"\p{Ll}{3,}(?:ion|ment|al)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // where the clause of a verb ends: a clause mark, or a word opening another clause ("damaged while it sat in storage")
    private static readonly Regex VerbClauseEnd = new(
        @"[,;:()—–]|\b(?:and|but|when|while|whereas|because|although|though|which|who|whom|whose)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private const int TimeReach = 10;

    /// <summary>Does the sentence give a time within the clause of the verb asked, a few words either side of it?</summary>
    private bool TimesTheVerb(HashSet<string> verb, string sentence, string questionLower) =>
        GivenBesideTheVerb(verb, sentence, AnswerTypes.TimesGiven(sentence, questionLower).ToList());

    /// <summary>Does the sentence give one of the answers at <paramref name="times"/> within the clause of the verb asked, a few words either side of it?</summary>
    private bool GivenBesideTheVerb(HashSet<string> verb, string sentence, List<int> times)
    {
        if (times.Count == 0) return false;
        var words = Word.Matches(sentence);
        var ends = VerbClauseEnd.Matches(sentence).Select(m => m.Index).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            if (!index.Terms(words[i].Value).Any(verb.Contains)) continue;
            int from = words[Math.Max(0, i - TimeReach)].Index, to = words[Math.Min(words.Count - 1, i + TimeReach)].Index + 1;
            from = Math.Max(from, ends.Where(e => e < words[i].Index).DefaultIfEmpty(-1).Max() + 1);
            to = Math.Min(to, ends.Where(e => e > words[i].Index).DefaultIfEmpty(sentence.Length).Min());
            if (times.Any(t => t >= from && t < to)) return true;
        }
        return false;
    }

    private static bool IsCount(string word) => char.IsDigit(word[0]) || NumberWords.Contains(word.ToLowerInvariant());

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "were", "was", "been", "be", "are", "is" };

    // where the subject of a clause starts: a clause mark, or a conjunction opening another clause
    private static readonly Regex ClauseOpening = new(
        @"[,;:()—–]|\b(?:before|after|while|when|until|because|although|though|whereas)\b" +
        // "and" or "but" opens a clause where a new subject follows ("and the rest were cancelled"), not where it joins
        // one thing counted to another ("52 huts and sheds were flattened")
        @"|\b(?:and|but)\s+(?=(?:the|a|an|this|that|these|those|his|her|their|its|our|it|they|he|she|we|all|most|some|many|more|another|other|others)\b|\d)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private const int SubjectReach = 16;

    /// <summary>
    /// "All 57 trains timetabled out of the yard on Sunday were halted": the count opens the passive verb's subject,
    /// the things the question counts, however long the phrase describing them that stands between it and the verb
    /// (within one clause, not the count of another clause before it).
    /// </summary>
    private bool CountsTheSubject(string beforeVerb, HashSet<string> things)
    {
        if (things.Count == 0) return false;
        var clause = ClauseOpening.Matches(beforeVerb) is { Count: > 0 } marks ? beforeVerb[(marks[^1].Index + marks[^1].Length)..] : beforeVerb;
        var words = Word.Matches(clause).Select(m => m.Value).ToList();
        if (words.Count > SubjectReach) return false;
        // ("Roughly 540 inshore and long-haul sailings had been scrapped": adjectives joined by "and" may stand between)
        for (int j = 0; j < words.Count; j++)
            if (IsCount(words[j]))
                for (int k = j + 1; k < words.Count && k <= j + CountReach; k++)
                    if (index.Terms(words[k]).Any(things.Contains)) return true;
        return false;
    }

    // how many words after a count the things it counts may stand
    private const int CountReach = 5;

    /// <summary>The stems of the things a passive how-many question counts ("how many flights were cancelled": flight).</summary>
    private HashSet<string> CountedThings(string question) =>
        PassiveCount.Match(question) is { Success: true } m && Word.Matches(m.Groups["things"].Value) is { Count: > 0 } words
            ? index.Terms(words[^1].Value).SelectMany(t => _variants.Of(t, false).Select(v => v.Term).Append(t)).ToHashSet() : [];

    /// <summary>
    /// The deed a "how many X were done" question counts, and any deed it goes on to name in a past verb ("how many
    /// cuts were planned before the board raised the number": a count "raised from an initial 600" answers it too).
    /// </summary>
    private HashSet<string> DeedsAsked(string question, Match passive)
    {
        var deeds = index.Terms(passive.Groups["verb"].Value).ToHashSet();
        foreach (Match word in Word.Matches(question[(passive.Index + passive.Length)..]))
            if (PastVerb.IsMatch(word.Value)) deeds.UnionWith(index.Terms(word.Value));
        return deeds;
    }

    private static readonly Regex PastVerb = new(@"^\p{Ll}[\p{Ll}\-]+ed$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex VerbForm = new(@"(?:ed|en|ing)$", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "how many deputies supported the motion", "how many residents signed it": the counted ones doing the deed, its verb
    // right after them in the past
    private static readonly Regex HowManyDid = new(
        @"^(?i:how)\s+many\s+(?:[\p{L}\-]+\s+){1,2}?(?<verb>\p{Ll}[\p{Ll}\-]+ed)(?=\s+(?:the|a|an|his|her|their|its|in|on|at|to|for|against|by|with|\p{Lu})\b|\s*[?.!]?$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The stems of the verb a how-many question counts by ("how many fans were detained": detain) and of the words for it
    /// ("how many supported it": "backed by 49"), none for another question.
    /// </summary>
    private HashSet<string> CountedDeed(string text) =>
        (HowManyVerb.Match(text.Trim()) is { Success: true } m ? m : HowManyDid.Match(text.Trim())) is { Success: true } verb
        && !QuestionWords.Contains(verb.Groups["verb"].Value)
            ? index.Terms(verb.Groups["verb"].Value).SelectMany(t => _variants.Of(t, false).Where(v => v.Weight >= 1).Select(v => v.Term).Concat(_variants.SynonymsOf(t)).Append(t)).ToHashSet()
            : [];

    // "who concluded that …", "who won the vote": the deed asked about, done by the one asked for
    private static readonly Regex WhoVerb = new(
        @"^who\s+(?!(?:is|was|are|were|has|have|had|will|would|did|does|do|can|could|should|might|may|must)\b)(?<verb>\p{Ll}[\p{Ll}\-]+)\s",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "who is in charge of the crew": being in charge is the deed asked, which "who leads the crew" does (see RelatedPhrases)
    private static readonly Regex InCharge = new(
        @"^who\s+(?:is|was|are|were|will\s+be|has\s+been)\s+(?:now\s+|currently\s+)?(?<verb>in\s+charge)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "was Ivan Moss armed?", "is Lind married?": the state asked of someone named, the last word of the question
    // and "has Jill Stone ever been arrested?": the state after "been"
    private static readonly Regex NamedState = new(
        @"^(?:was|were|is|are)\s+(?:\p{Lu}[\p{L}.'’\-]*\s+)+(?<verb>\p{Ll}[\p{Ll}\-]+)\s*[?.!]?$" +
        @"|^(?:has|have|had)\s+(?:\p{Lu}[\p{L}.'’\-]*\s+)+(?:(?:ever|already|never|recently|once|just|previously)\s+)?been\s+(?<verb>\p{Ll}[\p{Ll}\-]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "is the airport open", "was the bridge closed to traffic", "is the mayor of Tarn happy": a yes/no question of a state,
    // asked of a common noun, whose predicate (an adjective or a participle, at the end or before a preposition) is what
    // is asked; a sentence that only names the subject ("the airport is 30 km from the city") says nothing of it. Not a
    // deed under way ("is the council panicking over the plan"), which articles tell in words of their own ("scrambling")
    private static readonly Regex StateAsked = new(
        @"^(?:is|are|was|were)\s+(?:the|a|an|this|that|these|those|his|her|their|its)\s+(?<subject>(?:[\p{L}\-]+\s+){1,3}?)(?!" + NoVerb + @"\b)(?<verb>\p{Ll}[\p{Ll}\-]+)(?<!ing)"
        + @"(?=\s*[?.!]?$|\s+(?:to|with|by|in|on|at|for|from|of|before|after|during|since|until|over|about)\b)"
        // "did the airport close", "has the bridge reopened": the change into a state asked as a deed, of the states that
        // have opposites (see WordVariants.OppositeStatesOf), is that state asked of its subject: the bridge shut is
        // nothing of the airport
        + @"|^(?:did|does|do|has|have|had|will)\s+(?:the|a|an|this|that|these|those|his|her|their|its)\s+(?<subject>(?:[\p{L}\-]+\s+){1,3}?)(?:been\s+)?(?<verb>(?:re)?open(?:ed)?|clos(?:e|ed)|shut)"
        + @"(?=\s*[?.!]?$|\s+(?:to|for|in|on|at|after|before|during|since|until|over|down)\b)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "does the coast guard know what caused the leak", "did police say why the dam failed": a question asked inside a
    // yes/no one, whose own verb is what is asked about ("has not yet established the cause"), not the knowing or the saying;
    // a pronoun may stand before it ("did she say whether anyone had died": "died", not "anyone")
    private static readonly Regex EmbeddedVerb = new(
        @"^(?:do|does|did|has|have|had|is|are|was|were)\s+.+?\s+(?:know|knew|known|say|said|determine|determined|reveal|revealed|explain|explained|disclose|disclosed|announce|announced|confirm|confirmed|find|found|establish|established|sure|clear|aware)\s+(?:what|why|how|who|whether|if)\s+(?:(?:anyone|anybody|someone|somebody|everyone|everybody|nobody|he|she|they|it|we)\s+)?(?:(?:did|does|do|is|was|were|has|had|have|will|would)\s+)?(?<verb>\p{Ll}[\p{Ll}\-]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "where did the leak start", "when did the barge sink", "when was the levee built": the verb that ends a question
    // for a place or a time is what is asked of its subject ("the leak's origin was a cracked weld", "built in 1962"), a
    // name or not: a deed done ("did", "was"), as one to come has its own words ("when does the rule take effect"), and the
    // verb right after its subject ("where did the witness hand him the cash" ends with no verb). Not "how": "how was
    // the stalemate broken" is answered in other words than its verb, which another sense of it would win ("broke the
    // record")
    private static readonly Regex EndingVerb = new(
        @"^(?:where|when)\s+(?:did|has|have|had|was|were)\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its)\s+)?(?:(?!(?:the|a|an|his|her|their|its|to|in|on|at|of|for|with|from|by|been)\b)\S+\s+){1,4}?(?:(?:first|finally|eventually|actually|really)\s+)?(?<verb>\p{Ll}[\p{Ll}\-]+)(?:\s+(?:up|out|off|down|away|back))?\s*[?.!]?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "where will the terminal be built", "where is the firm headquartered", "where does the ferry dock": the verb that
    // ends a question for a place, of a deed to come or a state; a verb after "is" only as its participle ("where is the
    // new terminal" ends with no verb)
    private static readonly Regex EndingVerbToCome = new(
        @"^where\s+(?:(?:will|would|can|could|should|must|does|do)\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its)\s+)?(?:(?!(?:the|a|an|his|her|their|its|to|in|on|at|of|for|with|from|by|be|been)\b)\S+\s+){1,4}?(?:be\s+)?(?!be\b)(?<verb>\p{Ll}[\p{Ll}\-]+)" +
        @"|(?:is|are)\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its)\s+)?(?:(?!(?:the|a|an|his|her|their|its|to|in|on|at|of|for|with|from|by|been)\b)\S+\s+){1,4}?(?<verb>\p{Ll}[\p{Ll}\-]+(?:ed|en|lt|ld|wn|nt)))(?:\s+(?:up|out|off|down|away|back))?\s*[?.!]?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The stems of the verb that ends a question for a place of a deed to come or a state (see <see cref="EndingVerbToCome"/>).</summary>
    private HashSet<string> VerbToCome(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || EndingVerbToCome.Match(char.ToLowerInvariant(trimmed[0]) + trimmed[1..]) is not { Success: true } m) return [];
        var verb = m.Groups["verb"].Value;
        return QuestionWords.Contains(verb) ? [] : index.Terms(verb).ToHashSet();
    }

    /// <summary>
    /// The stems of the verb that ends a question for a place or a time (see <see cref="EndingVerb"/>): a sentence writing
    /// it holds what is asked of the subject, though it weighs no more than the question's other words (a verb's other
    /// sense is common: "when did Dean die" is not answered by "his mother died").
    /// </summary>
    private HashSet<string> EndedVerb(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || EndingVerb.Match(char.ToLowerInvariant(trimmed[0]) + trimmed[1..]) is not { Success: true } m) return [];
        var verb = m.Groups["verb"].Value;
        return QuestionWords.Contains(verb) ? [] : index.Terms(verb).ToHashSet();
    }

    private static readonly Regex AsksYesOrNo = new(
        @"^(?i:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\s", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The stems of the common noun a yes/no question asks about ("did the mayor back the plan": mayor), none for a
    /// question about someone named or a pronoun.
    /// </summary>
    private HashSet<string> AskedSubject(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || YesNo.Match(char.ToLowerInvariant(trimmed[0]) + trimmed[1..]) is not { Success: true } m
            || !m.Groups["subject"].Success) return [];
        return index.Terms(m.Groups["subject"].Value).ToHashSet();
    }

    private HashSet<string> AskedVerb(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return [];
        var question = char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
        var m = EmbeddedVerb.Match(question);
        if (!m.Success) m = YesNo.Match(question);
        if (!m.Success) m = WhatVerb.Match(question);
        if (!m.Success) m = WhoVerb.Match(question);
        if (!m.Success) m = InCharge.Match(question);
        if (!m.Success) m = NamedState.Match(question);
        if (!m.Success) m = StateAsked.Match(question);
        if (!m.Success) return [];
        var verb = m.Groups["verb"].Value;
        return QuestionWords.Contains(verb) && !RequestVerbs.Contains(verb) ? [] : index.Terms(verb).ToHashSet();
    }

    /// <summary>
    /// The stems of the state a yes/no question asks of a common noun and of the words naming what it is asked of ("is the
    /// airport open": open, airport); none otherwise.
    /// </summary>
    private (HashSet<string> State, HashSet<string> Of) AskedState(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || StateAsked.Match(char.ToLowerInvariant(trimmed[0]) + trimmed[1..]) is not { Success: true } m
            || QuestionWords.Contains(m.Groups["verb"].Value)) return ([], []);
        return (index.Terms(m.Groups["verb"].Value).ToHashSet(), index.Terms(m.Groups["subject"].Value).ToHashSet());
    }

    private static BooleanQuery Every(IEnumerable<Query> clauses)
    {
        var query = new BooleanQuery();
        foreach (var clause in clauses) query.Add(clause, Occur.MUST);
        return query;
    }

    // The candidates a loose phrase of the question and its related words rescore (see IndexView.Search).
    private const int RescoreWindow = 4 * Candidates;

    private static Query Filtered(Query candidates, Query? filter) =>
        filter is null ? candidates : new BooleanQuery { { candidates, Occur.MUST }, { filter, Occur.MUST } };

    /// <summary>
    /// What lifts a candidate beyond its own words: the related words, and the question's words near one another (a
    /// sloppy phrase). Scored on the best candidates only; null when there is nothing to add.
    /// </summary>
    private static Query? Rescore(IndexView view, IReadOnlyList<string> questionTerms, IReadOnlyList<string> related)
    {
        var query = new BooleanQuery();
        foreach (var term in related)
        {
            var word = view.Word(term);
            word.Boost = 0.5f;
            query.Add(word, Occur.SHOULD);
        }
        if (questionTerms.Count > 1)
        {
            var phrase = new PhraseQuery { Slop = 3, Boost = 0.5f };
            foreach (var term in questionTerms) phrase.Add(new Term(SentenceIndex.Fields.Text, term));
            query.Add(phrase, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    private static readonly Regex AnchorPattern = new(@"\b(after|before)\s+([^,;?!.]+)", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex SequenceMarker = new(@"\b(then|later|next|afterwards|subsequently|after that|thereafter)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"… after Ukraine": the event the answer comes after (or before), and its terms.</summary>
    private (bool After, HashSet<string> Terms)? TemporalAnchor(string question)
    {
        var match = AnchorPattern.Match(question);
        if (!match.Success) return null;
        var terms = index.Terms(match.Groups[2].Value).ToHashSet();
        return terms.Count == 0 ? null : (match.Groups[1].Value.Equals("after", StringComparison.OrdinalIgnoreCase), terms);
    }

    /// <summary>
    /// Is the sentence placed after (or before) the anchor event: it names the event with the same preposition, or it
    /// follows a sentence about the event and marks the sequence ("He'll then travel to Berlin").
    /// </summary>
    private double Anchored((bool After, HashSet<string> Terms) anchor, IndexedSentence sentence, HashSet<string> terms)
    {
        var word = anchor.After ? "after" : "before";
        foreach (Match m in Regex.Matches(sentence.Text, $@"\b{word}\s+((?:\S+\s+){{0,4}}\S+)", RegexOptions.IgnoreCase))
            if (anchor.Terms.All(index.Terms(m.Groups[1].Value).Contains)) return 1;
        if (!anchor.After || sentence.Position == 0 || !SequenceMarker.IsMatch(sentence.Text)) return 0;
        return index.Get(sentence.ArticleId, sentence.Position - 1) is { } previous && anchor.Terms.All(index.Terms(previous.Text).Contains) ? 1 : 0;
    }

    /// <summary>How many sentences back a chain of pronouns is followed to the one naming whom they stand for.</summary>
    private const int ChainReach = 3;

    /// <summary>
    /// For a candidate opening with a pronoun whose sentence before opens with one too, the sentence of the same
    /// paragraph further back that opens otherwise (where the person is named); null when there is none within reach.
    /// </summary>
    private static Hit? Antecedent(IndexView view, Hit candidate, Hit before)
    {
        if (!OpensWithAnaphor(candidate.Sentence.Text)) return null;
        var at = before;
        for (int step = 0; step < ChainReach && OpensWithAnaphor(at.Sentence.Text); step++)
        {
            if (at.Sentence.Position == 0 || view.Previous(at) is not { } earlier || earlier.Sentence.IsHeading
                || earlier.Sentence.Paragraph != candidate.Sentence.Paragraph) return null;
            at = earlier;
        }
        return at.Doc == before.Doc || OpensWithAnaphor(at.Sentence.Text) ? null : at;
    }

    private static bool OpensWithAnaphor(string text)
    {
        int end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or ';')) end++;
        return Anaphors.Contains(text[..end].Trim('"', '“', '‘', '\''));
    }

    /// <summary>The best sentences holding every one of these words.</summary>
    public IReadOnlyList<IndexedSentence> Holding(string words, Query? filter, int top)
    {
        var terms = index.Terms(words).Distinct().ToList();
        if (terms.Count == 0) return [];
        using var view = index.View();
        return view.Search(Filtered(Every(terms.Select(view.Word)), filter), top).Select(h => h.Sentence).ToList();
    }

    /// <summary>
    /// The sentence right after each of these, where one of these speakers said it too: read by document number, and
    /// those not found that way among their article's sentences.
    /// </summary>
    public IReadOnlyList<IndexedSentence> Following(IReadOnlyList<Ranked> statements, IReadOnlyList<string> speakers)
    {
        if (statements.Count == 0) return [];
        var keys = speakers.Select(SentenceIndex.SpeakerKey).ToHashSet(StringComparer.Ordinal);
        using var view = index.View();
        var following = new List<IndexedSentence>(statements.Count);
        foreach (var statement in statements)
        {
            var next = view.Next(statement.Doc, statement.Sentence);
            if (next is not null && keys.Any(next.SaidBy)) following.Add(next.As(speakers));
        }
        return following;
    }

    public static Query SpeakerFilter(IEnumerable<string> speakers)
    {
        var query = new BooleanQuery();
        foreach (var name in speakers) query.Add(new TermQuery(new Term(SentenceIndex.Fields.SpeakerKey, SentenceIndex.SpeakerKey(name))), Occur.SHOULD);
        return query;
    }

    public static Query ArticleFilter(string articleId) => new TermQuery(new Term(SentenceIndex.Fields.Article, articleId));

    /// <summary>
    /// What these speakers said, for "what did X say": their direct quotes first, then their reported speech, each in
    /// article order; at most <paramref name="limit"/> sentences are read, and the total is counted. A sentence they
    /// speak in beside someone else is credited to them (see <see cref="IndexedSentence.As"/>).
    /// </summary>
    public (IReadOnlyList<IndexedSentence> Sentences, int Total) StatementsBy(IEnumerable<string> speakers, string? articleId, int limit)
    {
        var bySpeaker = new BooleanQuery { { SpeakerFilter(speakers), Occur.MUST } };
        if (articleId is not null) bySpeaker.Add(ArticleFilter(articleId), Occur.MUST);
        // one unscored pass over the speaker's statements, each one's kind read from its doc values: a speaker quoted
        // thousands of times in an archive is counted without scoring, sorting or reading their sentences
        using var view = index.View();
        var docs = view.Matching(bySpeaker);
        var chosen = new List<int>(Math.Min(limit, docs.Count));
        foreach (var doc in docs) if (chosen.Count < limit && view.IsDirectQuote(doc)) chosen.Add(doc);
        foreach (var doc in docs) if (chosen.Count < limit && !view.IsDirectQuote(doc)) chosen.Add(doc);
        var theirs = view.Sentences(chosen).Select(s => s.As(speakers)).ToList();
        // a sentence they share with someone else was placed by its own speaker's kind of quote: placed again by theirs
        if (theirs.Any(s => s.Voices is not null))
            theirs = theirs.Zip(chosen).OrderBy(p => p.First.Kind == QuoteKind.Direct ? 0 : 1).ThenBy(p => p.Second).Select(p => p.First).ToList();
        return (theirs, docs.Count);
    }
}
