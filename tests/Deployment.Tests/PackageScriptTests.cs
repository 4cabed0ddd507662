using System.IO.Compression;
using System.Text.Json.Nodes;
using Xunit;

namespace NewsBot.Deployment.Tests;

/// <summary>deploymentTemplates/teams/package.sh, the Teams app package builder.</summary>
public class PackageScriptTests
{
    private const string BotId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private static string Script => Path.Combine(TestEnvironment.TeamsFolder, "package.sh");

    private static ProcessResult RunScript(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var bash = TestEnvironment.Which("bash") ?? "/bin/bash";
        return ProcessRunner.Run(bash, new[] { Script }.Concat(arguments), environment: environment);
    }

    private static readonly Dictionary<string, string?> CleanEnvironment = new()
    {
        ["TEAMS_APP_ID"] = null,
        ["BOT_DOMAIN"] = null,
    };

    [Fact]
    public void TheScriptIsExecutable()
    {
        Assert.True(File.Exists(Script));
        Assert.True((File.GetUnixFileMode(Script) & UnixFileMode.UserExecute) != 0, "package.sh must be executable (git update-index --chmod=+x)");
        Assert.StartsWith("#!/usr/bin/env bash", File.ReadAllText(Script));
    }

    [Fact]
    public void ThePackageHoldsExactlyTheManifestAndTheTwoIconsWithTheGivenBotId()
    {
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "out", "newsbot.zip");

        var result = RunScript(CleanEnvironment, BotId, zip);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertPackage(zip, BotId);
        var manifest = ReadManifest(zip);
        var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.TeamsFolder, "manifest.json")))!;
        Assert.Equal(committed["id"]!.GetValue<string>(), manifest["id"]!.GetValue<string>());
    }

    [SkippableFact]
    public void ThePackagedManifestValidatesAgainstTheTeamsSchema()
    {
        TeamsSchemaValidator.SkipUnlessNodeIsInstalled();
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "newsbot.zip");
        var environment = new Dictionary<string, string?>
        {
            ["TEAMS_APP_ID"] = "0c6b1f3e-2a4d-4c8b-9e7f-5a1d2b3c4d5e",
            ["BOT_DOMAIN"] = "newsbot-ci-check.azurewebsites.net",
        };
        var result = RunScript(environment, BotId, zip);
        Assert.True(result.ExitCode == 0, result.ToString());

        var manifestPath = Path.Combine(dir.Path, "manifest.json");
        File.WriteAllText(manifestPath, ReadManifest(zip).ToJsonString());
        var errors = TeamsSchemaValidator.Validate(manifestPath);

        Assert.True(errors.Count == 0, "the packaged manifest does not match its Teams schema:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void TeamsAppIdAndBotDomainAreFilledInWhenGiven()
    {
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "newsbot.zip");
        var environment = new Dictionary<string, string?>
        {
            ["TEAMS_APP_ID"] = "0c6b1f3e-2a4d-4c8b-9e7f-5a1d2b3c4d5e",
            ["BOT_DOMAIN"] = "newsbot-ci-check.azurewebsites.net",
        };

        var result = RunScript(environment, BotId, zip);

        Assert.True(result.ExitCode == 0, result.ToString());
        var manifest = AssertPackage(zip, BotId);
        Assert.Equal("0c6b1f3e-2a4d-4c8b-9e7f-5a1d2b3c4d5e", manifest["id"]!.GetValue<string>());
        Assert.Contains("newsbot-ci-check.azurewebsites.net", manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void AnExistingZipIsReplacedNotUpdated()
    {
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "newsbot.zip");
        using (var stale = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            stale.CreateEntry("stale.txt");
        }

        var result = RunScript(CleanEnvironment, BotId, zip);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertPackage(zip, BotId);
    }

    [SkippableFact]
    public void WithoutZipThePackageIsWrittenWithPython()
    {
        var python = TestEnvironment.Which("python3");
        Skip.If(python is null, "python3 is not installed");
        var realPython = ProcessRunner.Run(python!, ["-c", "import sys; print(sys.executable)"]).StdOut.Trim();
        Skip.If(realPython.Length == 0, "cannot locate the python3 executable");

        using var bin = new TempDirectory();
        foreach (var tool in new[] { "bash", "dirname", "basename", "mkdir", "grep", "mktemp", "rm", "sed", "cp", "env" })
        {
            var path = TestEnvironment.Which(tool);
            Assert.True(path is not null, $"{tool} is not on PATH");
            File.CreateSymbolicLink(Path.Combine(bin.Path, tool), path!);
        }

        File.CreateSymbolicLink(Path.Combine(bin.Path, "python3"), realPython);
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "newsbot.zip");
        var environment = new Dictionary<string, string?>(CleanEnvironment) { ["PATH"] = bin.Path };

        var result = ProcessRunner.Run(Path.Combine(bin.Path, "bash"), [Script, BotId, zip], environment: environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertPackage(zip, BotId);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("3f2504e0-4f89-41d3-9a0c-0305e82c330")]
    [InlineData("{3f2504e0-4f89-41d3-9a0c-0305e82c3301}")]
    [InlineData("3f2504e04f8941d39a0c0305e82c3301")]
    [InlineData("3f2504e0-4f89-41d3-9a0c-0305e82c3301; rm -rf /")]
    [InlineData("")]
    public void ABotIdThatIsNotAGuidIsRefused(string botId)
    {
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "newsbot.zip");

        var result = RunScript(CleanEnvironment, botId, zip);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"bot app id '{botId}' is not a GUID", result.StdErr);
        Assert.False(File.Exists(zip), "no package may be written for a bad bot id");
    }

    [Fact]
    public void ThePlaceholderBotIdIsRefused()
    {
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "newsbot.zip");

        var result = RunScript(CleanEnvironment, TeamsManifestTests.Placeholder, zip);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("placeholder", result.StdErr);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void NoBotIdPrintsTheUsage()
    {
        var result = RunScript(CleanEnvironment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("usage: package.sh <bot-app-id> [output.zip]", result.StdErr);
    }

    [Fact]
    public void ATeamsAppIdThatIsNotAGuidIsRefused()
    {
        using var dir = new TempDirectory();
        var zip = Path.Combine(dir.Path, "newsbot.zip");
        var environment = new Dictionary<string, string?>(CleanEnvironment) { ["TEAMS_APP_ID"] = "newsbot" };

        var result = RunScript(environment, BotId, zip);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("TEAMS_APP_ID 'newsbot' is not a GUID", result.StdErr);
        Assert.False(File.Exists(zip));
    }

    /// <summary>Asserts the zip holds exactly the three files at its root, the icons unchanged and the given bot id.</summary>
    private static JsonNode AssertPackage(string zip, string botId)
    {
        Assert.True(File.Exists(zip), $"{zip} was not written");
        using (var archive = ZipFile.OpenRead(zip))
        {
            var names = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal);
            Assert.Equal(new[] { "color.png", "manifest.json", "outline.png" }, names);
            foreach (var icon in new[] { "color.png", "outline.png" })
            {
                using var stream = archive.GetEntry(icon)!.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                Assert.Equal(File.ReadAllBytes(Path.Combine(TestEnvironment.TeamsFolder, icon)), copy.ToArray());
            }
        }

        var manifest = ReadManifest(zip);
        Assert.Equal(botId, Assert.Single(manifest["bots"]!.AsArray())!["botId"]!.GetValue<string>());
        return manifest;
    }

    private static JsonNode ReadManifest(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        return JsonNode.Parse(reader.ReadToEnd())!;
    }
}
