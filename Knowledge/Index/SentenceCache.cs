using Lucene.Net.Index;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// Sentences already read from stored fields, by segment and document number (a document cache, as Solr keeps one).
/// Reading a stored document decompresses its whole block, the largest cost of a question once the search is done;
/// a segment never changes after it is written, so an entry stays true as long as its segment lives. Bounded: it is
/// emptied when full.
/// </summary>
internal sealed class SentenceCache(int capacity)
{
    private readonly BoundedCache<(object Segment, int Doc), IndexedSentence> _entries = new(capacity);

    public IndexedSentence? Find(AtomicReaderContext leaf, int doc) =>
        _entries.TryGet((leaf.AtomicReader.CoreCacheKey, doc - leaf.DocBase), out var sentence) ? sentence : null;

    public void Add(AtomicReaderContext leaf, int doc, IndexedSentence sentence) =>
        _entries.Add((leaf.AtomicReader.CoreCacheKey, doc - leaf.DocBase), sentence);
}
