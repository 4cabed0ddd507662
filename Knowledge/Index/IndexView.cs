using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace NewsBot.Knowledge.Index;

/// <summary>A sentence found through an <see cref="IndexView"/>; <see cref="Doc"/> means something only in that view.</summary>
public readonly record struct Hit(int Doc, IndexedSentence Sentence, float Score);

/// <summary>
/// One point-in-time view of the index (one acquired searcher) for the several lookups one question makes. Document
/// numbers stay valid for the life of the view, so re-ranking can ask the postings which terms a hit holds, and read
/// the sentence before a hit by number, instead of re-analysing every candidate's text and running a query per
/// candidate (what made a question cost milliseconds). Dispose it to release the searcher.
/// </summary>
public sealed class IndexView : IDisposable
{
    private readonly SearcherManager _searchers;
    private readonly SentenceCache _cache;
    private readonly IndexSearcher _searcher;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly IBits? _live;

    internal IndexView(SearcherManager searchers, SentenceCache cache)
    {
        _searchers = searchers;
        _cache = cache;
        _searcher = searchers.Acquire();
        _leaves = _searcher.IndexReader.Leaves;
        _live = MultiFields.GetLiveDocs(_searcher.IndexReader);
        _contexts = Lookups.GetValue(_searcher.IndexReader, _ => new BoundedCache<Term, TermContext>(MaxLookups));
    }

    // A term's lookup holds for as long as its reader lives: questions share the lookups of their common words. Bounded
    // like the sentence cache: emptied when full.
    private static readonly ConditionalWeakTable<IndexReader, BoundedCache<Term, TermContext>> Lookups = new();
    private const int MaxLookups = 65_536;

    /// <summary>Runs a query over sentences; the hits come with their stored fields.</summary>
    public IReadOnlyList<Hit> Search(Query query, int top)
    {
        var hits = Top(_searcher, WithLookups(query), top);
        var results = new List<Hit>(hits.Length);
        foreach (var hit in hits) results.Add(new Hit(hit.Doc, Sentence(hit.Doc), hit.Score));
        return results;
    }

