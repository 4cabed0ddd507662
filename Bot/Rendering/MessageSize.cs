using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace NewsBot.Bot.Rendering;

/// <summary>How big a message is on the wire, counted the way the strictest channel counts it.</summary>
public static class MessageSize
{
    /// <summary>Room left for what the adapter adds to every reply: ids, from, recipient, conversation, serviceUrl.</summary>
    public const int Envelope = 2_000;

    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>Bytes of the activity's JSON in UTF-16 (how Teams counts) or UTF-8, whichever is larger.</summary>
    public static int Of(IActivity activity)
    {
        var json = JsonConvert.SerializeObject(activity, Settings);
        return Math.Max(json.Length * 2, Encoding.UTF8.GetByteCount(json));
    }

    public static bool Fits(IActivity activity, Channel channel) => Of(activity) + Envelope <= channel.MaxMessageBytes;
}
