using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Benchmarks.Support;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Sentences;

namespace NewsBot.Benchmarks;

/// <summary>
/// Indexing a corpus from nothing to one commit. The baseline is plain Lucene.Net with English analysis only, over
/// the very sentences NewsBot's splitter found (already split: the baseline gets them for free); NewsBot reads the
/// files, fingerprints them, parses, splits, attributes and indexes every sentence with its speaker. One operation is
/// one sentence; the Ratio column is time against the baseline (NewsBot's speed is 1/Ratio of plain Lucene's).
/// </summary>
[Config(typeof(ThroughputConfig))]
public class IndexingBenchmarks
{
    public const int Sentences = 20_000;

    private string _articles = "";
    private string[] _sentences = [];
    private AttributedArticle[] _attributed = [];
    private string _index = "";

    [GlobalSetup]
    public void Setup()
    {
        _articles = Workspace.Articles(Sentences);
        _attributed = System.IO.Directory.GetFiles(_articles, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => Attributor.Default.Attribute(ArticleReader.Read(path))).ToArray();
        _sentences = _attributed.SelectMany(a => a.Sentences.Select(s => s.Text)).ToArray();
        Console.WriteLine($"// corpus: {_attributed.Length} articles, {_sentences.Length} sentences as the splitter reads them ({Sentences} written)");
    }

    [IterationSetup]
    public void NewIndexFolder() => _index = Workspace.Scratch("indexing");

    [IterationCleanup]
    public void DeleteIndexFolder() => System.IO.Directory.Delete(_index, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Sentences)]
    public void PlainLucene()
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(_index));
        using var analyzer = new EnglishAnalyzer(SentenceIndex.Version);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SentenceIndex.Version, analyzer));
        foreach (var sentence in _sentences) writer.AddDocument(new Document { new TextField("text", sentence, Field.Store.YES) });
        writer.Commit();
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public void NewsBotWithAttribution()
    {
        using var store = new KnowledgeStore(_articles, _index, NullLogger<KnowledgeStore>.Instance);
        store.Synchronize();
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public void NewsBotAttributedAlready()
    {
        using var index = new SentenceIndex(_index, NullLogger.Instance);
        foreach (var attributed in _attributed) index.Put(attributed, KnowledgeStore.Summarize(attributed, "benchmark"));
        index.Commit();
    }
}
