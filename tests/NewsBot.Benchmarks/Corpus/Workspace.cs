using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Knowledge;

namespace NewsBot.Benchmarks.Corpus;

/// <summary>
/// Where the benchmarks keep generated corpora and their indexes between runs (the system temp folder). BenchmarkDotNet
/// runs every case in its own process; a corpus is written once and an index built once, then every later process
/// opens the index as it is, through the same <see cref="KnowledgeStore.Synchronize"/> the bot starts with.
/// </summary>
public static class Workspace
{
    // Bump when the generator changes, so no stale corpus is measured.
    private const string CorpusVersion = "v2";

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "newsbot-bench");

    /// <summary>The folder of a generated corpus of this many sentences, written on first use.</summary>
    public static string Articles(int sentences)
    {
        var folder = Path.Combine(Root, $"articles-{sentences}-{CorpusVersion}");
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done)) return folder;
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        new NewsCorpus().WriteTo(folder, sentences);
        File.WriteAllText(done, "");
        return folder;
    }

    /// <summary>
    /// A knowledge store over that corpus, ready to answer, as the bot opens it when it starts on an existing index. The
    /// index is built only when missing or stale (the engine's assembly changed: BenchmarkDotNet builds its own copy for
    /// each job); a store that has just built it is closed and the index opened afresh after a full collection, so the
    /// questions are not timed on a heap still holding what indexing a million sentences left behind.
    /// </summary>
    public static KnowledgeStore Store(int sentences)
    {
        var articles = Articles(sentences);
        var index = Path.Combine(Root, $"index-{sentences}-{CorpusVersion}");
        var store = new KnowledgeStore(articles, index, NullLogger<KnowledgeStore>.Instance);
        if (store.Synchronize().Indexed == 0) return store;
        store.Dispose();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        store = new KnowledgeStore(articles, index, NullLogger<KnowledgeStore>.Instance);
        store.Synchronize();
        return store;
    }

    /// <summary>A fresh empty folder under the workspace.</summary>
    public static string Scratch(string name)
    {
        var folder = Path.Combine(Root, "scratch", $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
