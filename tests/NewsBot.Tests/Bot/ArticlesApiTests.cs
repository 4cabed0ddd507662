using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

public sealed class ArticlesApiTests : IClassFixture<MessagesEndpointTests.App>
{
    private readonly BotApp _bot;

    public ArticlesApiTests(MessagesEndpointTests.App app) => _bot = app.Bot;

    [Fact]
    public async Task TheArticleListCountsParagraphsQuotesAndSpeakers()
    {
        var client = await _bot.ReadyClientAsync();
        var articles = JsonNode.Parse(await client.GetStringAsync("/api/articles"))!.AsArray();
        var article = Assert.Single(articles)!;
        Assert.Equal("white-house-russia-could-attack-ukraine", (string?)article["id"]);
        Assert.Equal(21, (int?)article["paragraphs"]);
        var speakers = article["speakers"]!.AsArray().Select(s => (Name: (string?)s!["name"], Quotes: (int)s["quotes"]!)).ToList();
        Assert.Contains(speakers, s => s.Name == "Jen Psaki");
        Assert.Contains(speakers, s => s.Name == "US official (unnamed)");
        Assert.Equal(speakers.OrderByDescending(s => s.Quotes).Select(s => s.Quotes), speakers.Select(s => s.Quotes));
    }

    [Fact]
    public async Task QuoteOffsetsPointIntoTheFileTextAsRead()
    {
        var client = await _bot.ReadyClientAsync();
        var export = JsonNode.Parse(await client.GetStringAsync("/api/articles/white-house-russia-could-attack-ukraine/quotes"))!;
        var fileText = await File.ReadAllTextAsync(Path.Combine(_bot.ArticlesPath, "white-house-russia-could-attack-ukraine.txt"));
        var quotes = export["quotes"]!.AsArray();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var spans = quote!["content"] is JsonArray many ? many.Select(s => s!).ToList() : [quote["content"]!];
            foreach (var span in spans.Concat([quote["source"], quote["cue"]]).OfType<JsonNode>())
                Assert.Equal((string?)span["text"], fileText[(int)span["start"]!..(int)span["end"]!]);
        }
        var psaki = quotes.First(q => (string?)q!["content"]?["text"] == "\"No option is off the table,\"")!;
        Assert.Equal("direct", (string?)psaki["kind"]);
        Assert.Equal(313, (int?)psaki["content"]!["start"]);
        Assert.Equal("Press Secretary Jen Psaki", (string?)psaki["source"]!["text"]);
        Assert.Equal("Jen Psaki", (string?)psaki["speaker"]!["name"]);
    }

    [Fact]
    public async Task AnUnknownArticleIs404WithProblemDetails()
    {
        var client = await _bot.ReadyClientAsync();
        var response = await client.GetAsync("/api/articles/no-such-article/quotes");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-article", await response.Content.ReadAsStringAsync());
    }
}
