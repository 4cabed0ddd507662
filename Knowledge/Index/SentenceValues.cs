using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsBot.Knowledge.Attribution;
using Fields = NewsBot.Knowledge.Index.SentenceIndex.Fields;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// A sentence's fields as doc values: what ranking and quoting read for every candidate, by document number, without
/// decompressing a block of stored fields (Lucene's stored fields are meant for the few documents shown, doc values for
/// the many a search looks at). Repeated strings (article, headline, speaker) are stored once per segment. A text
/// longer than a doc value may hold is a stored field instead.
/// Few fields: Lucene.Net measures a numeric or binary doc value writer's memory by reflection on every value added, so
/// a numeric field per number made indexing cost more than the text's analysis. The paragraph, the position and the
/// flags share one number (all that lookups by place and by kind read: a binary value is a new array on every read),
/// kept as a sorted value, whose writer measures nothing by reflection: articles repeat the same places, so a segment
/// holds far fewer distinct ones than sentences, each decoded once. The offsets lead the text's bytes as variable-length integers.
/// </summary>
internal static class SentenceValues
{
    // Lucene refuses a binary doc value longer than this
    private const int MaxValue = 32_766;
    private const char Separator = '\u001F', VoiceSeparator = '\u001E';

    /// <summary>The fields of a sentence document, reused from one document to the next.</summary>
    public sealed class Writer
    {
        private readonly SortedDocValuesField _article = new(Fields.Article, new BytesRef());
        private readonly SortedDocValuesField _headline = new(Fields.Headline, new BytesRef());
        private readonly SortedDocValuesField _speaker = new(Fields.Speaker, new BytesRef());
        private readonly BinaryDocValuesField _values = new(Fields.Values, new BytesRef());
        private readonly SortedDocValuesField _place = new(Fields.Place, new BytesRef(new byte[PlaceBytes]));
        private readonly BinaryDocValuesField _voices = new(Fields.Voices, new BytesRef());

        /// <summary>The article the next sentences stand in: its id and headline, encoded once for all of them.</summary>
        public void Article(string articleId, string headline)
        {
            _article.SetBytesValue(Utf8(articleId));
            _headline.SetBytesValue(Utf8(headline));
        }

        public void AddTo(Document doc, Sentences.Sentence sentence, bool heading, Quote? quote, IReadOnlyList<Voice>? voices = null)
        {
            doc.Add(_article);
            doc.Add(_headline);
            int flags = (quote is null ? 0 : (int)quote.Kind + 1) | (heading ? HeadingFlag : 0);
            // the text after its offsets (at most 10 bytes); a text too long for a doc value is stored instead
            int length = Encoding.UTF8.GetByteCount(sentence.Text);
            bool stored = length + Offsets > MaxValue;
            var place = Place(sentence.Paragraph, sentence.Index, flags | (stored ? StoredTextFlag : 0));
            // the field keeps a reference to its bytes until the document is added, and is reused for the next one
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(_place.GetBinaryValue().Bytes, place);
            doc.Add(_place);
            var bytes = new byte[Offsets + (stored ? 0 : length)];
            int at = 0;
            WriteVarint(bytes, ref at, sentence.Start);
            WriteVarint(bytes, ref at, sentence.End - sentence.Start);
            if (!stored) at += Encoding.UTF8.GetBytes(sentence.Text, bytes.AsSpan(at));
            _values.SetBytesValue(new BytesRef(bytes, 0, at));
            doc.Add(_values);
            if (stored) doc.Add(new StoredField(Fields.Text, sentence.Text));
            if (quote?.Speaker is { } speaker)
            {
                _speaker.SetBytesValue(Utf8($"{speaker.Name}{Separator}{(int)speaker.Type}{Separator}{speaker.Role}"));
                doc.Add(_speaker);
            }
            // the few sentences several speakers speak in: a value the others leave out (a binary value is measured
            // by reflection as it is added, so one for every sentence would slow indexing down)
            if (voices is not null)
            {
                _voices.SetBytesValue(Utf8(string.Join(VoiceSeparator, voices.Select(v =>
                    $"{v.Speaker.Name}{Separator}{(int)v.Speaker.Type}{Separator}{v.Speaker.Role}{Separator}{(int)v.Kind}{Separator}{v.Start}{Separator}{v.End}"))));
                doc.Add(_voices);
            }
        }

