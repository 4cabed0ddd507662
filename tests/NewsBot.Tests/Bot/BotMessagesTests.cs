using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Bot;
using Newtonsoft.Json.Linq;

namespace NewsBot.Tests.Bot;

public sealed class BotMessagesTests
{
    private static async Task<(HttpResponse Response, byte[] Body)> WriteAsync(InvokeResponse? invoke)
    {
        var http = new DefaultHttpContext();
        var body = new MemoryStream();
        http.Response.Body = body;
        await BotMessages.WriteAsync(http.Response, invoke);
        return (http.Response, body.ToArray());
    }

    [Theory]
    [InlineData("plain words")]
    [InlineData("Zürich — “quoted” \"escaped\" \\ back\nslash\ttab")]
    [InlineData("emoji 👍🏽 and 中文 and a lone \ud83d surrogate")]
    public async Task RepliesAreWrittenAsJsonThatReadsBackToTheSameTextWithTheirByteLength(string text)
    {
        var replies = new ExpectedReplies([MessageFactory.Text(text) as Activity]);
        var (response, body) = await WriteAsync(new InvokeResponse { Status = 200, Body = replies });

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(body.Length, response.ContentLength);
        var written = (string?)JObject.Parse(Encoding.UTF8.GetString(body))["activities"]![0]!["text"];
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)), written);
    }

    [Fact]
    public async Task ATurnWithNothingToReturnIsA200WithNoBody()
    {
        var (response, body) = await WriteAsync(null);
        Assert.Equal(200, response.StatusCode);
        Assert.Empty(body);
    }

    [Fact]
    public async Task AnInvokeAnswerKeepsItsStatusAndBody()
    {
        var answer = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = "done" };
        var (response, body) = await WriteAsync(new InvokeResponse { Status = 200, Body = answer });
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("done", (string?)JObject.Parse(Encoding.UTF8.GetString(body))["value"]);
    }

    [Fact]
    public async Task AStatusWithoutABodyWritesNothing()
    {
        var (response, body) = await WriteAsync(new InvokeResponse { Status = 202 });
        Assert.Equal(202, response.StatusCode);
        Assert.Empty(body);
    }
}
