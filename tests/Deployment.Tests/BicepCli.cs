using System.Text.RegularExpressions;
using Xunit;

namespace NewsBot.Deployment.Tests;

/// <summary>The pinned Bicep CLI (NuGet Azure.Bicep.CommandLine.linux-x64).</summary>
internal static partial class BicepCli
{
    /// <summary>Values for the environment variables the .bicepparam files read, as a deployment would set them.</summary>
    public static readonly IReadOnlyDictionary<string, string?> SampleEnvironment = new Dictionary<string, string?>
    {
        ["NEWSBOT_APP_NAME"] = "newsbot-ci-check",
        ["MICROSOFT_APP_ID"] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        ["MICROSOFT_APP_PASSWORD"] = "not-a-real-secret",
        ["MICROSOFT_APP_TENANT_ID"] = null,
    };

    private static readonly Lock ChmodLock = new();

    public static string Path
    {
        get
        {
            var path = TestEnvironment.BicepPath;
            Assert.True(
                File.Exists(path),
                $"The Bicep CLI is not at {path}. `dotnet restore tests/Deployment.Tests` downloads the NuGet package Azure.Bicep.CommandLine.linux-x64 (or set BICEP_PATH to a bicep binary).");
            if (!OperatingSystem.IsWindows())
            {
                lock (ChmodLock)
                {
                    var mode = File.GetUnixFileMode(path);
                    if ((mode & UnixFileMode.UserExecute) == 0)
                    {
                        File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
                    }
                }
            }

            return path;
        }
    }

    public static ProcessResult Run(IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        ProcessRunner.Run(Path, arguments, TestEnvironment.RepoRoot, environment);

    /// <summary>
    /// Lines in which Bicep reports a diagnostic, e.g. "main.bicep(3,7) : Warning no-unused-params: ...".
    /// Type problems (BCP036, BCP037, BCP081, ...) are warnings and leave the exit code at 0, so this is the gate.
    /// </summary>
    public static IReadOnlyList<string> Diagnostics(ProcessResult result) =>
        (result.StdErr + "\n" + result.StdOut)
            .Split('\n')
            .Where(line => DiagnosticLine().IsMatch(line))
            .Select(line => line.Trim())
            .ToList();

    /// <summary>Asserts exit code 0, no diagnostic of any level, and nothing else on stderr.</summary>
    public static void AssertClean(ProcessResult result, string what)
    {
        var diagnostics = Diagnostics(result);
        Assert.True(diagnostics.Count == 0, $"{what} reported diagnostics:\n{string.Join('\n', diagnostics)}\n\n{result}");
        Assert.True(result.ExitCode == 0, $"{what} failed:\n{result}");
        Assert.True(result.StdErr.Trim().Length == 0, $"{what} wrote to stderr:\n{result}");
    }

    [GeneratedRegex(@"\(\d+,\d+\)\s*:\s*(Error|Warning|Info)\b")]
    private static partial Regex DiagnosticLine();
}