    /// <summary>
    /// Runs a query, then rescores its best <paramref name="window"/> hits with a second query whose score is added to
    /// theirs (Elasticsearch's rescore, Lucene's QueryRescorer): a sloppy phrase costs little on a few hundred hits and
    /// a lot on every match of common words. The best <paramref name="top"/> after rescoring come with their stored fields.
    /// </summary>
    public IReadOnlyList<Hit> Search(Query query, int top, Query rescore, int window)
    {
        var pool = Top(_searcher, WithLookups(query), Math.Max(top, window));
        if (pool.Length == 0) return [];
        var byDoc = (ScoreDoc[])pool.Clone(); // the same ScoreDoc objects, in document order for the scorers
        Array.Sort(byDoc, (a, b) => a.Doc.CompareTo(b.Doc));
        var (words, phrases) = SplitPhrases(rescore);
        if (words is not null) AddScores(byDoc, _searcher.CreateNormalizedWeight(WithLookups(words)));
        foreach (var phrase in phrases) AddPhraseScores(byDoc, phrase);
        // ties in document order, as Lucene's own collector breaks them
        Array.Sort(pool, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var results = new List<Hit>(Math.Min(top, pool.Length));
        foreach (var hit in pool.Take(top)) results.Add(new Hit(hit.Doc, Sentence(hit.Doc), hit.Score));
        return results;
    }

    /// <summary>
    /// The best <paramref name="n"/> hits of a query, as <see cref="IndexSearcher.Search(Query, int)"/> finds them but
    /// scored in document order (ties in document order). Out of order, Lucene scores a disjunction with its
    /// BooleanScorer, whose table of 2,048 buckets is built anew in every segment for every query.
    /// </summary>
    internal static ScoreDoc[] Top(IndexSearcher searcher, Query query, int n)
    {
        n = Math.Min(n, searcher.IndexReader.MaxDoc);
        if (n <= 0) return [];
        var collector = TopScoreDocCollector.Create(n, docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs().ScoreDocs;
    }

    private void AddScores(ScoreDoc[] byDoc, Weight weight)
    {
        for (int i = 0; i < byDoc.Length;)
        {
            var leaf = _leaves[ReaderUtil.SubIndex(byDoc[i].Doc, _leaves)];
            int end = leaf.DocBase + leaf.Reader.MaxDoc;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (int at = -1; i < byDoc.Length && byDoc[i].Doc < end; i++)
            {
                if (scorer is null) continue;
                int local = byDoc[i].Doc - leaf.DocBase;
                if (at < local) at = scorer.Advance(local);
                if (at == local) byDoc[i].Score += scorer.GetScore();
            }
        }
    }

    /// <summary>
    /// The sloppy phrases of a rescore (optional clauses of distinct terms in a row), scored here, and the rest of it
    /// for Lucene. Lucene's phrase weight looks every term up in every segment again for each question; here the
    /// view's kept lookups serve (see <see cref="AddPhraseScores"/>).
    /// </summary>
    private static (Query? Words, List<PhraseQuery> Phrases) SplitPhrases(Query rescore)
    {
        static bool Ours(Query q) => q is PhraseQuery { Slop: > 0 } phrase && phrase.GetTerms() is { Length: > 1 } terms
            && terms.All(t => t.Field == SentenceIndex.Fields.Text) && terms.Distinct().Count() == terms.Length
            && phrase.GetPositions().Select((p, i) => p == i).All(x => x);
        if (Ours(rescore)) return (null, [(PhraseQuery)rescore]);
        if (rescore is not BooleanQuery { Boost: 1, MinimumNumberShouldMatch: 0 } boolean || boolean.Clauses.Any(c => c.Occur != Occur.SHOULD)) return (rescore, []);
        var phrases = boolean.Clauses.Select(c => c.Query).Where(Ours).Cast<PhraseQuery>().ToList();
        if (phrases.Count == 0) return (rescore, []);
        var words = new BooleanQuery(boolean.CoordDisabled);
        foreach (var clause in boolean.Clauses.Where(c => !Ours(c.Query))) words.Add(clause);
        return (words.Clauses.Count > 0 ? words : null, phrases);
    }

    /// <summary>
    /// Adds a sloppy phrase's score to each of these documents that holds it: the score Lucene's sloppy phrase scorer
    /// gives (the sum of 1/(1 + distance) over the phrase's matches within its slop, scored by the similarity), read
    /// from the positions of its terms through the view's kept lookups.
    /// </summary>
    private void AddPhraseScores(ScoreDoc[] byDoc, PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var contexts = terms.Select(Context).ToArray();
        if (contexts.Any(c => c.DocFreq == 0)) return;
        var similarity = _searcher.Similarity;
        var stats = similarity.ComputeWeight(phrase.Boost, _searcher.CollectionStatistics(SentenceIndex.Fields.Text),
            terms.Select((t, k) => _searcher.TermStatistics(t, contexts[k])).ToArray());
        stats.Normalize(similarity.QueryNorm(stats.GetValueForNormalization()) is var norm && float.IsFinite(norm) ? norm : 1f, 1f);
        var postings = new DocsAndPositionsEnum[terms.Length];
        var at = new int[terms.Length];
        var positions = new List<int>[terms.Length];
        for (int k = 0; k < terms.Length; k++) positions[k] = [];
        for (int i = 0; i < byDoc.Length;)
        {
            var leaf = _leaves[ReaderUtil.SubIndex(byDoc[i].Doc, _leaves)];
            int end = leaf.DocBase + leaf.Reader.MaxDoc;
            int first = i;
            while (i < byDoc.Length && byDoc[i].Doc < end) i++;
            // a segment without one of the terms holds no match
            if (leaf.AtomicReader.GetTerms(SentenceIndex.Fields.Text)?.GetEnumerator() is not { } termsEnum || contexts.Any(c => c.Get(leaf.Ord) is null)) continue;
            for (int k = 0; k < terms.Length; k++)
            {
                termsEnum.SeekExact(terms[k].Bytes, contexts[k].Get(leaf.Ord));
                postings[k] = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.NONE);
                at[k] = -1;
            }
            var scorer = similarity.GetSimScorer(stats, leaf);
            for (int d = first; d < i; d++)
            {
                int local = byDoc[d].Doc - leaf.DocBase;
                bool all = true;
                for (int k = 0; k < terms.Length && all; k++)
                {
                    if (at[k] < local) at[k] = postings[k].Advance(local);
                    all = at[k] == local;
                }
                if (!all) continue;
                for (int k = 0; k < terms.Length; k++)
                {
                    positions[k].Clear();
                    for (int n = postings[k].Freq; n > 0; n--) positions[k].Add(postings[k].NextPosition() - k);
                }
                float freq = SloppyFreq(positions, phrase.Slop, scorer);
                if (freq > 0) byDoc[d].Score += scorer.Score(local, freq);
            }
        }
    }

    /// <summary>
    /// Lucene's sloppy phrase frequency for distinct terms: each term's positions less its place in the phrase; the
    /// least one moves on until the phrase's span can shrink no more, and each span within the slop counts.
    /// </summary>
    private static float SloppyFreq(List<int>[] positions, int slop, Similarity.SimScorer scorer)
    {
        int n = positions.Length;
        var next = new int[n]; // the index of each term's current position
        int end = int.MinValue;
        for (int k = 0; k < n; k++) end = Math.Max(end, positions[k][0]);
        int Current(int k) => positions[k][next[k]];
        // the least term by (position, place in the phrase), and the least position of the others
        int Least(int except)
        {
            int best = -1;
            for (int k = 0; k < n; k++)
                if (k != except && (best < 0 || Current(k) < Current(best))) best = k;
            return best;
        }
        float freq = 0;
        int pp = Least(-1);
        int matchLength = end - Current(pp);
        int second = Current(Least(pp));
        while (++next[pp] < positions[pp].Count)
        {
            int position = Current(pp);
            if (position > end) end = position;
            if (position > second)
            {
                if (matchLength <= slop) freq += scorer.ComputeSlopFactor(matchLength);
                pp = Least(-1);
                second = Current(Least(pp));
                matchLength = end - Current(pp);
            }
            else if (end - position < matchLength) matchLength = end - position;
        }
        if (matchLength <= slop) freq += scorer.ComputeSlopFactor(matchLength);
        return freq;
    }

    /// <summary>
    /// The first <paramref name="take"/> sentences a query matches in index order (an article's sentences are indexed
    /// together and in order), and how many it matches in all: no scoring, and only the returned ones are read.
    /// </summary>
    public (IReadOnlyList<IndexedSentence> Sentences, int Total) InIndexOrder(Query query, int take)
    {
        var top = _searcher.Search(WithLookups(query), null, Math.Max(1, take), Sort.INDEXORDER);
        var sentences = new List<IndexedSentence>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs.Take(take)) sentences.Add(Sentence(hit.Doc));
        return (sentences, top.TotalHits);
    }

