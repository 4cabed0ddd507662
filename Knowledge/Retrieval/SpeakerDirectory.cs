using NewsBot.Knowledge.Index;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>
/// Finds the speakers a user means by a loose name: case, surname alone, title alone ("the press secretary"),
/// the unnamed source's description ("the official"), or a small typo ("Psaky").
/// </summary>
public static class SpeakerDirectory
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "that", "this", "he", "she", "unnamed",
    };

    public static IReadOnlyList<string> Match(string asked, IEnumerable<SpeakerCount> speakers)
    {
        var wanted = Words(asked).Where(w => !Ignored.Contains(w)).ToList();
        if (wanted.Count == 0) return [];
        var matches = new List<(string Name, int Score)>();
        foreach (var speaker in speakers.DistinctBy(s => s.Name))
        {
            var nameWords = Words(speaker.Name.Replace("(unnamed)", "")).ToList();
            // the title and the article's own words for the speaker ("the press secretary", "the diplomat")
            var roleWords = Words(speaker.Role ?? "").Concat((speaker.Mentions ?? []).SelectMany(Words)).ToList();
            int score = 0;
            bool all = true;
            foreach (var w in wanted)
            {
                if (nameWords.Any(n => Similar(n, w))) score += 2;
                else if (roleWords.Any(r => Similar(r, w))) score += 1;
                else { all = false; break; }
            }
            if (all) matches.Add((speaker.Name, score));
        }
        if (matches.Count == 0) return [];
        int best = matches.Max(m => m.Score);
        return matches.Where(m => m.Score == best).Select(m => m.Name).ToList();
    }

    public static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '\'', '’', '(', ')', '-', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Where(w => w is not ("s"));

    public static bool Similar(string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4) return false;
        int allowed = shorter >= 8 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= allowed && Attribution.SpeakerResolver.EditDistance(a, b) <= allowed;
    }
}
