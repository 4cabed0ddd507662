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
    private const int Candidates = 60;
    public const double MinCoverage = 0.6;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "when", "where", "who", "whom", "whose", "why", "how", "which", "did", "does", "do", "done", "has",
        "have", "had", "can", "could", "would", "should", "shall", "may", "might", "must", "tell", "me", "about",
        "say", "said", "says", "talk", "talked", "talks", "spoke", "speak", "many", "much", "long", "i", "you", "we",
        "know", "any", "anything", "something", "there", "please", "show", "give", "find", "us", "mention", "mentioned",
        "happen", "happened", "going", "go", "get", "got", "make", "made", "information", "news", "article", "articles",
    };

    // A few generic expansions for verbs questions use where articles use another word.
    private static readonly Dictionary<string, string[]> Related = new(StringComparer.OrdinalIgnoreCase)
    {
        ["go"] = ["travel", "fly", "head", "visit"], ["meet"] = ["visit", "meeting", "talks"], ["die"] = ["dead", "death", "killed"],
        ["kill"] = ["killed", "dead"], ["born"] = ["birth"], ["buy"] = ["bought", "acquire", "purchase"], ["win"] = ["won", "victory"],
        ["start"] = ["began", "begin", "launch"], ["leave"] = ["left", "depart"], ["attack"] = ["invade", "invasion", "strike"],
        ["talks"] = ["negotiate", "diplomacy", "meeting"],
    };

    public sealed record Ranked(IndexedSentence Sentence, double Score, double Coverage);

    public IReadOnlyList<Ranked> Rank(string text, AnswerType expected, Query? filter = null, int top = 10)
    {
        var words = Regex.Split(text, @"[^\p{L}\p{N}'’\-]+").Where(w => w.Length > 0 && !QuestionWords.Contains(w)).ToList();
        var questionTerms = index.Terms(string.Join(' ', words)).Distinct().ToList();
        if (questionTerms.Count == 0) return [];
        var related = words.SelectMany(w => Related.TryGetValue(w, out var r) ? r : []).SelectMany(index.Terms)
            .Where(t => !questionTerms.Contains(t)).Distinct().ToList();

        var query = new BooleanQuery();
        foreach (var term in questionTerms) query.Add(new TermQuery(new Term(SentenceIndex.Fields.Text, term)), Occur.SHOULD);
        foreach (var term in related) query.Add(new TermQuery(new Term(SentenceIndex.Fields.Text, term)) { Boost = 0.5f }, Occur.SHOULD);
        if (questionTerms.Count > 1)
        {
            var phrase = new PhraseQuery { Slop = 3, Boost = 0.5f };
            foreach (var term in questionTerms) phrase.Add(new Term(SentenceIndex.Fields.Text, term));
            query.Add(phrase, Occur.SHOULD);
        }
        Query search = query;
        if (filter is not null) search = new BooleanQuery { { query, Occur.MUST }, { filter, Occur.MUST } };

        using var view = index.View();
        var hits = view.Search(search, Candidates);
        if (hits.Count == 0) return [];
        var idf = questionTerms.ToDictionary(t => t, view.Idf);
        double totalIdf = idf.Values.Sum();
        float maxScore = hits.Max(h => h.Score);
        var questionLower = text.ToLowerInvariant();

        // Which asked terms each candidate holds, from the postings (no re-analysis of its text).
        var termsOf = view.TermsIn(hits.Select(h => h.Doc).ToList(), questionTerms.Concat(related));
        var coverages = hits.Select((h, i) => questionTerms.Where(termsOf[i].Contains).Sum(t => idf[t]) / totalIdf).ToList();

        // The sentence before a candidate that does not cover the question alone, when it is in the same or the previous paragraph.
        var previous = new Hit?[hits.Count];
        for (int i = 0; i < hits.Count; i++)
        {
            var sentence = hits[i].Sentence;
            if (coverages[i] < 1 && sentence.Position > 0 && !sentence.IsHeading && view.Previous(hits[i]) is { } before
                && before.Sentence.Paragraph >= sentence.Paragraph - 1)
                previous[i] = before;
        }
        var withPrevious = Enumerable.Range(0, hits.Count).Where(i => previous[i] is not null).ToList();
        var termsBefore = view.TermsIn(withPrevious.Select(i => previous[i]!.Value.Doc).ToList(), questionTerms);

        var ranked = new List<Ranked>(hits.Count);
        for (int i = 0, p = 0; i < hits.Count; i++)
        {
            var (_, sentence, score) = hits[i];
            var terms = termsOf[i];
            double relatedHit = related.Any(terms.Contains) ? 0.5 : 0;
            double coverage = coverages[i];
            double contextCoverage = 0;
            if (previous[i] is not null)
            {
                var before = termsBefore[p++];
                contextCoverage = questionTerms.Where(t => !terms.Contains(t) && before.Contains(t)).Sum(t => idf[t]) / totalIdf;
            }
            double typed = AnswerTypes.Matches(expected, sentence.Text, questionLower) ? 1 : 0;
            double value = 0.4 * score / maxScore + coverage + 0.5 * contextCoverage + 0.35 * typed + 0.15 * relatedHit
                           - (sentence.IsHeading && expected != AnswerType.Any ? 0.1 : 0);
            ranked.Add(new Ranked(sentence, value, Math.Min(1, coverage + 0.5 * contextCoverage + (relatedHit > 0 ? 0.2 : 0))));
        }
        return ranked.OrderByDescending(r => r.Score).Take(top).ToList();
    }

    public static Query SpeakerFilter(IEnumerable<string> speakers)
    {
        var query = new BooleanQuery();
        foreach (var name in speakers) query.Add(new TermQuery(new Term(SentenceIndex.Fields.SpeakerKey, SentenceIndex.SpeakerKey(name))), Occur.SHOULD);
        return query;
    }

    public static Query ArticleFilter(string articleId) => new TermQuery(new Term(SentenceIndex.Fields.Article, articleId));

    /// <summary>Every sentence one of these speakers said, for "what did X say".</summary>
    public IReadOnlyList<IndexedSentence> StatementsBy(IEnumerable<string> speakers, string? articleId) =>
        index.Search(articleId is null ? SpeakerFilter(speakers) : new BooleanQuery
            {
                { SpeakerFilter(speakers), Occur.MUST }, { ArticleFilter(articleId), Occur.MUST },
            }, 10_000)
            .Select(h => h.Sentence)
            .OrderBy(s => s.Kind == QuoteKind.Direct ? 0 : 1).ThenBy(s => s.ArticleId, StringComparer.Ordinal).ThenBy(s => s.Position)
            .ToList();
}