    /// <summary>
    /// Every document a query matches, in index order, unscored and unread: for a list whose order is the index's and
    /// whose every member is needed (what one speaker said), collecting is all the work.
    /// </summary>
    public List<int> Matching(Query query)
    {
        var collector = new InOrder();
        _searcher.Search(WithLookups(query), collector);
        return collector.Docs;
    }

    private sealed class InOrder : ICollector
    {
        private int _base;
        public List<int> Docs { get; } = [];
        public void SetScorer(Scorer scorer) { }
        public void Collect(int doc) => Docs.Add(_base + doc);
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
        public bool AcceptsDocsOutOfOrder => false;
    }

    /// <summary>Whether this sentence document is a direct quote, read from its doc values alone.</summary>
    public bool IsDirectQuote(int doc)
    {
        int at = ReaderUtil.SubIndex(doc, _leaves);
        var leaf = _leaves[at];
        var values = ValuesOf(at);
        return values is not null ? values.IsDirectQuote(doc - leaf.DocBase) : TryRead(doc)?.Kind == Attribution.QuoteKind.Direct;
    }

    /// <summary>The sentences stored as these documents, in this order.</summary>
    public IReadOnlyList<IndexedSentence> Sentences(IEnumerable<int> docs) => docs.Select(Sentence).ToList();

    /// <summary>The sentence stored as this document, which must be a sentence document.</summary>
    private IndexedSentence Sentence(int doc) => TryRead(doc) ?? throw new InvalidOperationException($"document {doc} is no sentence");

