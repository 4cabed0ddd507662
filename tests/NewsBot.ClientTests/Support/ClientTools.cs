using System.Diagnostics;

namespace NewsBot.ClientTests.Support;

/// <summary>The clients the tests drive, where they come from, and the one step that installs what is missing.</summary>
public static class ClientTools
{
    public const string InstallStep = "run `bash .ci/install-clients.sh` (installs Debian's chromium and Node.js/npm)";
    public const string PlaygroundPackage = "@microsoft/m365agentsplayground";
    public const string PlaygroundVersion = "0.2.28";
    public const string Chromium = "/usr/bin/chromium";

    public static bool HasChromium => File.Exists(Chromium);

    public static bool HasNode => OnPath("node") && OnPath("npm");

    /// <summary>Where the Playground is installed once per machine and version (npm only when it is missing).</summary>
    public static string PlaygroundFolder
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(cache, "newsbot-client-tests", $"m365agentsplayground-{PlaygroundVersion}");
        }
    }

    public static string PlaygroundCli => Path.Combine(PlaygroundFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>Installs the Playground from npm into <see cref="PlaygroundFolder"/> when it is not there yet.</summary>
    public static async Task<string> EnsurePlaygroundAsync()
    {
        if (File.Exists(PlaygroundCli)) return PlaygroundCli;
        Directory.CreateDirectory(PlaygroundFolder);
        var (code, output) = await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--no-save", "--prefix", PlaygroundFolder, $"{PlaygroundPackage}@{PlaygroundVersion}"], TimeSpan.FromMinutes(3));
        if (code != 0 || !File.Exists(PlaygroundCli))
            throw new InvalidOperationException($"npm could not install {PlaygroundPackage}@{PlaygroundVersion} (exit {code}):\n{output}");
        return PlaygroundCli;
    }

    public static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{file} took longer than {timeout}"); }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, name)));

    public static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }
}
