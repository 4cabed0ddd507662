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

    /// <summary>A knowledge store over that corpus, ready to answer; the index is built only when missing or stale.</summary>
    public static KnowledgeStore Store(int sentences)
    {
        var store = new KnowledgeStore(Articles(sentences), Path.Combine(Root, $"index-{sentences}-{CorpusVersion}"),
            NullLogger<KnowledgeStore>.Instance);
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
