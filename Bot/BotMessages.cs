using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace NewsBot.Bot;

/// <summary>
/// <c>POST /api/messages</c> as <see cref="CloudAdapter.ProcessAsync"/> handles it (the activity through the adapter's
/// authentication and turn, 401 for a caller it rejects), with the body read once and the response written once. The
/// adapter's own path copies the body into a new stream to parse it (after NewsBot had already buffered it to check
/// it) and writes the response indented into a growing <see cref="MemoryStream"/>: with replies of a few kilobytes
/// (quotes, their entities, a card) that was most of what NewsBot allocated per request beyond the Bot Framework's own.
/// </summary>
public static class BotMessages
{
    // the adapter's serializer settings (HttpHelper), without the indentation no client reads
    private static readonly JsonSerializer Serializer = Compact(HttpHelper.BotMessageSerializerSettings);

    // a response is written into this thread's builder without awaiting, then copied out; a rare huge one is not kept
    [ThreadStatic] private static StringBuilder? _text;
    private const int MaxKeptChars = 256 * 1024;

    public static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot)
    {
        if (adapter is not AdapterWithErrorHandler cloud)
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
            return;
        }
        var (buffer, length) = await ReadAsync(http.Request, http.RequestAborted);
        string? problem;
        Activity? activity = null;
        try
        {
            problem = ActivityBody.Check(buffer.AsSpan(0, length));
            if (problem is null && (activity = Parse(buffer, length)) is null)
                problem = "The request body is JSON but not a Bot Framework activity (a field has the wrong kind of value).";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (problem is not null)
        {
            await Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Not a Bot Framework activity").ExecuteAsync(http);
            return;
        }

        InvokeResponse? response;
        string? authHeader = http.Request.Headers.Authorization; // null when there is none, as the adapter reads it
        try
        {
            response = await cloud.ProcessAsync(authHeader, activity!, bot, http.RequestAborted);
        }
        catch (UnauthorizedAccessException)
        {
            // as the adapter answers a caller whose token it rejects
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await WriteAsync(http.Response, response);
    }

    /// <summary>The adapter's answer to a turn: its status, and its body (the replies, an invoke's result) as JSON.</summary>
    internal static async Task WriteAsync(HttpResponse http, InvokeResponse? response)
    {
        http.StatusCode = response?.Status ?? StatusCodes.Status200OK;
        if (response?.Body is null) return;
        var (bytes, length) = Serialize(response.Body);
        try
        {
            http.ContentType = "application/json";
            http.ContentLength = length;
            await http.Body.WriteAsync(bytes.AsMemory(0, length), http.HttpContext.RequestAborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The body in a pooled buffer (the caller returns it), and its length.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        long declared = request.ContentLength ?? 0;
        var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and < 1 << 20 ? (int)declared + 1 : 4_096);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                int read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0) return (buffer, length);
                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The activity, read as the adapter reads it; null for JSON whose values do not fit an activity.</summary>
    private static Activity? Parse(byte[] buffer, int length)
    {
        using var json = new JsonTextReader(new StreamReader(new MemoryStream(buffer, 0, length, writable: false), Encoding.UTF8))
        {
            MaxDepth = null,
            ArrayPool = CharPool.Instance,
        };
        try
        {
            return HttpHelper.BotMessageSerializer.Deserialize<Activity>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (byte[] Bytes, int Length) Serialize(object body)
    {
        var text = _text ??= new StringBuilder(16 * 1024);
        text.Clear();
        using (var json = new JsonTextWriter(new StringWriter(text, CultureInfo.InvariantCulture)) { ArrayPool = CharPool.Instance })
            Serializer.Serialize(json, body);
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            // one contiguous span, so the bytes counted are the bytes written even where a chunk boundary splits a pair
            text.CopyTo(0, chars, text.Length);
            var span = chars.AsSpan(0, text.Length);
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(span));
            return (bytes, Encoding.UTF8.GetBytes(span, bytes));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (text.Capacity > MaxKeptChars) _text = null;
        }
    }

    private static JsonSerializer Compact(JsonSerializerSettings settings)
    {
        var serializer = JsonSerializer.Create(settings);
        serializer.Formatting = Formatting.None;
        return serializer;
    }

    /// <summary>Newtonsoft's buffers (escaping, reading strings) from the shared pool instead of new arrays.</summary>
    private sealed class CharPool : IArrayPool<char>
    {
        public static CharPool Instance { get; } = new();

        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null) ArrayPool<char>.Shared.Return(array);
        }
    }
}
