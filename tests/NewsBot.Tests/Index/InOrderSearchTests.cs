using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Knowledge.Index;

namespace NewsBot.Tests.Index;

/// <summary>Candidates scored in document order are the hits Lucene's own search gives, ties in document order.</summary>
public sealed class InOrderSearchTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public InOrderSearchTests()
    {
        string[] words = ["harbor", "council", "vote", "dredge", "channel", "mayor", "budget", "ferry", "strike", "port"];
        using var analyzer = new EnglishAnalyzer(SentenceIndex.Version);
        var config = new IndexWriterConfig(SentenceIndex.Version, analyzer) { Similarity = new BM25Similarity(), MaxBufferedDocs = 300, MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            // many segments of unequal size; repeated texts make ties, which must keep document order
            for (int i = 0; i < 2_000; i++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 1 + i % 7).Select(k => words[(i * 3 + k * k) % words.Length]));
                writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO) });
                if (i % 450 == 0) writer.Commit();
            }
            writer.DeleteDocuments(new Term("text", "ferri")); // deletions are skipped on both sides
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public static TheoryData<string, int> Questions => new()
    {
        { "harbor", 10 }, { "harbor council", 240 }, { "+vote +dredg", 60 }, { "mayor budget strike", 5 }, { "channel", 5_000 }, { "nowher", 10 },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void ScoringInDocumentOrderGivesTheHitsOfLucenesOwnSearch(string query, int n)
    {
        // analysed terms; "+" makes a term required
        var parsed = new BooleanQuery();
        foreach (var word in query.Split(' '))
            parsed.Add(new TermQuery(new Term("text", word.TrimStart('+'))), word.StartsWith('+') ? Occur.MUST : Occur.SHOULD);

        var inOrder = TopScoreDocCollector.Create(n, docsScoredInOrder: true);
        _searcher.Search(parsed, inOrder);
        var whole = inOrder.GetTopDocs().ScoreDocs;
        var top = IndexView.Top(_searcher, parsed, n);
        var outOfOrder = _searcher.Search(parsed, n).ScoreDocs; // Lucene's own choice

        Assert.True(_reader.Leaves.Count >= 4);
        Assert.Equal(whole.Select(h => (h.Doc, h.Score)), top.Select(h => (h.Doc, h.Score)));
        Assert.Equal(outOfOrder.Select(h => h.Doc), whole.Select(h => h.Doc));
        Assert.Equal(outOfOrder.Select(h => h.Score), whole.Select(h => h.Score), (a, b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1, Math.Abs(a)));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