    /// <summary>The sentence stored as this document, or null for an article's summary document.</summary>
    private IndexedSentence? TryRead(int doc)
    {
        int at = ReaderUtil.SubIndex(doc, _leaves);
        var leaf = _leaves[at];
        // doc values are read for each use: a sentence kept would be copied by every collection for as long as it lives
        if (ValuesOf(at) is { } values) return values.Read(doc - leaf.DocBase);
        // a segment written before the sentences were doc values, until the re-index at start-up replaces it: its
        // stored fields decompress a whole block for one sentence, and a sentence read once is kept
        if (_cache.Find(leaf, doc) is { } known) return known;
        var sentence = _searcher.Doc(doc) is var stored && stored.GetField(SentenceIndex.Fields.Position) is not null ? SentenceIndex.Read(stored) : null;
        if (sentence is not null) _cache.Add(leaf, doc, sentence);
        return sentence;
    }

    // each segment's doc values, opened on first use by this view (they are not for sharing across threads)
    private SentenceValues.Reader?[]? _values;

    private SentenceValues.Reader? ValuesOf(int leaf) =>
        (_values ??= new SentenceValues.Reader?[_leaves.Count])[leaf] ??= SentenceValues.Reader.Of(_leaves[leaf].AtomicReader);

    /// <summary>In how many documents an analyzed term of the text field occurs.</summary>
    public int DocFreq(string term) => Context(term).DocFreq;

    /// <summary>
    /// A query for an analyzed term of the text field that reuses the lookup of the term in this reader: every query of
    /// a question names the same few terms, questions share their common words, and finding a term in every segment's
    /// dictionary (a block read from disk per segment) is, at a million sentences, a large cost of a question.
    /// </summary>
    public TermQuery Word(string term) => Exact(new Term(SentenceIndex.Fields.Text, term));

    private TermQuery Exact(Term term) => new(term, Context(term));

    private readonly BoundedCache<Term, TermContext> _contexts;

    private TermContext Context(string term) => Context(new Term(SentenceIndex.Fields.Text, term));

    // The term's state in each segment of this view's reader, looked up once for all the questions it answers.
    private TermContext Context(Term term)
    {
        if (_contexts.TryGet(term, out var context)) return context;
        context = TermContext.Build(_searcher.TopReaderContext, term);
        _contexts.Add(term, context);
        return context;
    }

