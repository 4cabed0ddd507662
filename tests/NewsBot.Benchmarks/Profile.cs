using System.Diagnostics;
using System.Runtime.InteropServices;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Benchmarks;

/// <summary>
/// `profile --sentences N`: the question mix of <see cref="QuestionBenchmarks"/> timed by kind of question, to find
/// which kind makes the tail. A diagnostic beside the benchmarks, not a replacement for them. Besides the wall-clock
/// time it gives the CPU time the question took on its thread (Linux), which other load on a shared machine inflates
/// far less: a question waiting for a core is slow, not costly.
/// </summary>
public static class Profile
{
    public static void Run(int sentences, int rounds, string? only = null)
    {
        using var store = Workspace.Store(sentences);
        var answerer = new Answerer(store);
        var questions = new NewsCorpus().Questions(500);
        // warm up on other questions than those timed by `--only`, so that its first round asks them for the first time
        foreach (var q in questions.Take(100).Where(q => only is null || !q.Contains(only, StringComparison.OrdinalIgnoreCase))) answerer.Ask(q);
        // `--only TEXT`: the questions holding TEXT, to look at one kind closely (under a profiler, say)
        if (only is not null) questions = questions.Where(q => q.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        var times = new Dictionary<string, List<(double Wall, double Cpu)>>();
        var slowest = new List<(double Ms, double Cpu, string Question, string Kind)>();
        var pause = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < rounds; r++)
            foreach (var q in questions)
            {
                double cpu0 = ThreadCpuMs();
                long start = Stopwatch.GetTimestamp();
                var answer = answerer.Ask(q);
                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds, cpu = ThreadCpuMs() - cpu0;
                var kind = $"{Question.Parse(q).Kind}/{answer.Kind}";
                (times.TryGetValue(kind, out var list) ? list : times[kind] = []).Add((ms, cpu));
                slowest.Add((ms, cpu, q, kind));
            }
        int asked = rounds * questions.Count;
        Console.WriteLine($"{sentences} sentences, {store.Articles.Count} articles; {rounds} x {questions.Count} questions");
        Console.WriteLine($"allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / asked / 1024} KB/question; GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / asked:N2} ms/question, "
                          + $"collections gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}");
        Console.WriteLine($"{"kind",-28} {"count",6} {"median",9} {"p99",9} {"max",9} {"cpu med",9} {"cpu p99",9}");
        foreach (var (kind, list) in times.OrderBy(t => t.Key).Append(new("all", times.Values.SelectMany(l => l).ToList())))
        {
            var wall = list.Select(t => t.Wall).Order().ToList();
            var cpu = list.Select(t => t.Cpu).Order().ToList();
            Console.WriteLine($"{kind,-28} {list.Count,6} {wall[wall.Count / 2],9:N2} {P99(wall),9:N2} {wall[^1],9:N2} {cpu[cpu.Count / 2],9:N2} {P99(cpu),9:N2}");
        }
        Console.WriteLine("costliest questions (wall, cpu):");
        foreach (var (ms, cpu, q, kind) in slowest.OrderByDescending(s => double.IsNaN(s.Cpu) ? s.Ms : s.Cpu).Take(16)) Console.WriteLine($"  {ms,8:N2} ms {cpu,8:N2} ms  {kind,-24} {q}");
        Console.WriteLine($"working set {Environment.WorkingSet / 1048576} MiB");
    }

    private static double P99(List<double> sorted) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.99) - 1)];

    // CPU time of the calling thread (clock_gettime(CLOCK_THREAD_CPUTIME_ID), nanosecond resolution, unlike
    // getrusage's scheduler ticks); NaN where it is not available
    private static double ThreadCpuMs()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(3, out var time) != 0) return double.NaN;
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds, Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
