using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.ClientTests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (<c>node cli.js</c>) in front of the bot, driven through its own HTTP and
/// WebSocket API (what its web UI calls): it posts activities to the bot exactly as Teams, the Emulator or Web Chat
/// would, and the bot replies through its <c>/_connector</c>. Records every message shown in its chats and every
/// exchange in its log (with the status code the bot answered).
/// </summary>
public sealed partial class Playground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<JsonObject> _messages = [];
    private readonly List<JsonObject> _exchanges = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly string _workFolder;
    private readonly HttpClient _http = new();
    private readonly List<ClientWebSocket> _sockets = [];

    private Playground(Process process, string workFolder, string channel)
    {
        _process = process;
        _workFolder = workFolder;
        Channel = channel;
    }

    public string Channel { get; }
    public string Url { get; private set; } = "";
    public JsonObject Config { get; private set; } = [];

    public string PersonalChatId => (string)Config["personalChat"]!["id"]!;
    public string GroupChatId => (string)Config["groupChats"]![0]!["id"]!;
    public string TeamChannelId => (string)Config["teams"]![0]!["channels"]![0]!["id"]!;
    public string BotId => (string)Config["bot"]!["id"]!;
    public string BotName => (string)Config["bot"]!["name"]!;
    public string UserId => (string)Config["currentUser"]!["id"]!;

    public IReadOnlyList<string> Output { get { lock (_output) return [.. _output]; } }

    /// <param name="channel">The channel shape: <c>msteams</c>, <c>emulator</c>, <c>webchat</c>, …</param>
    public static async Task<Playground> StartAsync(string cli, string botMessagesUrl, string channel)
    {
        var work = Directory.CreateTempSubdirectory("newsbot-playground-").FullName;
        var start = new ProcessStartInfo("node") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "-e", botMessagesUrl, "-c", channel, "-p", ClientTools.FreePort().ToString(), "--dt" }) start.ArgumentList.Add(arg);
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(work, "playground.log");
        var playground = new Playground(new Process { StartInfo = start }, work, channel);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null) return;
            lock (playground._output) playground._output.Add(line);
            if (ListeningOn().Match(line) is { Success: true } m) listening.TrySetResult(int.Parse(m.Groups[1].Value));
        }
        playground._process.OutputDataReceived += (_, e) => Read(e.Data);
        playground._process.ErrorDataReceived += (_, e) => Read(e.Data);
        playground._process.Start();
        playground._process.BeginOutputReadLine();
        playground._process.BeginErrorReadLine();
        try
        {
            // it picks another port by itself when the one asked for is taken: read the one it says
            int port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            playground.Url = $"http://127.0.0.1:{port}";
            for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(100))
            {
                try { if (await playground._http.GetStringAsync(playground.Url + "/_debug/ping") == "pong") break; }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline) { }
            }
            var config = await playground._http.GetFromJsonAsync<JsonObject>(playground.Url + "/_internal/v1/config");
            playground.Config = config!["config"]!.AsObject();
            await playground.ListenAsync("/_ws_conversation/v1/conversations/stream", playground._messages, m => (string?)m["action"] == "createMessage");
            await playground.ListenAsync("/_ws/log/stream", playground._exchanges, m => m["log"]?["request"]?["body"] is JsonObject);
            return playground;
        }
        catch (Exception e) when (e is TimeoutException or HttpRequestException)
        {
            var output = string.Join("\n", playground.Output);
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground did not start:\n{output}", e);
        }
    }

    /// <summary>Installs the app in a conversation: <c>installationUpdate</c>, then <c>conversationUpdate</c>.</summary>
    public async Task InstallAsync(string conversationId)
    {
        var response = await _http.PostAsJsonAsync($"{Url}/_debug/conversation/{conversationId}/installation", new JsonObject());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Types a message into a chat; with <paramref name="mentionBot"/>, @mentions the bot first, as Teams requires in groups.</summary>
    public async Task SayAsync(string conversationId, string text, bool mentionBot = false)
    {
        var at = $"<at>{BotName}</at>";
        var message = new JsonObject
        {
            ["type"] = "text",
            ["text"] = mentionBot ? $"{at} {text}" : text,
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = UserId },
        };
        if (mentionBot) message["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = at });
        var response = await _http.PostAsJsonAsync($"{Url}/_conversation/v1/conversations/{conversationId}/messages", message);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"the Playground refused the message: {(int)response.StatusCode} {body}");
    }

    /// <summary>One of the Playground's activity templates (install, userAdded, channelCreated, …) for a conversation.</summary>
    public async Task<JsonObject> TemplateAsync(string type, string conversationId)
    {
        var response = await _http.GetAsync($"{Url}/_internal/v1/customActivities/template?type={type}&conversationId={Uri.EscapeDataString(conversationId)}");
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"no {type} template for {conversationId}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task SendCustomAsync(JsonObject activity) =>
        (await _http.PostAsJsonAsync($"{Url}/_internal/v1/customActivities", activity)).EnsureSuccessStatusCode();

    /// <summary>The bot's messages shown so far (text, attachments, suggested actions, Teams citations as <c>aiEntity</c>).</summary>
    public IReadOnlyList<JsonObject> Messages { get { lock (_messages) return _messages.Select(m => m["message"]!.AsObject()).ToList(); } }

    public IReadOnlyList<JsonObject> MessagesIn(string conversationPrefix)
    {
        lock (_messages)
            return _messages.Where(m => ((string?)m["actionConversationId"] ?? "").StartsWith(conversationPrefix, StringComparison.Ordinal))
                .Select(m => m["message"]!.AsObject()).ToList();
    }

    /// <summary>The exchange (request sent, response received) about the activity with this id, once the response is in.</summary>
    public JsonObject? Exchange(string activityId)
    {
        lock (_exchanges)
            return _exchanges.Select(e => e["log"]!.AsObject())
                .FirstOrDefault(l => (string?)l["request"]?["body"]?["id"] == activityId && l["response"] is JsonObject);
    }

    /// <summary>Every exchange about activities of this type sent to the bot, once answered.</summary>
    public IReadOnlyList<JsonObject> AnsweredOfType(string type)
    {
        lock (_exchanges)
            return _exchanges.Select(e => e["log"]!.AsObject())
                .Where(l => (string?)l["request"]?["body"]?["type"] == type && (string?)l["to"] != "Microsoft 365 Agents Playground" && l["response"] is JsonObject)
                .ToList();
    }

    public static async Task<T> EventuallyAsync<T>(Func<T?> probe, TimeSpan timeout, string what) where T : class
    {
        for (var deadline = DateTime.UtcNow + timeout; ; await Task.Delay(100))
        {
            if (probe() is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}");
        }
    }

    private async Task ListenAsync(string path, List<JsonObject> into, Func<JsonObject, bool> keep)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(Url.Replace("http://", "ws://") + path), _stop.Token);
        _sockets.Add(socket);
        _ = Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            var text = new StringBuilder();
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var result = await socket.ReceiveAsync(buffer, _stop.Token);
                    if (result.MessageType == WebSocketMessageType.Close) return;
                    text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                    if (!result.EndOfMessage) continue;
                    JsonNode? parsed = null;
                    try { parsed = JsonNode.Parse(text.ToString()); }
                    catch (System.Text.Json.JsonException) { } // not every frame is JSON
                    if (parsed is JsonObject message && keep(message)) lock (into) into.Add(message);
                    text.Clear();
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException) { }
        });
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        foreach (var socket in _sockets) socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _http.Dispose();
        try { Directory.Delete(_workFolder, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
