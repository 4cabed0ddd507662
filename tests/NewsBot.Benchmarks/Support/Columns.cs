using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks.Support;

/// <summary>
/// A percentile of the measured iterations in milliseconds. With one question per iteration (see
/// <see cref="LatencyConfig"/>) that is the percentile of single questions, which the built-in columns stop at P95.
/// </summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"{percentile}th percentile of single questions, in milliseconds";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? $"{statistics.Percentiles.Percentile(percentile) / 1e6:N3} ms"
            : "NA";
}

/// <summary>The working set (VmRSS) the benchmark process had when it finished, as it wrote it (see <see cref="WorkingSet"/>).</summary>
public sealed class WorkingSetColumn : IColumn
{
    public string Id => nameof(WorkingSetColumn);
    public string ColumnName => "WorkingSet";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Metric;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Working set of the benchmark process after the last question (MiB)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Sentences")?.Value is int sentences && WorkingSet.Read(sentences) is { } bytes
            ? $"{bytes / 1024.0 / 1024.0:N0} MiB"
            : "NA";
}

/// <summary>Hands the working set from the benchmark process to the host's summary table through a file.</summary>
public static class WorkingSet
{
    public static void Write(int sentences) => File.WriteAllText(PathOf(sentences), Environment.WorkingSet.ToString());

    public static long? Read(int sentences) =>
        File.Exists(PathOf(sentences)) && long.TryParse(File.ReadAllText(PathOf(sentences)), out var bytes) ? bytes : null;

    private static string PathOf(int sentences)
    {
        System.IO.Directory.CreateDirectory(Corpus.Workspace.Root);
        return Path.Combine(Corpus.Workspace.Root, $"workingset-{sentences}.txt");
    }
}
