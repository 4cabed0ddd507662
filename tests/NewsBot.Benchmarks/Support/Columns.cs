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

/// <summary>
/// A figure the benchmark process measured itself and wrote at its end (see <see cref="CaseFigures"/>), shown in the
/// host's summary table beside the case it belongs to.
/// </summary>
public sealed class CaseFigureColumn(string name, string legend, Func<double, string> format) : IColumn
{
    public string Id => $"{nameof(CaseFigureColumn)}.{name}";
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Metric;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        CaseFigures.Read(benchmarkCase, name) is { } value ? format(value) : "NA";

    /// <summary>The working set (VmRSS) the benchmark process had when it finished.</summary>
    public static CaseFigureColumn WorkingSet { get; } = new("WorkingSet", "Working set of the benchmark process after the last question (MiB)", bytes => $"{bytes / 1024.0 / 1024.0:N0} MiB");

    /// <summary>
    /// Bytes allocated per question, over every question the process asked. BenchmarkDotNet's own Allocated column
    /// measures one extra invocation, which with one question per iteration is a single question of the mix.
    /// </summary>
    public static CaseFigureColumn AllocatedPerQuestion { get; } = new("Alloc/question", "Bytes allocated per question on the asking thread, mean over every question asked (KB)", bytes => $"{bytes / 1024.0:N0} KB");
}

/// <summary>
/// Hands figures from the benchmark process to the host's summary table through files, one per case: archive size and
/// garbage collector (each job is a process of its own, and the host only sees BenchmarkDotNet's own measurements).
/// </summary>
public static class CaseFigures
{
    public static void Write(int sentences, string name, double value) =>
        File.WriteAllText(PathOf(sentences, System.Runtime.GCSettings.IsServerGC, name), value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static double? Read(BenchmarkCase benchmarkCase, string name)
    {
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Sentences")?.Value is not int sentences) return null;
        var path = PathOf(sentences, benchmarkCase.Job.Environment.Gc.Server, name);
        return File.Exists(path) && double.TryParse(File.ReadAllText(path), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string PathOf(int sentences, bool serverGc, string name)
    {
        System.IO.Directory.CreateDirectory(Corpus.Workspace.Root);
        var file = string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
        return Path.Combine(Corpus.Workspace.Root, $"{file}-{sentences}-{(serverGc ? "server" : "workstation")}.txt");
    }
}
