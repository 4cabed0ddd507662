using System.Text.Json.Nodes;
using Xunit;

namespace NewsBot.Deployment.Tests;

/// <summary>
/// Validates Teams manifests against the schemas bundled in npm @microsoft/app-manifest, offline.
/// The package (and fs-extra, which it needs but does not declare) is installed into obj/npm-tools on first use.
/// </summary>
internal static class TeamsSchemaValidator
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public const string InstallHint =
        "Node.js and npm are needed to validate the Teams manifest against its schema: install them (e.g. `apt-get install -y nodejs npm`) " +
        "and run `dotnet test tests/Deployment.Tests` again; the test installs @microsoft/app-manifest itself.";

    /// <summary>Skips the calling test when node or npm is not installed.</summary>
    public static void SkipUnlessNodeIsInstalled()
    {
        Skip.If(TestEnvironment.Which("node") is null || TestEnvironment.Which("npm") is null, InstallHint);
    }

    /// <summary>Returns the schema errors of the manifest; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string manifestPath)
    {
        SkipUnlessNodeIsInstalled();
        EnsureInstalled();
        var script = Path.Combine(AppContext.BaseDirectory, "validate-manifest.js");
        var result = ProcessRunner.Run("node", [script, TestEnvironment.NpmToolsDir, manifestPath]);
        Assert.True(result.ExitCode == 0, $"validate-manifest.js failed:\n{result}");
        var output = JsonNode.Parse(result.StdOut.Trim().Split('\n').Last())!;
        Assert.StartsWith(TestEnvironment.NpmToolsDir, output["schemaFile"]!.GetValue<string>());
        return output["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
    }

    private static void EnsureInstalled()
    {
        InstallLock.Wait();
        try
        {
            if (_installed || IsInstalled())
            {
                _installed = true;
                return;
            }

            var dir = TestEnvironment.NpmToolsDir;
            Directory.CreateDirectory(dir);
            var arguments = new List<string> { "install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir };
            arguments.AddRange(TestEnvironment.NpmPackages);
            var result = ProcessRunner.Run("npm", arguments, dir, timeout: TimeSpan.FromMinutes(5));
            Assert.True(
                result.ExitCode == 0 && IsInstalled(),
                $"`npm {string.Join(' ', arguments)}` did not install the manifest validator:\n{result}");
            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static bool IsInstalled()
    {
        var modules = Path.Combine(TestEnvironment.NpmToolsDir, "node_modules");
        foreach (var spec in TestEnvironment.NpmPackages)
        {
            var at = spec.LastIndexOf('@');
            var (name, version) = (spec[..at], spec[(at + 1)..]);
            var packageJson = Path.Combine(modules, name, "package.json");
            if (!File.Exists(packageJson) || JsonNode.Parse(File.ReadAllText(packageJson))?["version"]?.GetValue<string>() != version)
            {
                return false;
            }
        }

        return TestEnvironment.NpmPackages.Length > 0;
    }
}
