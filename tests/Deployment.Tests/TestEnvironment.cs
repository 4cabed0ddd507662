using System.Reflection;

namespace NewsBot.Deployment.Tests;

/// <summary>Paths baked in at build time (see Deployment.Tests.csproj), with environment overrides.</summary>
internal static class TestEnvironment
{
    private static string? Metadata(string key) =>
        typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value;

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DeploymentTemplates => Path.Combine(RepoRoot, "deploymentTemplates");

    public static string TeamsFolder => Path.Combine(DeploymentTemplates, "teams");

    /// <summary>The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64; BICEP_PATH overrides it.</summary>
    public static string BicepPath =>
        Environment.GetEnvironmentVariable("BICEP_PATH") is { Length: > 0 } fromEnv
            ? fromEnv
            : Metadata("BicepPath") ?? throw new InvalidOperationException("BicepPath metadata is missing.");

    /// <summary>Where the tests install the npm packages that validate the Teams manifest.</summary>
    public static string NpmToolsDir =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(Metadata("NpmToolsDir") ?? Path.Combine(AppContext.BaseDirectory, "npm-tools")));

    public static string[] NpmPackages =>
        (Metadata("NpmPackages") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string FindRepoRoot()
    {
        var fromBuild = Metadata("RepoRoot");
        if (fromBuild is not null && Directory.Exists(Path.Combine(fromBuild, "deploymentTemplates")))
        {
            return Path.GetFullPath(fromBuild);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "deploymentTemplates")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (a folder holding deploymentTemplates/).");
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? Which(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0)
            {
                continue;
            }

            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & UnixFileMode.UserExecute) != 0))
            {
                return candidate;
            }
        }

        return null;
    }
}
