using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

public sealed class MessagesEndpointTests : IClassFixture<MessagesEndpointTests.App>
{
    public sealed class App : IDisposable
    {
        public BotApp Bot { get; } = new();
        public void Dispose() => Bot.Dispose();
    }

    private readonly BotApp _bot;

    public MessagesEndpointTests(App app) => _bot = app.Bot;

    [Fact]
    public async Task ExpectRepliesReturnsTheAnswerInTheResponseBodyWithQuotationEntities()
    {
        var client = await _bot.ReadyClientAsync();
        var reply = Assert.Single(await BotApp.AskAsync(client, "what did Psaki say?"));
        var quotes = reply.Quotations().ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Jen Psaki", (string?)q["creator"]!["name"]));
        Assert.Contains("No option is off the table", (string?)quotes[0]["text"]);
        Assert.Equal("white-house-russia-could-attack-ukraine", (string?)quotes[0]["isPartOf"]!["identifier"]);
        Assert.Equal(3, (int?)quotes[0]["position"]);
        Assert.Contains("No option is off the table", (string?)reply["text"]);
    }

    [Fact]
    public async Task NormalDeliveryPostsTheReplyToTheConnectorAtServiceUrl()
    {
        var client = await _bot.ReadyClientAsync();
        using var connector = new FakeConnector();
        var activity = Activities.Message("Who said no option is off the table?", "normal-delivery", deliveryMode: "normal", serviceUrl: connector.Url);
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");

        (string Path, JsonObject Body) posted;
        do posted = await connector.NextAsync(TimeSpan.FromSeconds(20));
        while ((string?)posted.Body["type"] != "message");
        Assert.Equal($"/v3/conversations/normal-delivery/activities/{activity["id"]}", posted.Path);
        Assert.Equal("Jen Psaki", (string?)posted.Body.Quotations().First()["creator"]!["name"]);
        Assert.Equal("normal-delivery", (string?)posted.Body["conversation"]!["id"]);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"text\": \"hello\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    // JSON with a "type" but not the shape of an activity
    [InlineData("{\"type\": \"message\", \"from\": 5, \"text\": \"hello\"}")]
    [InlineData("{\"type\": \"message\", \"entities\": \"none\", \"text\": \"hello\"}")]
    public async Task ABodyThatIsNotAnActivityGets400WithAPlainExplanation(string body)
    {
        var client = await _bot.ReadyClientAsync();
        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.Contains("activity", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheRepliesComeBackAsOneBodyOfTheLengthItDeclares()
    {
        var client = await _bot.ReadyClientAsync();
        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message("what did Psaki say?", Guid.NewGuid().ToString()));
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        var reply = JsonNode.Parse(bytes)!["activities"]!.AsArray().Single(a => (string?)a!["type"] == "message")!.AsObject();
        Assert.Contains("No option is off the table", (string?)reply["text"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AND OR NOT \" * ? ~ ^ : \\ ( ) [ ] { } /")]
    [InlineData("psaki~ AND (table^4 OR \"off the*\") NOT [a TO z] {x TO y} /re.*/ field:value \\")]
    [InlineData("<b>what</b> did **Psaki** say? 🙂")]
    public async Task OddQuestionsGetAHelpfulReply(string text)
    {
        var client = await _bot.ReadyClientAsync();
        var reply = Assert.Single(await BotApp.AskAsync(client, text, Guid.NewGuid().ToString()));
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
        Assert.DoesNotContain("went wrong", (string?)reply["text"]);
    }

    [Fact]
    public async Task AHundredThousandCharacterMessageGetsAReply()
    {
        var client = await _bot.ReadyClientAsync();
        var text = string.Concat(Enumerable.Repeat("what did Psaki say about the table ", 3000))[..100_000];
        var reply = Assert.Single(await BotApp.AskAsync(client, text, Guid.NewGuid().ToString()));
        Assert.DoesNotContain("went wrong", (string?)reply["text"]);
    }

    [Fact]
    public async Task AQuestionTheArticlesDoNotAnswerHasNoQuotationAndSaysSo()
    {
        var client = await _bot.ReadyClientAsync();
        var reply = Assert.Single(await BotApp.AskAsync(client, "Will it rain in Paris tomorrow?", Guid.NewGuid().ToString()));
        Assert.Empty(reply.Quotations());
        Assert.Contains("don't answer", (string?)reply["text"]);
    }
}
