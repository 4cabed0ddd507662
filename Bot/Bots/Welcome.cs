using NewsBot.Knowledge;

namespace NewsBot.Bot.Bots;

/// <summary>The welcome text, with example questions made from the articles themselves (their speakers and headlines).</summary>
public static class Welcome
{
    public static string Compose(KnowledgeStore store)
    {
        int count = store.Articles.Count;
        var intro = count == 0
            ? "Hi, I'm NewsBot. I'm still reading the articles; ask me in a moment."
            : $"Hi, I'm NewsBot. I answer questions about {count} news article{(count == 1 ? "" : "s")}, quoting them word for word and saying who said what.";
        var examples = Examples(store);
        // one line: Teams and the Playground fold a list in a plain message into a single line anyway
        return examples.Count == 0 ? intro : intro + "\n\nTry " + string.Join(", ", examples.SkipLast(1).Select(e => $"\"{e}\"")) +
            (examples.Count > 1 ? " or " : "") + $"\"{examples[^1]}\".";
    }

    public static IReadOnlyList<string> Examples(KnowledgeStore store)
    {
        var examples = new List<string>();
        var speaker = store.Articles.SelectMany(a => a.Speakers)
            .Where(s => s.Type == Knowledge.Attribution.SpeakerType.Person && !s.Name.EndsWith("(unnamed)", StringComparison.Ordinal))
            .GroupBy(s => s.Name).OrderByDescending(g => g.Sum(s => s.Quotes)).Select(g => g.Key).FirstOrDefault();
        if (speaker is not null) examples.Add($"What did {speaker.Split(' ')[^1]} say?");
        if (store.Articles.Any(a => a.Speakers.Count > 0)) examples.Add("Who is quoted?");
        var headline = store.Articles.Select(a => a.Headline).FirstOrDefault();
        var topic = headline?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '"', ':', ',', '.', '‘', '’'))
            .FirstOrDefault(w => w.Length > 3 && char.IsUpper(w[0]) && !string.Equals(w, speaker, StringComparison.Ordinal));
        if (topic is not null) examples.Add($"Tell me about {topic}");
        return examples;
    }
}
