using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Bot;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Channels;

public sealed class ConnectorRetryTests
{
    [Fact]
    public async Task AReplyTheConnectorThrottlesIsRetriedUntilItIsDelivered()
    {
        using var bot = new BotApp();
        var client = await bot.ReadyClientAsync();
        using var connector = new FakeConnector(throttleFirst: 2);
        var activity = Activities.Message("what did Psaki say?", "throttled", deliveryMode: "normal", serviceUrl: connector.Url);

        var response = await client.PostAsJsonAsync("/api/messages", activity);

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        var delivered = await connector.DeliveredAsync(TimeSpan.FromSeconds(30), body => body.Contains("No option is off the table"));
        Assert.Contains("Jen Psaki", delivered);
        Assert.Equal(2, connector.Throttled);
    }

    [Fact]
    public async Task RetriesStopAfterTheLimitAndTheLast429IsHandedBack()
    {
        using var connector = new FakeConnector(throttleFirst: 100);
        var handler = new ConnectorRetryHandler(NullLogger<ConnectorRetryHandler>.Instance) { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), InnerHandler = new HttpClientHandler() };
        using var http = new HttpClient(handler);
        var response = await http.PostAsync(connector.Url + "v3/conversations/c/activities", new StringContent("{\"type\":\"message\"}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(3, connector.Throttled);
    }

    [Fact]
    public void TheDelayIsWhatRetryAfterAsksCappedAndOtherwiseGrowsExponentially()
    {
        var handler = new ConnectorRetryHandler(NullLogger<ConnectorRetryHandler>.Instance) { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) };
        using var asked = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        asked.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(3), handler.Delay(asked, 0));
        asked.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromSeconds(30), handler.Delay(asked, 0));

        using var silent = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        Assert.InRange(handler.Delay(silent, 0).TotalSeconds, 0.8, 1.2);
        Assert.InRange(handler.Delay(silent, 2).TotalSeconds, 3.2, 4.8);
    }
}
