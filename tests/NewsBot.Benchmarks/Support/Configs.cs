using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace NewsBot.Benchmarks.Support;

/// <summary>
/// Long operations over a whole corpus (seconds each): few iterations, no pilot, throughput in operations (sentences)
/// per second. Keeps the full run inside the machine's budget. Five warm-up runs: with two, attribution's large code
/// was still being recompiled by the tiered JIT in the first measured ones (2–3× slower than the rest). Two jobs, as for the questions: the server GC the bot
/// indexes with at start-up (ASP.NET Core's default), and the workstation GC, where each collection of the several
/// indexing threads stops them all.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(7);
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
        var job = Job.Default
            .WithLaunchCount(1)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithWarmupCount(200).WithIterationCount(Questions)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithGcForce(false);
        AddJob(job.WithGcServer(true).WithId("BotServerGC"));
        AddJob(job.WithGcServer(false).WithId("WorkstationGC"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max, new WorkingSetColumn());
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
