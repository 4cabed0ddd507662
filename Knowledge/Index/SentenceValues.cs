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
/// </summary>
internal static class SentenceValues
{
    private const string Flags = "flags";
    // Lucene refuses a binary doc value longer than this
    private const int MaxValue = 32_766;
    private const char Separator = '\u001F';

    /// <summary>The fields of a sentence document, reused from one document to the next.</summary>
    public sealed class Writer
    {
        private readonly SortedDocValuesField _article = new(Fields.Article, new BytesRef());
        private readonly SortedDocValuesField _headline = new(Fields.Headline, new BytesRef());
        private readonly SortedDocValuesField _speaker = new(Fields.Speaker, new BytesRef());
        private readonly BinaryDocValuesField _text = new(Fields.Text, new BytesRef());
        private readonly NumericDocValuesField _paragraph = new(Fields.Paragraph, 0), _position = new(Fields.Position, 0),
            _start = new(Fields.Start, 0), _end = new(Fields.End, 0), _flags = new(Flags, 0);

        /// <summary>The article the next sentences stand in: its id and headline, encoded once for all of them.</summary>
        public void Article(string articleId, string headline)
        {
            _article.SetBytesValue(Utf8(articleId));
            _headline.SetBytesValue(Utf8(headline));
        }

        public void AddTo(Document doc, Sentences.Sentence sentence, bool heading, Quote? quote)
        {
            _paragraph.SetInt64Value(sentence.Paragraph);
            _position.SetInt64Value(sentence.Index);
            _start.SetInt64Value(sentence.Start);
            _end.SetInt64Value(sentence.End);
            _flags.SetInt64Value((quote is null ? 0 : (int)quote.Kind + 1) | (heading ? HeadingFlag : 0));
            doc.Add(_article);
            doc.Add(_headline);
            doc.Add(_paragraph);
            doc.Add(_position);
            doc.Add(_start);
            doc.Add(_end);
            doc.Add(_flags);
            var text = Utf8(sentence.Text);
            if (text.Length <= MaxValue)
            {
                _text.SetBytesValue(text);
                doc.Add(_text);
            }
            else doc.Add(new StoredField(Fields.Text, sentence.Text));
            if (quote?.Speaker is { } speaker)
            {
                _speaker.SetBytesValue(Utf8($"{speaker.Name}{Separator}{(int)speaker.Type}{Separator}{speaker.Role}"));
                doc.Add(_speaker);
            }
        }

        private static BytesRef Utf8(string value) => new(Encoding.UTF8.GetBytes(value));
    }

    private const int HeadingFlag = 1 << 8;

    /// <summary>Reads sentences of one segment; not thread-safe (one per view, as the doc values it holds).</summary>
    public sealed class Reader
    {
        private readonly SortedDocValues _article, _headline, _speaker;
        private readonly BinaryDocValues _text;
        private readonly NumericDocValues _paragraph, _position, _start, _end, _flags;
        private readonly AtomicReader _reader;
        private readonly Decoded _decoded;
        private readonly BytesRef _bytes = new();

        private Reader(AtomicReader reader, SortedDocValues headline)
        {
            _reader = reader;
            _headline = headline;
            _article = reader.GetSortedDocValues(Fields.Article);
            _speaker = reader.GetSortedDocValues(Fields.Speaker) ?? DocValues.EMPTY_SORTED;
            _text = reader.GetBinaryDocValues(Fields.Text) ?? DocValues.EMPTY_BINARY;
            _paragraph = reader.GetNumericDocValues(Fields.Paragraph);
            _position = reader.GetNumericDocValues(Fields.Position);
            _start = reader.GetNumericDocValues(Fields.Start);
            _end = reader.GetNumericDocValues(Fields.End);
            _flags = reader.GetNumericDocValues(Flags);
            _decoded = Segments.GetValue(reader.CoreCacheKey, _ => new Decoded(_article.ValueCount, _headline.ValueCount, _speaker.ValueCount));
        }

        /// <summary>The reader of a segment's sentences; null for a segment without sentences.</summary>
        public static Reader? Of(AtomicReader reader) =>
            reader.GetSortedDocValues(Fields.Headline) is { } headline ? new Reader(reader, headline) : null;

        /// <summary>The sentence stored as this document (numbered within the segment), or null for an article's summary document.</summary>
        public IndexedSentence? Read(int doc)
        {
            int headline = _headline.GetOrd(doc);
            if (headline < 0) return null;
            long flags = _flags.Get(doc);
            _text.Get(doc, _bytes);
            var text = _bytes.Length > 0 ? _bytes.Utf8ToString() : _reader.Document(doc).Get(Fields.Text);
            return new IndexedSentence(Lookup(_article, _decoded.Articles, _article.GetOrd(doc))!, Lookup(_headline, _decoded.Headlines, headline)!,
                (int)_paragraph.Get(doc), (int)_position.Get(doc), (int)_start.Get(doc), (int)_end.Get(doc), text,
                (flags & 0xFF) is var kind and > 0 ? (QuoteKind)(kind - 1) : null, Speaker(_speaker.GetOrd(doc)), (flags & HeadingFlag) != 0);
        }

        public bool IsDirectQuote(int doc) => (_flags.Get(doc) & 0xFF) == (int)QuoteKind.Direct + 1;

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
    private sealed class Decoded(int articles, int headlines, int speakers)
    {
        public readonly string?[] Articles = new string?[articles], Headlines = new string?[headlines];
        public readonly Speaker?[] Speakers = new Speaker?[speakers];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Decoded> Segments = new();
}