        private static BytesRef Utf8(string value) => new(Encoding.UTF8.GetBytes(value));

        private static void WriteVarint(byte[] bytes, ref int at, int value)
        {
            uint v = (uint)value;
            for (; v >= 0x80; v >>= 7) bytes[at++] = (byte)(v | 0x80);
            bytes[at++] = (byte)v;
        }
    }

    // two variable-length integers of up to five bytes each
    private const int Offsets = 10;

    private const int PlaceBytes = sizeof(long);

    private const int HeadingFlag = 1 << 8, StoredTextFlag = 1 << 9, FlagBits = 10, PositionBits = 30;

    /// <summary>The most paragraphs and sentences an article may have for its places to fit in one number.</summary>
    public const int MaxParagraphs = 1 << (63 - FlagBits - PositionBits), MaxSentences = 1 << PositionBits;

    private static long Place(int paragraph, int position, int flags) =>
        ((long)paragraph << (FlagBits + PositionBits)) | ((long)position << FlagBits) | (uint)flags;

    private static int FlagsOf(long place) => (int)(place & ((1 << FlagBits) - 1));
    private static int PositionOf(long place) => (int)((place >> FlagBits) & ((1L << PositionBits) - 1));
    private static int ParagraphOf(long place) => (int)(place >> (FlagBits + PositionBits));

    /// <summary>Reads sentences of one segment; not thread-safe (one per view, as the doc values it holds).</summary>
    public sealed class Reader
    {
        private readonly SortedDocValues _article, _headline, _speaker;
        private readonly BinaryDocValues _values;
        private readonly BinaryDocValues? _voices;
        private readonly SortedDocValues _place;
        private readonly AtomicReader _reader;
        private readonly Decoded _decoded;
        private readonly BytesRef _bytes = new();

        private Reader(AtomicReader reader, SortedDocValues headline)
        {
            _reader = reader;
            _headline = headline;
            _article = reader.GetSortedDocValues(Fields.Article);
            _speaker = reader.GetSortedDocValues(Fields.Speaker) ?? DocValues.EMPTY_SORTED;
            _values = reader.GetBinaryDocValues(Fields.Values);
            _voices = reader.GetBinaryDocValues(Fields.Voices); // none in a segment without a sentence several speakers speak in
            _place = reader.GetSortedDocValues(Fields.Place);
            _decoded = Segments.GetValue(reader.CoreCacheKey, _ => new Decoded(_article.ValueCount, _headline.ValueCount, _speaker.ValueCount, _place.ValueCount));
        }

        /// <summary>The reader of a segment's sentences; null for a segment without sentences.</summary>
        public static Reader? Of(AtomicReader reader) =>
            reader.GetSortedDocValues(Fields.Headline) is { } headline && reader.GetBinaryDocValues(Fields.Values) is not null
            && reader.GetSortedDocValues(Fields.Place) is not null ? new Reader(reader, headline) : null;

        /// <summary>The sentence stored as this document (numbered within the segment), or null for an article's summary document.</summary>
        public IndexedSentence? Read(int doc)
        {
            int headline = _headline.GetOrd(doc);
            if (headline < 0) return null;
            long place = PlaceOf(doc);
            int flags = FlagsOf(place);
            _values.Get(doc, _bytes);
            var bytes = _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length);
            int at = 0, start = ReadVarint(bytes, ref at), length = ReadVarint(bytes, ref at);
            var text = (flags & StoredTextFlag) != 0 ? _reader.Document(doc).Get(Fields.Text) : Encoding.UTF8.GetString(bytes[at..]);
            return new IndexedSentence(Lookup(_article, _decoded.Articles, _article.GetOrd(doc))!, Lookup(_headline, _decoded.Headlines, headline)!,
                ParagraphOf(place), PositionOf(place), start, start + length, text,
                (flags & 0xFF) is var kind and > 0 ? (QuoteKind)(kind - 1) : null, Speaker(_speaker.GetOrd(doc)), (flags & HeadingFlag) != 0, Voices(doc));
        }

