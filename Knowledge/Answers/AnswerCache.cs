using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Knowledge.Answers;

/// <summary>
/// Answers already given, by question and article scope (a query-result cache, as Solr and Elasticsearch keep one):
/// the same question in a chat room, a channel or a welcome suggestion is answered from memory. An answer depends only
/// on the question and the index, so the entries belong to one synchronization of the store and are dropped as soon
/// as another one publishes new articles. Bounded: emptied when full, which keeps memory flat without bookkeeping.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    private sealed record Generation(IReadOnlyList<ArticleSummary> Articles, int Capacity)
    {
        public BoundedCache<(Question Question, string? ArticleId), Answer> Entries { get; } = new(Capacity);
    }

    private Generation _current = new([], capacity);

    /// <summary>The cached answer, or a new one from <paramref name="answer"/>, remembered for this index generation.</summary>
    public Answer GetOrAdd(Question question, string? articleId, IReadOnlyList<ArticleSummary> articles, Func<Answer> answer)
    {
        if (capacity <= 0) return answer();
        var generation = _current;
        // The store publishes its new article list only after the index it describes is searchable, so an answer
        // computed from an older index can only land in an older generation, which is dropped.
        if (!ReferenceEquals(generation.Articles, articles)) _current = generation = new Generation(articles, capacity);
        if (generation.Entries.TryGet((question, articleId), out var known)) return known;
        var fresh = answer();
        generation.Entries.Add((question, articleId), fresh);
        return fresh;
    }
}
