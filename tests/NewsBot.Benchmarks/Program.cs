using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsBot.Benchmarks.Corpus;

// `corpus --sentences N --out DIR` writes the generated archive (for the load script); `profile --sentences N` times
// the question mix by kind (`--only TEXT` keeps the questions holding TEXT); anything else runs the benchmarks.
if (args.Length > 0 && args[0] == "corpus")
{
    int sentences = Option("--sentences") is { } n ? int.Parse(n) : 1_000_000;
    var folder = Option("--out") ?? throw new ArgumentException("corpus needs --out DIR");
    var written = new NewsCorpus().WriteTo(folder, sentences);
    Console.WriteLine($"Wrote {System.IO.Directory.GetFiles(folder, "*.txt").Length} articles, {written} sentences, to {folder}");
    return 0;
}

if (args.Length > 0 && args[0] == "profile")
{
    NewsBot.Benchmarks.Profile.Run(Option("--sentences") is { } n ? int.Parse(n) : 1_000_000, Option("--rounds") is { } r ? int.Parse(r) : 2, Option("--only"));
    return 0;
}

// each job builds its own copy of the engine; on a loaded shared machine that took longer than BenchmarkDotNet's
// two-minute default, which then ran no benchmark at all
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
return 0;

string? Option(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
