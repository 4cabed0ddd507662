using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace NewsBot.Tests.Support;

/// <summary>A Bot Framework connector stand-in on loopback: records what the bot POSTs to <c>/v3/conversations/…</c>.</summary>
public sealed class FakeConnector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Path, JsonObject Body)> _received = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public FakeConnector()
    {
        int port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public async Task<(string Path, JsonObject Body)> NextAsync(TimeSpan timeout)
    {
        if (!await _arrived.WaitAsync(timeout)) throw new TimeoutException("the bot posted nothing to the connector");
        lock (_received) { var first = _received[0]; _received.RemoveAt(0); return first; }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())?.AsObject() ?? [];
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
