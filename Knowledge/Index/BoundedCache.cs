using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// A concurrent cache that is emptied when full, which keeps memory flat without bookkeeping on the hot path. It counts
/// its own entries: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the dictionary (up to
/// 1,024 once it has grown), which had made each addition to a large cache cost more than the lookup it saved.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _count;

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    public void Add(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) >= capacity)
        {
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }
        if (_entries.TryAdd(key, value)) Interlocked.Increment(ref _count);
    }
}
