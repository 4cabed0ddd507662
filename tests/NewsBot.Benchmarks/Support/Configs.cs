using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace NewsBot.Benchmarks.Support;

/// <summary>
/// Long operations over a whole corpus (seconds each): few iterations, no pilot, throughput in operations (sentences)
/// per second. Keeps the full run inside the machine's budget. Five warm-up runs, and the bot's tiering setting (see
/// <see cref="BotRuntime"/>): attribution's large code was otherwise still being recompiled by the tiered JIT in the
/// first measured runs (2–3× slower than the rest). Two jobs, as for the questions: the server GC the bot
/// indexes with at start-up (ASP.NET Core's default), and the workstation GC, where each collection of the several
/// indexing threads stops them all.
/// </summary>
public static class BotRuntime
{
    /// <summary>
    /// A job under the bot's runtime settings besides its GC: hot methods recompiled without the tiered JIT's start-up
    /// delay (`System.Runtime.TieredCompilation.CallCountingDelayMs` 0 in Bot.csproj, the same knob as an environment
    /// variable here, since each job is a process of its own).
    /// </summary>
    public static Job Job { get; } = Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"));
}

public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        var job = BotRuntime.Job.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(7);
        AddJob(job.WithGcServer(true).WithId("BotServerGC"));
        AddJob(job.WithGcServer(false).WithId("WorkstationGC"));
        AddColumn(StatisticColumn.OperationsPerSecond);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>
/// One question per iteration, every iteration kept (no outlier removal) and no forced collection between them, so
/// the median and the 99th percentile are those of single questions, garbage collections included. Two jobs: the
/// server GC the bot runs with (ASP.NET Core's default, which NewsBot keeps), and the workstation GC, where each
/// collection runs on the thread that asked the question, which puts its pauses on that question.
/// </summary>
public sealed class LatencyConfig : ManualConfig
{
    public const int Questions = 2_000;

    public LatencyConfig()
    {
        var job = BotRuntime.Job
            .WithLaunchCount(1)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithWarmupCount(200).WithIterationCount(Questions)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithGcForce(false);
        AddJob(job.WithGcServer(true).WithId("BotServerGC"));
        AddJob(job.WithGcServer(false).WithId("WorkstationGC"));
        // no MemoryDiagnoser: it measures one extra invocation, here a single question; the questions' own mean instead
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max,
            CaseFigureColumn.AllocatedPerQuestion, CaseFigureColumn.WorkingSet);
    }
}
