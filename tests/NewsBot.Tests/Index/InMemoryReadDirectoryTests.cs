using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsBot.Knowledge.Index;

namespace NewsBot.Tests.Index;

public sealed class InMemoryReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("newsbot-dir-");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnIndexWrittenToDiskIsSearchedFromMemoryWithTheSameHits(bool compound)
    {
        Write(compound, 500);
        var onDisk = Hits(new NIOFSDirectory(_folder));
        var inMemory = Hits(new InMemoryReadDirectory(_folder));

        Assert.Equal(50, onDisk.Count); // every tenth document holds "seven"
        Assert.Equal(onDisk, inMemory);
    }

    [Fact]
    public void MergesAndCommitPointsStillStreamFromDisk()
    {
        Write(compound: false, 20);
        using var directory = new InMemoryReadDirectory(_folder);
        var segmentsFile = directory.ListAll().Single(f => f.StartsWith("segments_"));
        var data = directory.ListAll().First(f => f.EndsWith(".fdt"));

        Assert.IsNotType<ArrayIndexInput>(directory.OpenInput(segmentsFile, IOContext.READ_ONCE));
        Assert.IsNotType<ArrayIndexInput>(directory.OpenInput(data, new IOContext(new MergeInfo(20, 1000, false, 1))));
        Assert.IsType<ArrayIndexInput>(directory.OpenInput(data, IOContext.READ));
    }

    [Fact]
    public void ClonesKeepTheirOwnPositionOverTheSameBytes()
    {
        var bytes = Enumerable.Range(0, 64).Select(i => (byte)i).ToArray();
        using var input = new ArrayIndexInput("test", bytes, 8, 16);
        input.Seek(4);
        var clone = (IndexInput)input.Clone();

        Assert.Equal(12, input.ReadByte());
        Assert.Equal(12, clone.ReadByte());
        clone.Seek(0);
        Assert.Equal(0x08090A0B, clone.ReadInt32());
        Assert.Equal(5, input.Position);
        Assert.Equal(16, input.Length);
    }

    [Fact]
    public void ReadingPastTheEndOfASliceFailsLikeReadingPastTheEndOfAFile()
    {
        using var input = new ArrayIndexInput("test", new byte[32], 4, 8);
        input.Seek(6);

        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[4], 0, 4));
        Assert.Throws<EndOfStreamException>(() => input.Seek(9));
        input.ReadInt16();
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    private void Write(bool compound, int documents)
    {
        var config = new IndexWriterConfig(SentenceIndex.Version, new StandardAnalyzer(SentenceIndex.Version)) { UseCompoundFile = compound };
        config.MergePolicy.NoCFSRatio = compound ? 1.0 : 0.0;
        using var directory = new NIOFSDirectory(_folder);
        using var writer = new IndexWriter(directory, config);
        for (int i = 0; i < documents; i++)
        {
            writer.AddDocument(new Document
            {
                new TextField("text", $"sentence number {i} {(i % 10 == 0 ? "seven" : "eight")}", Field.Store.YES),
                new NumericDocValuesField("n", i),
            });
            if (i % 100 == 99) writer.Commit(); // several segments
        }
        writer.Commit();
    }

    private static List<(string Text, long N, float Score)> Hits(Lucene.Net.Store.Directory directory)
    {
        using (directory)
        using (var reader = DirectoryReader.Open(directory))
        {
            var searcher = new IndexSearcher(reader);
            var values = MultiDocValues.GetNumericValues(reader, "n");
            return searcher.Search(new TermQuery(new Term("text", "seven")), 100).ScoreDocs
                .Select(h => (searcher.Doc(h.Doc).Get("text"), values.Get(h.Doc), h.Score)).ToList();
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
