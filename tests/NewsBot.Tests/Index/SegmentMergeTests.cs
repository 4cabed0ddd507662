using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Index;

/// <summary>
/// A bulk load ends in one segment, and so does a re-index of the whole archive; a day's few articles added to a large
/// index do not rewrite it.
/// </summary>
public sealed class SegmentMergeTests
{
    // a segment every 10 documents: 30 articles of 4 sentences (the headline is one) and a summary document each flush 15 segments
    private const int FlushEvery = 10;

    private static void Put(SentenceIndex index, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            var attributed = Attributor.Default.Attribute(TestArticles.Parse(
                $"Harbor report {i}\n\nThe harbor wall {i} held overnight. \"It will hold,\" the mayor said. Crews inspected it at dawn.\n", $"harbor-{i}"));
            index.Put(attributed, KnowledgeStore.Summarize(attributed, $"fingerprint-{i}"));
        }
    }

    // 30 articles loaded and committed by one index, then the folder opened again by another (a restart)
    private static SentenceIndex ReopenedAfterLoading30(TempFolder folder)
    {
        using (var first = new SentenceIndex(folder.Path, NullLogger.Instance, FlushEvery))
        {
            Put(first, 0, 30);
            first.Commit();
        }
        return new SentenceIndex(folder.Path, NullLogger.Instance, FlushEvery);
    }

    [Fact]
    public void ABulkLoadIsMergedIntoOneSegmentAndKeepsEverySentence()
    {
        using var folder = new TempFolder();
        using var index = new SentenceIndex(folder.Path, NullLogger.Instance, FlushEvery);

        Put(index, 0, 30);
        index.Commit();

        Assert.Equal(1, index.Segments());
        Assert.Equal(120, index.SentenceCount());
        Assert.Equal(30, index.Articles().Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"harbor-{i}").Order(), index.Articles().Select(a => a.Id).Order());
    }

    [Fact]
    public void AFewArticlesAddedToALargeIndexLeaveItsSegmentsToTheMergePolicy()
    {
        using var folder = new TempFolder();
        using var index = new SentenceIndex(folder.Path, NullLogger.Instance, FlushEvery);
        Put(index, 0, 30);
        index.Commit();

        Put(index, 30, 8);
        index.Commit();

        Assert.True(index.Segments() > 1, $"{index.Segments()} segment(s): the whole index was rewritten for 8 articles");
        // every article read once, from the merged segment and the small ones beside it
        Assert.Equal(Enumerable.Range(0, 38).Select(i => $"harbor-{i}").Order(StringComparer.Ordinal), index.Articles().Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnIndexReopenedOnALargeArchiveDoesNotCountItsOwnDocumentsAsABulkLoad()
    {
        using var folder = new TempFolder();
        using var index = ReopenedAfterLoading30(folder);

        Put(index, 30, 8);
        index.Commit();

        Assert.True(index.Segments() > 1);
        Assert.Equal(38 * 4, index.SentenceCount());
    }

    [Fact]
    public void ReindexingTheWholeArchiveOverAnExistingIndexEndsInOneSegment()
    {
        using var folder = new TempFolder();
        using var index = ReopenedAfterLoading30(folder);

        // every article written again (as after an upgrade of the analysis): the index replaces, it does not grow
        Put(index, 0, 30);
        index.Commit();

        Assert.Equal(1, index.Segments());
        Assert.Equal(0, index.DeletedDocuments());
        Assert.Equal(120, index.SentenceCount());
        Assert.Equal(30, index.Articles().Count);
    }
}
