using System.Buffers.Binary;
using Lucene.Net.Store;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// The index directory on disk, whose segments are read from memory once opened for search. Writing, listing, locking
/// and merging go to <see cref="NIOFSDirectory"/> as before; a segment file opened for reading is read whole, once, and
/// every search reads it from that array (a compound file too, its parts as slices of it). Why: NIOFSDirectory reads
/// through a 1 KB buffer, one positioned read under a lock each, which was a third of a question's CPU time over a
/// million sentences; MMapDirectory, which avoids that, is slow and can crash under concurrent search in Lucene.Net 4.8
/// (apache/lucenenet #1151, #1013). The cost is the index's size in memory (173 MB for a million sentences). Segment
/// files never change once written, so the arrays never go stale; they go when the segment's readers close.
/// </summary>
public sealed class InMemoryReadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    // a file this large stays on disk: one array holds at most 2 GB, and the index is then too large to copy
    private const long MaxInMemory = 1L << 30;

    public override IndexInput OpenInput(string name, IOContext context) =>
        InMemory(name, context) ? new ArrayIndexInput($"InMemory({name})", Read(name)) : base.OpenInput(name, context);

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        InMemory(name, context) ? new ArraySlicer(name, Read(name)) : base.CreateSlicer(name, context);

    // what a searcher opens: merges and one-off reads (commit points, segment infos) stream from disk as before
    private bool InMemory(string name, IOContext context) =>
        context.Context == IOContext.UsageContext.READ && !context.ReadOnce && FileLength(name) <= MaxInMemory;

    private byte[] Read(string name)
    {
        EnsureOpen();
        return File.ReadAllBytes(Path.Combine(Directory.FullName, name));
    }

    private sealed class ArraySlicer(string name, byte[] bytes) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > bytes.Length)
                throw new ArgumentOutOfRangeException(nameof(offset), $"slice {offset}:{offset + length} is beyond the end of {name} ({bytes.Length} bytes)");
            return new ArrayIndexInput($"InMemory({sliceDescription} in {name})", bytes, (int)offset, (int)length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, bytes.Length);

        protected override void Dispose(bool disposing) { }
    }
}

/// <summary>
/// A file (or a slice of one) read from an array. Clones share the array and keep their own position, as Lucene
/// expects; reading past the end throws <see cref="EndOfStreamException"/>, as reading past the end of a file does.
/// </summary>
internal sealed class ArrayIndexInput : IndexInput
{
    private readonly byte[] _bytes;
    private readonly int _start, _end;
    private int _position;

    public ArrayIndexInput(string description, byte[] bytes) : this(description, bytes, 0, bytes.Length) { }

    public ArrayIndexInput(string description, byte[] bytes, int start, int length) : base(description)
    {
        _bytes = bytes;
        _start = _position = start;
        _end = start + length;
    }

    public override long Length => _end - _start;

    public override long Position => _position - _start;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > Length) throw new EndOfStreamException($"seek to {pos} is outside {this} ({Length} bytes)");
        _position = _start + (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _end) throw new EndOfStreamException($"read past the end of {this}");
        return _bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > _end - _position) throw new EndOfStreamException($"read past the end of {this}");
        Buffer.BlockCopy(_bytes, _position, b, offset, len);
        _position += len;
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0) throw new ArgumentOutOfRangeException(nameof(numBytes), "numBytes must be >= 0");
        if (numBytes > _end - _position) throw new EndOfStreamException($"skip past the end of {this}");
        _position += (int)numBytes;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _end - _position) throw new EndOfStreamException($"read past the end of {this}");
        var span = new ReadOnlySpan<byte>(_bytes, _position, count);
        _position += count;
        return span;
    }

    // the array is the garbage collector's to free, once neither this input nor a clone of it is in use
    protected override void Dispose(bool disposing) { }
}