    /// <summary>
    /// The query with each of its term queries given the view's lookup of its term: a filter built outside a view (a
    /// speaker's key, an article's id) would otherwise look its terms up in every segment on each question, which at a
    /// million sentences cost a fifth of a question about a speaker.
    /// </summary>
    private Query WithLookups(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, Context(term.Term)) { Boost = term.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) copy.Add(WithLookups(clause.Query), clause.Occur);
                return copy;
            default:
                return query;
        }
    }

    /// <summary>How many documents the view holds.</summary>
    public int Documents => _searcher.IndexReader.NumDocs;

    /// <summary>Inverse document frequency of a term found in <paramref name="docFreq"/> documents (BM25's formula).</summary>
    public float Idf(int docFreq)
    {
        int n = Math.Max(1, Documents);
        return (float)Math.Log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
    }

    /// <summary>
    /// For each document, which of these analyzed terms its text holds: read from the postings, so exactly the terms
    /// <see cref="SentenceIndex.Terms"/> gives for the stored text (the same analyzer indexed it).
    /// </summary>
    public IReadOnlyList<HashSet<string>> TermsIn(IReadOnlyList<int> docs, IEnumerable<string> terms)
    {
        var found = new HashSet<string>[docs.Count];
        for (int i = 0; i < found.Length; i++) found[i] = new HashSet<string>(StringComparer.Ordinal);
        if (docs.Count == 0) return found;
        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        var wanted = terms.Distinct().Select(t => (Text: t, Bytes: new BytesRef(t))).ToList();
        // leaf by leaf: one terms enumerator per segment, seeked to each term (a composite view per term costs more
        // than the whole lookup)
        int next = 0;
        while (next < order.Length)
        {
            var leaf = _leaves[ReaderUtil.SubIndex(docs[order[next]], _leaves)];
            int end = next;
            while (end < order.Length && docs[order[end]] < leaf.DocBase + leaf.Reader.MaxDoc) end++;
            var termsEnum = leaf.AtomicReader.GetTerms(SentenceIndex.Fields.Text)?.GetEnumerator();
            if (termsEnum is not null)
            {
                DocsEnum? postings = null;
                foreach (var (text, bytes) in wanted)
                {
                    // the view knows where the term stands in this segment's dictionary, or that it is absent
                    if (Context(text).Get(leaf.Ord) is not { } state) continue;
                    termsEnum.SeekExact(bytes, state);
                    postings = termsEnum.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                    int at = -1;
                    for (int k = next; k < end; k++)
                    {
                        // postings only move forward: advance to each wanted document in ascending order
                        int local = docs[order[k]] - leaf.DocBase;
                        if (at < local) at = postings.Advance(local);
                        if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                        if (at == local) found[order[k]].Add(text);
                    }
                }
            }
            next = end;
        }
        return found;
    }

    /// <summary>The sentence before a hit in its article, or null for the first one.</summary>
    public Hit? Previous(Hit hit)
    {
        var sentence = hit.Sentence;
        if (sentence.Position == 0) return null;
        // An article's sentences are added one after another, so the previous one is nearly always the document
        // before; a flush or merge can move it, and then it is looked for among the article's sentences.
        int doc = hit.Doc - 1;
        if (doc >= 0 && (_live is null || _live.Get(doc)))
        {
            var before = TryRead(doc);
            if (before is not null && before.ArticleId == sentence.ArticleId && before.Position == sentence.Position - 1)
                return new Hit(doc, before, 0);
        }
        return At(sentence.ArticleId, sentence.Position - 1);
    }

    /// <summary>The sentence at a position of an article, or null.</summary>
    public Hit? At(string articleId, int position) => InArticle(articleId, paragraph: null, position) is [var hit, ..] ? hit : null;

    /// <summary>
    /// An article's sentences in one paragraph, or at one position (either null: any), in index order: the article's
    /// documents found by its id, each one's place read from its doc values. A term per sentence and per paragraph
    /// would find them directly, at the price of two unique terms in every document, a third of indexing's cost.
    /// </summary>
    public List<Hit> InArticle(string articleId, int? paragraph, int? position)
    {
        // the article's term is looked up for this once: kept with the shared words, it would only push them out
        var collector = new InOrder();
        _searcher.Search(new TermQuery(new Term(SentenceIndex.Fields.Article, articleId)), collector);
        var hits = new List<Hit>();
        foreach (int doc in collector.Docs)
        {
            int at = ReaderUtil.SubIndex(doc, _leaves);
            if (ValuesOf(at) is { } values && values.IsAt(doc - _leaves[at].DocBase, paragraph, position)) hits.Add(new Hit(doc, Sentence(doc), 0));
        }
        return hits;
    }

    /// <summary>
    /// The sentence after document <paramref name="doc"/> of an earlier view, read by number: an article's sentences
    /// are added one after another. Null when the next document is not that sentence (the article's last sentence, a
    /// flush or merge between the two, or a newer view): then <see cref="At"/> finds it.
    /// </summary>
    public IndexedSentence? NextByNumber(int doc, IndexedSentence sentence)
    {
        int next = doc + 1;
        if (doc < 0 || next >= _searcher.IndexReader.MaxDoc || (_live is not null && !_live.Get(next))) return null;
        return TryRead(next) is { } after && after.ArticleId == sentence.ArticleId && after.Position == sentence.Position + 1 ? after : null;
    }

    /// <summary>
    /// The sentence after this one in its article, or null after its last: read by number (see <see cref="NextByNumber"/>)
    /// when it follows there, else found among the article's sentences.
    /// </summary>
    public IndexedSentence? Next(int doc, IndexedSentence sentence)
    {
        if (NextByNumber(doc, sentence) is { } after) return after;
        // the article's summary document follows its last sentence in the same segment
        int next = doc + 1;
        if (doc >= 0 && next < _searcher.IndexReader.MaxDoc && (_live is null || _live.Get(next))
            && ReaderUtil.SubIndex(doc, _leaves) == ReaderUtil.SubIndex(next, _leaves) && TryRead(next) is null) return null;
        return At(sentence.ArticleId, sentence.Position + 1)?.Sentence;
    }

    public void Dispose() => _searchers.Release(_searcher);
}
