using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsBot.Tests.Support;

/// <summary>The real bot app (Program) in a test host, on its own copy of the sample article and its own index.</summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly TempFolder _articles;
    private readonly TempFolder _index = new();
    private readonly Dictionary<string, string?> _settings;

    public BotApp(TempFolder? articles = null, Dictionary<string, string?>? settings = null)
    {
        _articles = articles ?? TempFolder.WithSampleArticle();
        _settings = settings ?? [];
    }

    public string ArticlesPath => _articles.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:ArticlesPath", _articles.Path);
        builder.UseSetting("Knowledge:IndexPath", _index.Path);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>Waits until /healthz says every article is indexed.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (int i = 0; i < 300; i++)
        {
            if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return client;
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot never became healthy");
    }

    /// <summary>Asks a question the way the scorers do (expectReplies) and returns the message replies.</summary>
    public static async Task<List<JsonObject>> AskAsync(HttpClient client, string text, string conversation = "test-conversation", string channelId = "emulator")
    {
        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, conversation, channelId));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray().Select(a => a!.AsObject()).Where(a => (string?)a["type"] == "message").ToList();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _articles.Dispose();
        _index.Dispose();
    }
}

public static class Activities
{
    public static JsonObject Message(string? text, string conversation = "test-conversation", string channelId = "emulator",
        string deliveryMode = "expectReplies", string serviceUrl = "http://127.0.0.1:9/") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["deliveryMode"] = deliveryMode,
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "NewsBot" },
        ["text"] = text,
    };

    public static IEnumerable<JsonObject> Quotations(this JsonObject activity) =>
        (activity["entities"]?.AsArray() ?? []).Select(e => e!.AsObject()).Where(e => (string?)e["type"] == "https://schema.org/Quotation");
}
