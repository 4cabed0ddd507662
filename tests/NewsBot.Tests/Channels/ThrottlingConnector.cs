using System.Net;
using System.Text;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Channels;

/// <summary>A connector on loopback that answers its first requests 429 Too Many Requests (Retry-After: 1), then 200.</summary>
public sealed class ThrottlingConnector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _delivered = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private int _throttleLeft;
    private int _throttled;

    public ThrottlingConnector(int throttleFirst)
    {
        _throttleLeft = throttleFirst;
        Url = $"http://127.0.0.1:{FakeConnector.FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>The body of the first delivered (200) request that matches.</summary>
    public async Task<string> DeliveredAsync(TimeSpan timeout, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_delivered)
                if (_delivered.FirstOrDefault(match) is { } body) return body;
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
            lock (_delivered) _delivered.Add(body);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"reply-1\"}"));
            context.Response.Close();
            _arrived.Release();
        }
    }

    public void Dispose() => _listener.Close();
}
