using System.Text;
using BenchmarkDotNet.Attributes;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Benchmarks.Support;
using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Sentences;

namespace NewsBot.Benchmarks;

/// <summary>
/// Reading articles into sentences, and into sentences with their quotes and speakers (what indexing does first).
/// One operation is one sentence: Op/s is sentences per second.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class AttributionBenchmarks
{
    public const int Sentences = 20_000;

    private (string Id, byte[] Bytes)[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = new NewsCorpus().Articles(Sentences).Select(a => (a.Id, Encoding.UTF8.GetBytes(a.Text))).ToArray();
        int split = _articles.Sum(a => SentenceSplitter.Split(ArticleReader.Parse(a.Id, a.Bytes)).Count);
        Console.WriteLine($"// corpus: {_articles.Length} articles, {split} sentences as the splitter reads them ({Sentences} written)");
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public int Segmentation()
    {
        int count = 0;
        foreach (var (id, bytes) in _articles) count += SentenceSplitter.Split(ArticleReader.Parse(id, bytes)).Count;
        return count;
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public int SegmentationAndAttribution()
    {
        int count = 0;
        foreach (var (id, bytes) in _articles) count += Attributor.Default.Attribute(ArticleReader.Parse(id, bytes)).Quotes.Count;
        return count;
    }
}
