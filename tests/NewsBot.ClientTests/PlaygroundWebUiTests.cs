using Microsoft.Playwright;
using NewsBot.ClientTests.Support;
using Xunit.Abstractions;

namespace NewsBot.ClientTests;

/// <summary>The Agents Playground's web UI in headless Chromium: a person types the question and reads the answer.</summary>
[Collection(ClientsCollection.Name)]
public sealed class PlaygroundWebUiTests(BotFixture fixture, ITestOutputHelper output)
{
    /// <summary>Chromium flags for a closed network: without the background ones it floods it with refused connections.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string Artifacts => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [SkippableFact]
    public async Task APersonTypesTheQuestionAndSeesPsakisQuoteRendered()
    {
        Skip.IfNot(ClientTools.HasChromium, $"{ClientTools.Chromium} is missing: {ClientTools.InstallStep}");
        await using var playground = await fixture.PlaygroundAsync("msteams");
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ClientTools.Chromium,
                Args = ChromiumArgs, // Playwright gives every launch a fresh temporary profile
            });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
            Directory.CreateDirectory(Artifacts);
            foreach (var stale in Directory.EnumerateFiles(Artifacts, "playground-*")) File.Delete(stale);
            try
            {
                await AskAsync(page, playground);
            }
            catch (Exception)
            {
                // what the page showed when it went wrong is the first thing to look at
                await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "playground-failure.png"), FullPage = true });
                await File.WriteAllTextAsync(Path.Combine(Artifacts, "playground-failure.html"), await page.ContentAsync());
                throw;
            }
        }
    }

    private async Task AskAsync(IPage page, Playground playground)
    {
        {
            await page.GotoAsync(playground.Url);

            // the message box is a rich-text editor (contenteditable, role textbox) with "Type a message..." over it
            var box = page.Locator("[contenteditable='true'][role='textbox']").Last;
            await box.WaitForAsync(new() { Timeout = 20_000 });
            // opening the page installs the app: its one welcome comes first
            await page.GetByText("Hi, I'm NewsBot").First.WaitForAsync(new() { Timeout = 30_000 });
            await box.ClickAsync();
            await box.PressSequentiallyAsync("what did Psaki say?");
            await box.PressAsync("Enter");

            var quote = page.GetByText("No option is off the table").First;
            await quote.WaitForAsync(new() { Timeout = 30_000 });
            await page.GetByText("Jen Psaki").First.WaitForAsync(new() { Timeout = 10_000 });
            Assert.DoesNotContain("&lt;at&gt;", await page.ContentAsync());
            await quote.ScrollIntoViewIfNeededAsync();

            var screenshot = Path.Combine(Artifacts, "playground-answer.png");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            output.WriteLine($"screenshot: {screenshot}");
            Assert.True(new FileInfo(screenshot).Length > 10_000);
            Assert.Single(playground.MessagesIn(playground.PersonalChatId), m => ((string?)m["text"] ?? "").StartsWith("Hi, I'm NewsBot"));
        }
    }
}
