using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace NewsBot.Tests.Support;

/// <summary>
/// A Bot Framework connector stand-in on loopback: records what the bot POSTs to <c>/v3/conversations/…</c>, and can
/// answer its first requests 429 Too Many Requests (Retry-After: 1) to exercise the bot's retry.
/// </summary>
public sealed class FakeConnector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Path, string Body)> _received = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private int _throttleLeft;
    private int _throttled;
    private int _taken;

    public FakeConnector(int throttleFirst = 0)
    {
        _throttleLeft = throttleFirst;
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>How many requests were answered 429.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>The next delivered (200) request, in arrival order.</summary>
    public async Task<(string Path, JsonObject Body)> NextAsync(TimeSpan timeout)
    {
        while (true)
        {
            lock (_received)
                if (_taken < _received.Count)
                {
                    var (path, body) = _received[_taken++];
                    return (path, JsonNode.Parse(body)?.AsObject() ?? []);
                }
            if (!await _arrived.WaitAsync(timeout)) throw new TimeoutException("the bot posted nothing to the connector");
        }
    }

    /// <summary>The body of the first delivered request that matches.</summary>
    public async Task<string> DeliveredAsync(TimeSpan timeout, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_received)
                if (_received.Select(r => r.Body).FirstOrDefault(match) is { } body) return body;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left)) throw new TimeoutException("nothing matching was delivered");
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            if (Interlocked.Decrement(ref _throttleLeft) >= 0)
            {
                Interlocked.Increment(ref _throttled);
                context.Response.StatusCode = 429;
                context.Response.AddHeader("Retry-After", "1");
                context.Response.Close();
                continue;
            }
            lock (_received) _received.Add((context.Request.Url!.AbsolutePath, body));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("{\"id\":\"reply-1\"}"u8.ToArray());
            context.Response.Close();
            _arrived.Release();
        }
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
