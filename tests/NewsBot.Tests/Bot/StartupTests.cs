using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

public sealed class StartupTests
{
    [Fact]
    public void AMissingArticlesFolderFailsStartupNamingTheSettingAndThePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "newsbot-tests", "no-such-folder-" + Guid.NewGuid().ToString("N"));
        using var articles = new TempFolder();

        // WebApplicationFactory runs Program on its own thread; when that host fails to start, the factory can lose the
        // race to the host's own disposal and report an ObjectDisposedException instead of the startup error (seen once
        // in a full run on a loaded machine). That is the test host's race, not the bot's: try a fresh host again.
        Exception error = null!;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            using var app = new BotApp(articles, new() { ["Knowledge:ArticlesPath"] = missing });
            error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
            if (error is not ObjectDisposedException) break;
        }

        var message = error is OptionsValidationException ? error.Message : error.ToString();
        Assert.True(message.Contains("Knowledge:ArticlesPath") && message.Contains(missing), message);
    }

    [Fact]
    public async Task HealthzIs503UntilTheArticlesAreIndexed()
    {
        using var app = new BotApp();
        var client = app.CreateClient();
        var first = await client.GetAsync("/healthz");
        Assert.True(first.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable);
        await app.ReadyClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task WithAnAppIdConfiguredARequestWithoutATokenGets401AndIsNotProcessed()
    {
        using var connector = new FakeConnector();
        using var app = new BotApp(settings: new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = Guid.NewGuid().ToString(),
        });
        var client = await app.ReadyClientAsync();

        var response = await client.PostAsJsonAsync("/api/messages",
            Activities.Message("what did Psaki say?", deliveryMode: "normal", serviceUrl: connector.Url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Assert.ThrowsAsync<TimeoutException>(() => connector.NextAsync(TimeSpan.FromSeconds(2)));
    }

    /// <summary>The way the scorers start the bot: a real process, URLS and Knowledge__* from the environment.</summary>
    [Fact]
    public async Task TheEnvironmentVariablesChooseTheAddressTheArticlesAndTheIndex()
    {
        using var articles = TempFolder.WithSampleArticle();
        using var temp = new TempFolder();
        int port = FakeConnector.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsBot.Bot.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp.Path,
        };
        start.Environment["URLS"] = url;
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["Knowledge__ArticlesPath"] = articles.Path;
        start.Environment["Knowledge__IndexPath"] = temp["index-that-does-not-exist-yet"];
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            await WaitHealthyAsync(client, process);
            var response = await client.PostAsJsonAsync("/api/messages", Activities.Message("what did Psaki say?"));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("No option is off the table", body);
            Assert.True(Directory.Exists(temp["index-that-does-not-exist-yet"]));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static async Task WaitHealthyAsync(HttpClient client, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"the bot did not become healthy (exited: {process.HasExited})");
    }
}
