using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// An article summary as the index stores it (JSON). Start-up reads tens of thousands of them to see which articles
/// changed, and needs only their ids, headlines and fingerprints at once: the speaker lists, most of every summary,
/// are kept as they are and read the first time something asks for them.
/// </summary>
internal static partial class ArticleSummaryJson
{
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(ArticleSummary))]
    [JsonSerializable(typeof(List<SpeakerCount>))]
    private sealed partial class Context : JsonSerializerContext;

    public static byte[] Write(ArticleSummary summary) => JsonSerializer.SerializeToUtf8Bytes(summary, Context.Default.ArticleSummary);

    public static ArticleSummary Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        string id = "", headline = "", fingerprint = "";
        string? stamp = null;
        int paragraphs = 0, quotes = 0;
        IReadOnlyList<SpeakerCount> speakers = [];
        reader.Read(); // the object
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "id": id = reader.GetString()!; break;
                case "headline": headline = reader.GetString()!; break;
                case "paragraphs": paragraphs = reader.GetInt32(); break;
                case "quotes": quotes = reader.GetInt32(); break;
                case "fingerprint": fingerprint = reader.GetString()!; break;
                case "stamp": stamp = reader.TokenType == JsonTokenType.Null ? null : reader.GetString(); break;
                case "speakers":
                    int start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    speakers = new LazySpeakers(json.AsMemory(start, (int)reader.BytesConsumed - start));
                    break;
                default: reader.Skip(); break;
            }
        }
        return new ArticleSummary(id, headline, paragraphs, quotes, speakers, fingerprint) { Stamp = stamp };
    }

    /// <summary>A speaker list read from its JSON on first use.</summary>
    private sealed class LazySpeakers(ReadOnlyMemory<byte> json) : IReadOnlyList<SpeakerCount>
    {
        private readonly Lazy<List<SpeakerCount>> _speakers = new(() => JsonSerializer.Deserialize(json.Span, Context.Default.ListSpeakerCount) ?? []);

        public SpeakerCount this[int index] => _speakers.Value[index];
        public int Count => _speakers.Value.Count;
        public IEnumerator<SpeakerCount> GetEnumerator() => _speakers.Value.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
