using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;

namespace NewsBot.Knowledge;

/// <summary>
/// The articles folder and its index, kept in step: at start-up every article whose bytes (or whose analysis code)
/// changed since it was indexed is re-read, attributed and re-indexed; unchanged ones are reused as they are.
/// </summary>
public sealed class KnowledgeStore : IDisposable
{
    // Re-index whenever the analysis code changes, not only when the articles do.
    private static readonly string EngineVersion = typeof(KnowledgeStore).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly ILogger<KnowledgeStore> _logger;
    private volatile IReadOnlyList<ArticleSummary> _articles = [];
    private volatile bool _ready;

    public KnowledgeStore(string articlesPath, string indexPath, ILogger<KnowledgeStore> logger)
    {
        ArticlesPath = articlesPath;
        _logger = logger;
        Index = new SentenceIndex(indexPath, logger);
    }

    public string ArticlesPath { get; }
    public SentenceIndex Index { get; }
    public bool IsReady => _ready;
    public IReadOnlyList<ArticleSummary> Articles => _articles;

    private Lazy<Retrieval.SpeakerRoster> _speakers = new(() => new([]));

    /// <summary>Every speaker of every article, for finding the one a question names (built once per sync, off the start-up path).</summary>
    public Retrieval.SpeakerRoster Speakers => _speakers.Value;

    /// <summary>What a synchronization did: articles (re)indexed, reused as they were, skipped as unreadable, removed.</summary>
    public sealed record SyncResult(int Indexed, int Reused, int Skipped, int Removed);

    /// <summary>Brings the index in step with the articles folder; safe to run again (idempotent).</summary>
    public SyncResult Synchronize()
    {
        var indexed = Index.Articles().ToDictionary(a => a.Id);
        var paths = System.IO.Directory.EnumerateFiles(ArticlesPath, "*.txt").Order(StringComparer.Ordinal).ToArray();
        // Reading and hashing every file is most of a start-up on an existing index. A file whose length and write
        // time are those it was indexed with is taken as unchanged without reading it (as git's index does); any
        // other is hashed, on all cores.
        var fingerprints = new string?[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            try
            {
                var id = Path.GetFileNameWithoutExtension(paths[i]);
                fingerprints[i] = indexed.TryGetValue(id, out var known) && known.Stamp == Stamp(paths[i]) && known.Fingerprint.EndsWith(EngineVersion)
                    ? known.Fingerprint
                    : Fingerprint(File.ReadAllBytes(paths[i]));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // read again below, where it is handled as before
        });
        // Unchanged articles are reused as they are; the others are read, attributed and indexed, each file's outcome
        // kept in its place so the order holds.
        var outcomes = new ArticleSummary?[paths.Length];
        var changed = new List<int>();
        for (int i = 0; i < paths.Length; i++)
        {
            if (fingerprints[i] is { } known && indexed.TryGetValue(Path.GetFileNameWithoutExtension(paths[i]), out var unchanged) && unchanged.Fingerprint == known)
                outcomes[i] = unchanged;
            else changed.Add(i);
        }
        IndexFiles(paths, changed, outcomes);
        var current = outcomes.OfType<ArticleSummary>().ToList();
        int indexedCount = changed.Count(i => outcomes[i] is not null), skipped = changed.Count - indexedCount;
        var seen = current.Select(a => a.Id).ToHashSet();
        var removed = indexed.Keys.Where(id => !seen.Contains(id)).ToList();
        foreach (var gone in removed) Index.Remove(gone);
        Index.Commit();
        var speakers = new Lazy<Retrieval.SpeakerRoster>(() => new Retrieval.SpeakerRoster(current.SelectMany(a => a.Speakers)), LazyThreadSafetyMode.ExecutionAndPublication);
        _speakers = speakers;
        _articles = current;
        _ready = true;
        _ = Task.Run(() => speakers.Value); // ready to answer now; the roster follows within moments
        _logger.LogInformation("Knowledge ready: {Articles} articles ({Indexed} indexed now, {Reused} reused from the index), {Sentences} sentences indexed from {Path}.",
            current.Count, indexedCount, current.Count - indexedCount, Index.SentenceCount(), ArticlesPath);
        return new SyncResult(indexedCount, current.Count - indexedCount, skipped, removed.Count);
    }