        private IReadOnlyList<Voice>? Voices(int doc)
        {
            if (_voices is null) return null;
            _voices.Get(doc, _bytes);
            if (_bytes.Length == 0) return null;
            return _bytes.Utf8ToString().Split(VoiceSeparator).Select(v => v.Split(Separator)).Select(parts => new Voice(
                new Speaker(parts[0], (SpeakerType)int.Parse(parts[1]), parts[2].Length > 0 ? parts[2] : null),
                (QuoteKind)int.Parse(parts[3]), int.Parse(parts[4]), int.Parse(parts[5]))).ToList();
        }

        public bool IsDirectQuote(int doc) => (FlagsOf(PlaceOf(doc)) & 0xFF) == (int)QuoteKind.Direct + 1;

        /// <summary>Whether this document is a sentence of that paragraph (any paragraph when null) at that position (any when null).</summary>
        public bool IsAt(int doc, int? paragraph, int? position)
        {
            if (_headline.GetOrd(doc) < 0) return false; // an article's summary document
            long place = PlaceOf(doc);
            return (paragraph is null || ParagraphOf(place) == paragraph) && (position is null || PositionOf(place) == position);
        }

        // an article's summary document has none: it reads as the flags of no quote at paragraph 0, position 0
        private long PlaceOf(int doc)
        {
            int ord = _place.GetOrd(doc);
            if (ord < 0) return 0;
            long known = _decoded.Places[ord];
            if (known >= 0) return known;
            _place.LookupOrd(ord, _bytes);
            return _decoded.Places[ord] = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length));
        }

        private static int ReadVarint(ReadOnlySpan<byte> bytes, ref int at)
        {
            uint value = 0;
            for (int shift = 0; ; shift += 7)
            {
                byte b = bytes[at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)value;
            }
        }

        private Speaker? Speaker(int ord)
        {
            if (ord < 0) return null;
            if (_decoded.Speakers[ord] is { } known) return known;
            _speaker.LookupOrd(ord, _bytes);
            var parts = _bytes.Utf8ToString().Split(Separator);
            return _decoded.Speakers[ord] = new Speaker(parts[0], (SpeakerType)int.Parse(parts[1]), parts[2].Length > 0 ? parts[2] : null);
        }

        private string? Lookup(SortedDocValues values, string?[] decoded, int ord)
        {
            if (ord < 0) return null;
            if (decoded[ord] is { } known) return known;
            values.LookupOrd(ord, _bytes);
            return decoded[ord] = _bytes.Utf8ToString();
        }
    }

    /// <summary>
    /// A segment's repeated values (article ids, headlines, speakers) decoded once and shared by every view of it: a
    /// sentence read then allocates its text alone, which dies young, instead of strings a cache would keep and every
    /// collection would copy. Filled as read; two threads racing on one entry store equal values.
    /// </summary>
    private sealed class Decoded(int articles, int headlines, int speakers, int places)
    {
        public readonly string?[] Articles = new string?[articles], Headlines = new string?[headlines];
        public readonly Speaker?[] Speakers = new Speaker?[speakers];

        /// <summary>Each place decoded, or -1 (a place is never negative: the paragraph leaves the sign bit clear).</summary>
        public readonly long[] Places = Filled(places);

        private static long[] Filled(int count)
        {
            var places = new long[count];
            Array.Fill(places, -1L);
            return places;
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Decoded> Segments = new();
}
