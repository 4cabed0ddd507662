using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Attribution;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// The Lucene index on disk: one document per sentence (text, headline, paragraph, offsets, speaker) and one per
/// article (its fingerprint and summary). One <see cref="IndexWriter"/> and one <see cref="SearcherManager"/> for the
/// process; BM25 on both sides; an <see cref="InMemoryReadDirectory"/> (NIOFSDirectory on disk, segments searched
/// from memory), because MMapDirectory is slow and unstable under concurrent search in Lucene.Net 4.8.
/// </summary>
public sealed class SentenceIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    internal static class Fields
    {
        public const string Type = "type", Article = "article", Text = "text", Headline = "headline", Values = "values", Place = "place",
            Paragraph = "paragraph", Position = "position", Start = "start", End = "end", Kind = "kind",
            Speaker = "speaker", SpeakerKey = "speaker_key", SpeakerType = "speaker_type", SpeakerRole = "speaker_role",
            Heading = "heading", Summary = "summary", Voices = "voices";
    }

    private const string SentenceType = "sentence", ArticleType = "article";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Similarity _similarity = new BM25Similarity();
    private readonly SentenceCache _cache = new(capacity: 65_536);

    public Analyzer Analyzer { get; } = new NewsAnalyzer(Version);

    public SentenceIndex(string path, ILogger logger) : this(path, logger, flushEvery: null) { }

    /// <param name="flushEvery">
    /// a segment every this many documents (tests: a large archive's many segments from a few sentences); by default
    /// Lucene's, when its buffer is full
    /// </param>
    internal SentenceIndex(string path, ILogger logger, int? flushEvery)
    {
        _flushEvery = flushEvery;
        System.IO.Directory.CreateDirectory(path);
        _directory = new InMemoryReadDirectory(new DirectoryInfo(path));
        try
        {
            // an index written with another layout of its fields is rebuilt from the articles, not patched: Lucene
            // refuses a field whose doc values change type, and the articles are the source of truth
            var written = WrittenLayout(_directory);
            if (written is not null && written != Layout)
                logger.LogInformation("The index at {Path} was written by another version of NewsBot (layout {Written}, now {Layout}); rebuilding it from the articles.", path, written, Layout);
            _writer = OpenWriter(written is null || written == Layout ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE);
        }
        catch (LockObtainFailedException e)
        {
            // another process (a second bot on the same IndexPath) is writing this index: never touch its files
            throw new InvalidOperationException($"The index at {path} is in use by another process; give each bot its own Knowledge:IndexPath.", e);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                       or EndOfStreamException or IOException or InvalidDataException)
        {
            // An index the last run could not finish writing is rebuilt from the articles: they are the source of truth.
            logger.LogWarning("The index at {Path} could not be opened ({Error}); rebuilding it from the articles.", path, e.Message);
            foreach (var file in _directory.ListAll()) _directory.DeleteFile(file);
            _writer = OpenWriter(OpenMode.CREATE);
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactoryWithSimilarity(_similarity));
    }

    private readonly int? _flushEvery;

    private IndexWriter OpenWriter(OpenMode mode = OpenMode.CREATE_OR_APPEND)
    {
        // when Commit reclaims replaced documents, every segment holding some is merged: with the default 10% allowed
        // per segment, which segments qualified depended on how the parallel indexing threads had split the articles
        var config = new IndexWriterConfig(Version, Analyzer)
        {
            OpenMode = mode, Similarity = _similarity, MergePolicy = new TieredMergePolicy { ForceMergeDeletesPctAllowed = 0 },
        };
        if (_flushEvery is { } documents) (config.MaxBufferedDocs, config.RAMBufferSizeMB) = (documents, IndexWriterConfig.DISABLE_AUTO_FLUSH);
        var writer = new IndexWriter(_directory, config);
        writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = Layout });
        writer.Commit(); // a fresh directory gets a valid (empty) commit point at once
        return writer;
    }

    /// <summary>
    /// The layout of the documents' fields (their names and doc value types), kept with every commit. Change it with
    /// any change to what <see cref="Put"/> writes that an older index could not take or would answer wrongly from.
    /// </summary>
    internal const string Layout = "5";

    private const string LayoutKey = "newsbot.layout";

    /// <summary>The layout of the index in the directory; null when there is no index, "" when it was written before layouts were kept.</summary>
    private static string? WrittenLayout(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return null;
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(LayoutKey, out var layout) ? layout : "";
    }

    // Lucene refuses a binary doc value longer than this; a longer summary is read from the stored field.
    private const int MaxSummaryValue = 32_766;

    /// <summary>The articles the index holds, with the fingerprint each was indexed from.</summary>
    public IReadOnlyList<ArticleSummary> Articles()
    {
        var searcher = _searchers.Acquire();
        try
        {
            // The summaries come from doc values, in ranges of documents read on all cores (a merged archive is one
            // segment): loading stored fields would decompress the sentences stored beside every article document,
            // seconds at start-up for a large archive.
            var articles = new Term(Fields.Type, ArticleType);
            var leaves = searcher.IndexReader.Leaves;
            int parts = Math.Max(1, Environment.ProcessorCount * 2);
            var ranges = leaves.SelectMany(leaf => Enumerable.Range(0, parts)
                .Select(p => (Leaf: leaf, From: (int)((long)leaf.AtomicReader.MaxDoc * p / parts), To: (int)((long)leaf.AtomicReader.MaxDoc * (p + 1) / parts)))
                .Where(r => r.To > r.From)).ToList();
            var byRange = new List<ArticleSummary>[ranges.Count];
            Parallel.For(0, ranges.Count, i =>
            {
                var (leaf, from, to) = ranges[i];
                var reader = leaf.AtomicReader;
                var summaries = byRange[i] = [];
                var docs = reader.GetTermDocsEnum(articles); // live documents only
                if (docs is null) return;
                var values = reader.GetBinaryDocValues(Fields.Summary);
                var bytes = new BytesRef();
                for (int doc = docs.Advance(from); doc < to; doc = docs.NextDoc())
                {
                    values?.Get(doc, bytes);
                    summaries.Add(ArticleSummaryJson.Read(values is not null && bytes.Length > 0
                        ? bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray()
                        : System.Text.Encoding.UTF8.GetBytes(reader.Document(doc).Get(Fields.Summary))));
                }
            });
            return byRange.SelectMany(s => s).ToList();
        }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>Replaces everything indexed for this article (idempotent: indexing it twice leaves one copy).</summary>
    public void Put(AttributedArticle attributed, ArticleSummary summary)
    {
        var article = attributed.Article;
        // refused before anything is written, so the index never holds half an article
        if (attributed.Sentences is [.., var last] && (last.Paragraph >= SentenceValues.MaxParagraphs || last.Index >= SentenceValues.MaxSentences))
            throw new InvalidArticleException($"it has more than {SentenceValues.MaxParagraphs - 1:N0} paragraphs or {SentenceValues.MaxSentences - 1:N0} sentences");
        _writer.DeleteDocuments(new Term(Fields.Article, article.Id));
        var headline = article.Headline;
        // Lucene's advice: reuse the fields from one document to the next (a new string field builds its token stream's
        // attributes by reflection, a large share of indexing). One set per thread: changed articles index in parallel.
        var fields = _fields ??= new SentenceFields();
        fields.Article.SetStringValue(article.Id);
        fields.Values.Article(article.Id, headline);
        var voices = SentenceVoices.Of(attributed);
        foreach (var sentence in attributed.Sentences)
        {
            var quote = attributed.QuoteOf(sentence);
            fields.Text.SetStringValue(sentence.Text);
            var doc = new Document { fields.Type, fields.Article, fields.Text };
            if (quote?.Speaker is { } speaker)
            {
                fields.SpeakerKey.SetStringValue(SpeakerKey(speaker.Name));
                doc.Add(fields.SpeakerKey);
            }
            // every other speaker of the sentence finds it too ("what did B say?" of "A said …, and B countered that …")
            if (voices[sentence.Index] is { } several)
                foreach (var name in several.Select(v => SpeakerKey(v.Speaker.Name)).Distinct().Where(k => quote?.Speaker is not { } main || k != SpeakerKey(main.Name)))
                    doc.Add(new StringField(Fields.SpeakerKey, name, Field.Store.NO));
            fields.Values.AddTo(doc, sentence, article.Paragraphs[sentence.Paragraph].IsHeading, quote, voices[sentence.Index]);
            _writer.AddDocument(doc);
        }
        Interlocked.Add(ref _writtenSinceCommit, attributed.Sentences.Count + 1);
        var json = ArticleSummaryJson.Write(summary);
        var articleDoc = new Document
        {
            new StringField(Fields.Type, ArticleType, Field.Store.NO),
            new StringField(Fields.Article, article.Id, Field.Store.YES),
            new StoredField(Fields.Summary, System.Text.Encoding.UTF8.GetString(json)),
        };
        if (json.Length <= MaxSummaryValue) articleDoc.Add(new BinaryDocValuesField(Fields.Summary, new BytesRef(json)));
        _writer.AddDocument(articleDoc);
    }

    [ThreadStatic] private static SentenceFields? _fields;

    /// <summary>The fields of a sentence document, filled anew for each sentence: the terms searched here, the values read in <see cref="SentenceValues"/>.</summary>
    private sealed class SentenceFields
    {
        public readonly StringField Type = new(Fields.Type, SentenceType, Field.Store.NO);
        public readonly StringField Article = new(Fields.Article, "", Field.Store.NO);
        public readonly TextField Text = new(Fields.Text, "", Field.Store.NO);
        public readonly StringField SpeakerKey = new(Fields.SpeakerKey, "", Field.Store.NO);
        public readonly SentenceValues.Writer Values = new();
    }

    public void Remove(string articleId) => _writer.DeleteDocuments(new Term(Fields.Article, articleId));

    // Replaced documents stay behind as deletions that every search still walks past, until merges reclaim them; a
    // re-index of the whole archive (any change to the analysis code) would leave the index half deleted.
    private const double MaxDeletedShare = 0.1;

    // A search looks every term of a question up in each segment and opens a postings reader there, so a question's
    // fixed cost grows with the segment count: an archive of a million sentences written in one go ends in a dozen or
    // more segments (the parallel indexing threads flush apart, and merges keep about ten per tier), and its questions
    // then allocate half as much again and have twice the tail. A few segments cost little, and merging rewrites the
    // whole index, so only a bulk load with more than a few segments is merged into one, as one optimizes a static
    // archive after loading it. A bulk load is a commit that wrote at least half of what the index holds: a first
    // load, and as much a re-index of the whole archive after an upgrade (which replaces every document, so the index
    // does not grow). Day-to-day additions are left to the merge policy.
    private const int MaxSegmentsAfterBulkLoad = 4;

    // documents written (added or replaced) since the last commit; the indexing threads add to it
    private long _writtenSinceCommit;

    /// <summary>
    /// Makes every change durable and visible to searches; reclaims the space of replaced documents once they are a
    /// sizable share, and merges the segments of a bulk load into one.
    /// </summary>
    public void Commit()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        long written = Interlocked.Exchange(ref _writtenSinceCommit, 0);
        bool bulkLoad = written > 0 && written >= _writer.NumDocs / 2 && Segments() > MaxSegmentsAfterBulkLoad;
        if (bulkLoad) _writer.ForceMerge(1, doWait: true);
        else if (DeletedDocuments() > MaxDeletedShare * _writer.MaxDoc) _writer.ForceMergeDeletes(doWait: true);
        else return;
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>The segments searches walk.</summary>
    public int Segments()
    {
        var searcher = _searchers.Acquire();
        try { return searcher.IndexReader.Leaves.Count; }
        finally { _searchers.Release(searcher); }
    }


    /// <summary>Documents replaced or removed but still held in the index's segments.</summary>
    public int DeletedDocuments()
    {
        var searcher = _searchers.Acquire();
        try { return searcher.IndexReader.NumDeletedDocs; }
        finally { _searchers.Release(searcher); }
    }

    public static string SpeakerKey(string name) => name.ToLowerInvariant();

    /// <summary>The sentence at a position of an article, or null.</summary>
    public IndexedSentence? Get(string articleId, int position)
    {
        using var view = View();
        return view.At(articleId, position)?.Sentence;
    }

    /// <summary>The sentences of the paragraph a sentence stands in, in reading order: a quote in its context.</summary>
    public IReadOnlyList<IndexedSentence> ParagraphOf(IndexedSentence sentence)
    {
        using var view = View();
        var sentences = view.InArticle(sentence.ArticleId, paragraph: sentence.Paragraph, position: null);
        // index order is reading order unless a merge moved part of the article: sort to be sure
        return sentences.Count > 0 ? sentences.Take(MaxParagraphSentences).Select(h => h.Sentence).OrderBy(s => s.Position).ToList() : [sentence];
    }

    // a paragraph longer than this is not shown whole in any channel anyway
    private const int MaxParagraphSentences = 256;

    /// <summary>The analyzed terms of a text, as the index sees them (lowercased, stemmed, stop words removed).</summary>
    public List<string> Terms(string text) => Terms(Analyzer, text);

    /// <summary>The terms an analyzer of the index's kind makes of a text (see <see cref="Terms(string)"/>).</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(Fields.Text, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>A consistent view for several lookups in a row (see <see cref="IndexView"/>); dispose it when done.</summary>
    public IndexView View() => new(_searchers, _cache);

    /// <summary>Runs a query over sentences and returns the hits with their stored fields.</summary>
    public IReadOnlyList<(IndexedSentence Sentence, float Score)> Search(Query query, int top)
    {
        // only sentence documents have text and speakers, so every sentence query matches sentences alone
        using var view = View();
        return view.Search(query, top).Select(h => (h.Sentence, h.Score)).ToList();
    }

    public int SentenceCount()
    {
        var searcher = _searchers.Acquire();
        try { return searcher.Search(new TermQuery(new Term(Fields.Type, SentenceType)), 1).TotalHits; }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>A sentence from the stored fields of an index written before its fields were doc values.</summary>
    internal static IndexedSentence Read(Document doc)
    {
        var speakerName = doc.Get(Fields.Speaker);
        var speaker = speakerName is null ? null
            : new Speaker(speakerName, Enum.Parse<SpeakerType>(doc.Get(Fields.SpeakerType)), doc.Get(Fields.SpeakerRole));
        var kind = doc.Get(Fields.Kind) is { } k ? Enum.Parse<QuoteKind>(k) : (QuoteKind?)null;
        return new IndexedSentence(doc.Get(Fields.Article), doc.Get(Fields.Headline),
            doc.GetField(Fields.Paragraph).GetInt32Value()!.Value, doc.GetField(Fields.Position).GetInt32Value()!.Value,
            doc.GetField(Fields.Start).GetInt32Value()!.Value, doc.GetField(Fields.End).GetInt32Value()!.Value,
            doc.Get(Fields.Text), kind, speaker, doc.Get(Fields.Heading) is not null);
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }

    private sealed class SearcherFactoryWithSimilarity(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