    /// <summary>
    /// Reads, attributes and indexes the files <paramref name="changed"/> names, putting each one's summary (null when
    /// it is unreadable) at its place in <paramref name="outcomes"/>.
    /// </summary>
    /// <remarks>
    /// Reading and attributing scale with the cores; adding documents to the IndexWriter does not: fed from every core
    /// its threads mostly wait on one another (its per-document locks, a holder switched out while the others spin),
    /// and then cost more CPU per sentence than one thread alone. So articles are attributed on every core and handed,
    /// through a short queue, to half as many index writers (one on two cores). The queue's bound holds the attributors
    /// back when the writers fall behind, so they never hold more than a few articles in memory.
    /// </remarks>
    private void IndexFiles(string[] paths, List<int> changed, ArticleSummary?[] outcomes)
    {
        if (changed.Count == 0) return;
        int cores = Environment.ProcessorCount, writers = Math.Max(1, cores / 2);
        using var attributed = new BlockingCollection<(int File, AttributedArticle Article, ArticleSummary Summary)>(boundedCapacity: 4 * cores);
        using var stop = new CancellationTokenSource();
        var attributing = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = cores, CancellationToken = stop.Token }, i =>
                {
                    if (Attribute(paths[i]) is { } done) attributed.Add((i, done.Article, done.Summary), stop.Token);
                });
            }
            finally { attributed.CompleteAdding(); }
        });
        var writing = Enumerable.Range(0, writers).Select(_ => Task.Run(() =>
        {
            try
            {
                foreach (var (i, article, summary) in attributed.GetConsumingEnumerable(stop.Token)) outcomes[i] = Put(paths[i], article, summary);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                stop.Cancel(); // nobody is left to empty the queue: the attributors stop too, rather than wait on it forever
                throw;
            }
        })).ToArray();
        try { Task.WaitAll([attributing, .. writing]); }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) is { } cause)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        }
    }

    /// <summary>Reads and attributes one article file; null when it is unreadable (a warning says why).</summary>
    private (AttributedArticle Article, ArticleSummary Summary)? Attribute(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        try
        {
            var stamp = Stamp(path); // before reading: a write in between leaves a stale stamp, so a re-hash next time
            var bytes = File.ReadAllBytes(path);
            var attributed = Attributor.Default.Attribute(ArticleReader.Parse(id, bytes));
            return (attributed, Summarize(attributed, Fingerprint(bytes)) with { Stamp = stamp });
        }
        catch (InvalidArticleException e)
        {
            _logger.LogWarning("Skipped article file {File}: {Reason}.", path, e.Message);
        }
        catch (IOException e)
        {
            _logger.LogWarning("Skipped article file {File}: it could not be read ({Reason}).", path, e.Message);
        }
        return null;
    }

    /// <summary>Adds an attributed article to the index; null when the index refuses it (a warning says why).</summary>
    private ArticleSummary? Put(string path, AttributedArticle attributed, ArticleSummary summary)
    {
        try
        {
            Index.Put(attributed, summary);
            return summary;
        }
        catch (InvalidArticleException e)
        {
            _logger.LogWarning("Skipped article file {File}: {Reason}.", path, e.Message);
        }
        catch (IOException e)
        {
            _logger.LogWarning("Skipped article file {File}: it could not be indexed ({Reason}).", path, e.Message);
        }
        return null;
    }

    /// <summary>The article with this id, attributed afresh from its file (for the quote export), or null.</summary>
    public AttributedArticle? Attributed(string id)
    {
        if (!_articles.Any(a => a.Id == id)) return null;
        var path = Path.Combine(ArticlesPath, id + ".txt");
        try { return Attributor.Default.Attribute(ArticleReader.Read(path)); }
        catch (Exception e) when (e is InvalidArticleException or IOException) { return null; }
    }

    public static ArticleSummary Summarize(AttributedArticle attributed, string fingerprint)
    {
        // (a refusal's source stays a speaker of the roster, so that "Governor Ruiz" finds the person it names; what
        // replies show of them is narration, see AttributedArticle.QuoteOf)
        var speakers = attributed.Quotes
            .Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!.Name)
            .Select(g => new SpeakerCount(g.Key, g.First().Speaker!.Type, g.Select(q => q.Speaker!.Role).FirstOrDefault(r => r is not null),
                g.Count(), g.Count(q => q.Kind != QuoteKind.Indirect), g.Count(q => q.Kind == QuoteKind.Indirect),
                g.Select(q => q.Source?.Text).OfType<string>().Where(m => m.Contains(' ') || (char.IsUpper(m[0]) && m is not ("He" or "She" or "They" or "It" or "I" or "We")))
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var article = attributed.Article;
        return new ArticleSummary(article.Id, article.Headline, article.Paragraphs.Count, attributed.Quotes.Count, speakers, fingerprint);
    }

    private static string Stamp(string path)
    {
        var file = new FileInfo(path);
        return $"{file.Length}:{file.LastWriteTimeUtc.Ticks}";
    }

    private static string Fingerprint(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)) + ":" + EngineVersion;

    public void Dispose() => Index.Dispose();
}
