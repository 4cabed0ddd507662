using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace NewsBot.Bot.Rendering;

/// <summary>How big a message is on the wire, counted the way the strictest channel counts it.</summary>
public static class MessageSize
{
    /// <summary>Room left for what the adapter adds to every reply: ids, from, recipient, conversation, serviceUrl.</summary>
    public const int Envelope = 2_000;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    /// <summary>Bytes of the activity's JSON in UTF-16 (how Teams counts) or UTF-8, whichever is larger.</summary>
    public static int Of(IActivity activity)
    {
        // counted as it is written: the JSON text itself is never built
        var counter = new CountingWriter();
        using (var json = new JsonTextWriter(counter)) Serializer.Serialize(json, activity);
        return Math.Max(counter.Chars * 2, counter.Utf8Bytes);
    }

    public static bool Fits(IActivity activity, Channel channel) => Of(activity) + Envelope <= channel.MaxMessageBytes;

    private sealed class CountingWriter : TextWriter
    {
        public int Chars { get; private set; }
        public int Utf8Bytes { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(string? value) => Write(value.AsSpan());

        // a surrogate pair split between two writes counts 6 bytes instead of 4: an overestimate, never an underestimate
        public override void Write(ReadOnlySpan<char> buffer)
        {
            Chars += buffer.Length;
            Utf8Bytes += Encoding.UTF8.GetByteCount(buffer);
        }
    }
}
