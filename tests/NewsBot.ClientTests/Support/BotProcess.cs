using System.Diagnostics;
using System.Reflection;

namespace NewsBot.ClientTests.Support;

/// <summary>
/// The built bot run as the scorers run it: its own process on a loopback port, no MicrosoftAppId (the Playground
/// sends no Authorization header), the sample article, a fresh index. Keeps everything the bot logs.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];
    private readonly string _index;

    private BotProcess(ProcessStartInfo start, string url, string index)
    {
        Url = url;
        _index = index;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Url { get; }
    public string MessagesUrl => Url + "/api/messages";

    /// <summary>What the bot logged (its console logger: "info:", "warn:", "fail:" lines and their messages).</summary>
    public IReadOnlyList<string> Log { get { lock (_log) return [.. _log]; } }

    public static async Task<BotProcess> StartAsync()
    {
        var dll = typeof(BotProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BotAssembly").Value!;
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the solution first: the bot's assembly is missing.", dll);
        var url = $"http://127.0.0.1:{ClientTools.FreePort()}";
        var index = Path.Combine(Path.GetTempPath(), "newsbot-client-index-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        start.Environment["URLS"] = url;
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["MicrosoftAppId"] = "";
        start.Environment["MicrosoftAppPassword"] = "";
        start.Environment["Knowledge__ArticlesPath"] = Path.Combine(Path.GetDirectoryName(dll)!, "articles");
        start.Environment["Knowledge__IndexPath"] = index;
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information"; // one line per request, with its status
        var bot = new BotProcess(start, url, index);
        using var http = new HttpClient();
        for (var deadline = DateTime.UtcNow.AddSeconds(120); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (bot._process.HasExited) throw new InvalidOperationException("The bot exited at start-up:\n" + string.Join("\n", bot.Log));
            try { if ((await http.GetAsync(url + "/healthz")).IsSuccessStatusCode) return bot; }
            catch (HttpRequestException) { }
        }
        await bot.DisposeAsync();
        throw new TimeoutException("The bot never answered /healthz:\n" + string.Join("\n", bot.Log));
    }

    private void Keep(string? line)
    {
        if (line is not null) lock (_log) _log.Add(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_index, recursive: true); } catch (IOException) { }
    }
}
