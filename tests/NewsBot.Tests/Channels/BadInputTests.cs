using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Channels;

/// <summary>Activities a real channel sends that are not plain questions: each handled over real HTTP, none a 500.</summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.App>
{
    public sealed class App : IDisposable
    {
        public BotApp Bot { get; } = new();
        public void Dispose() => Bot.Dispose();
    }

    private readonly BotApp _bot;

    public BadInputTests(App app) => _bot = app.Bot;

    public static TheoryData<string> Odd() => ["no recipient", "no text", "only an @mention", "unknown type", "messageReaction", "no conversation", "null entities"];

    [Theory]
    [MemberData(nameof(Odd))]
    public async Task AnOddActivityIsHandledWithoutAServerError(string kind)
    {
        var client = await _bot.ReadyClientAsync();
        var activity = Activities.Message("what did Psaki say?", $"odd-{kind}");
        switch (kind)
        {
            case "no recipient": activity.Remove("recipient"); break;
            case "no text": activity.Remove("text"); break;
            case "only an @mention":
                activity["text"] = "<at>NewsBot</at>";
                activity["channelId"] = "msteams";
                activity["conversation"] = new JsonObject { ["id"] = "19:chat@thread.v2", ["isGroup"] = true, ["conversationType"] = "groupChat" };
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>NewsBot</at>", ["mentioned"] = new JsonObject { ["id"] = "bot-1", ["name"] = "NewsBot" } });
                break;
            case "unknown type": activity["type"] = "somethingNew"; break;
            case "messageReaction":
                activity["type"] = "messageReaction";
                activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
                break;
            case "no conversation": activity.Remove("conversation"); break;
            case "null entities": activity["entities"] = new JsonArray(null, new JsonObject()); break;
        }
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True((int)response.StatusCode < 500, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (kind is "no recipient" or "no text" or "only an @mention")
        {
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            var texts = body!["activities"]!.AsArray().Where(a => (string?)a!["type"] == "message").Select(a => (string?)a!["text"]).ToList();
            Assert.NotEmpty(texts);
            Assert.DoesNotContain(texts, t => t!.Contains("went wrong") || t.Contains("<at>"));
            if (kind == "no recipient") Assert.Contains(texts, t => t!.Contains("No option is off the table"));
        }
    }

    [Fact]
    public async Task AnInvokeTheBotDoesNotHandleIsAnswered501NotImplemented()
    {
        var client = await _bot.ReadyClientAsync();
        var invoke = Activities.Message(null, "invoke", channelId: "msteams", deliveryMode: "normal");
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";
        invoke["value"] = new JsonObject { ["commandId"] = "search" };
        var response = await client.PostAsJsonAsync("/api/messages", invoke);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
