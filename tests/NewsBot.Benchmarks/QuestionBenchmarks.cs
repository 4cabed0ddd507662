using BenchmarkDotNet.Attributes;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Benchmarks.Support;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;

namespace NewsBot.Benchmarks;

/// <summary>
/// Answering one question inside Knowledge (parse, retrieve, re-rank, compose) over archives of 10k, 100k and 1M
/// sentences. Each iteration is one question from a fixed mix (see <see cref="NewsCorpus.Questions"/>), so Median and
/// P99 are those of single questions; Alloc/question is the mean over every question asked. The index is built on the first run and reused after.
/// </summary>
[Config(typeof(LatencyConfig))]
public class QuestionBenchmarks
{
    private KnowledgeStore _store = null!;
    private Answerer _answerer = null!;
    private IReadOnlyList<string> _questions = [];
    private int _next;
    private long _allocated;

    [Params(10_000, 100_000, 1_000_000)]
    public int Sentences { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var started = DateTime.UtcNow;
        _store = Workspace.Store(Sentences);
        _answerer = new Answerer(_store);
        _questions = new NewsCorpus().Questions(500);
        Console.WriteLine($"// {Sentences} sentences: {_store.Articles.Count} articles, {_store.Index.SentenceCount()} sentences indexed, ready in {(DateTime.UtcNow - started).TotalSeconds:N1} s");
    }

    [Benchmark]
    public int Ask()
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        int quotes = _answerer.Ask(_questions[_next++ % _questions.Count]).Quotes.Count;
        _allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        return quotes;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        CaseFigures.Write(Sentences, CaseFigureColumn.WorkingSet.ColumnName, Environment.WorkingSet);
        if (_next > 0) CaseFigures.Write(Sentences, CaseFigureColumn.AllocatedPerQuestion.ColumnName, (double)_allocated / _next);
        _store.Dispose();
    }
}
