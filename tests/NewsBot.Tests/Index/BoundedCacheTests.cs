using NewsBot.Knowledge.Index;

namespace NewsBot.Tests.Index;

public sealed class BoundedCacheTests
{
    [Fact]
    public void AFullCacheStartsAfreshInsteadOfGrowing()
    {
        var cache = new BoundedCache<int, string>(capacity: 3);
        for (int i = 0; i < 3; i++) cache.Add(i, $"v{i}");

        Assert.True(cache.TryGet(2, out var kept));
        Assert.Equal("v2", kept);
        cache.Add(3, "v3"); // the fourth entry empties the cache first

        Assert.True(cache.TryGet(3, out _));
        Assert.False(cache.TryGet(0, out _));
    }

    [Fact]
    public void AddingAKeyAgainKeepsTheFirstValueAndCountsOnce()
    {
        var cache = new BoundedCache<string, int>(capacity: 2, StringComparer.OrdinalIgnoreCase);
        cache.Add("a", 1);
        cache.Add("A", 2);
        cache.Add("b", 3);

        Assert.True(cache.TryGet("a", out var first));
        Assert.Equal(1, first);
        Assert.True(cache.TryGet("b", out _));
    }
}
