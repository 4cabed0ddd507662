using System.Diagnostics;
using NewsBot.Benchmarks.Corpus;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Benchmarks;

/// <summary>
/// `profile --sentences N`: the question mix of <see cref="QuestionBenchmarks"/> timed by kind of question, to find
/// which kind makes the tail. A diagnostic beside the benchmarks, not a replacement for them.
/// </summary>
public static class Profile
{
    public static void Run(int sentences, int rounds)
    {
        using var store = Workspace.Store(sentences);
        var answerer = new Answerer(store);
        var questions = new NewsCorpus().Questions(500);
        foreach (var q in questions.Take(100)) answerer.Ask(q); // warm up
        var times = new Dictionary<string, List<double>>();
        var slowest = new List<(double Ms, string Question, string Kind)>();
        for (int r = 0; r < rounds; r++)
            foreach (var q in questions)
            {
                long start = Stopwatch.GetTimestamp();
                var answer = answerer.Ask(q);
                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                var kind = $"{Question.Parse(q).Kind}/{answer.Kind}";
                (times.TryGetValue(kind, out var list) ? list : times[kind] = []).Add(ms);
                slowest.Add((ms, q, kind));
            }
        Console.WriteLine($"{sentences} sentences, {store.Articles.Count} articles; {rounds} x {questions.Count} questions");
        Console.WriteLine($"{"kind",-28} {"count",6} {"median",9} {"p99",9} {"max",9}");
        foreach (var (kind, list) in times.OrderBy(t => t.Key).Append(new("all", times.Values.SelectMany(l => l).ToList())))
        {
            list.Sort();
            Console.WriteLine($"{kind,-28} {list.Count,6} {list[list.Count / 2],9:N2} {list[(int)Math.Min(list.Count - 1, Math.Ceiling(list.Count * 0.99) - 1)],9:N2} {list[^1],9:N2}");
        }
        Console.WriteLine("slowest questions:");
        foreach (var (ms, q, kind) in slowest.OrderByDescending(s => s.Ms).Take(12)) Console.WriteLine($"  {ms,8:N2} ms  {kind,-24} {q}");
        Console.WriteLine($"working set {Environment.WorkingSet / 1048576} MiB");
    }
}
