using System.Text.Json.Nodes;
using Xunit;

namespace NewsBot.Deployment.Tests;

/// <summary>The Bicep templates and parameter files, checked with the pinned Bicep CLI, offline.</summary>
public class BicepTemplateTests
{
    private static string TemplateBicep => Path.Combine(TestEnvironment.DeploymentTemplates, "azuredeploy.bicep");

    private static string TemplateJson => Path.Combine(TestEnvironment.DeploymentTemplates, "azuredeploy.json");

    public static TheoryData<string> BicepFiles => new(FileList("*.bicep"));

    public static TheoryData<string> ParamFiles => new(FileList("*.bicepparam"));

    public static TheoryData<string> AllBicepFiles => new(FileList("*.bicep").Concat(FileList("*.bicepparam")));

    /// <summary>Files under deploymentTemplates/, as paths relative to the repository root.</summary>
    private static List<string> FileList(string pattern) =>
        Directory.EnumerateFiles(TestEnvironment.DeploymentTemplates, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestEnvironment.RepoRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Full(string relative) => Path.Combine(TestEnvironment.RepoRoot, relative);

    [Fact]
    public void TheTemplateAndParameterFilesForTheCommonCasesExist()
    {
        Assert.True(File.Exists(TemplateBicep), "deploymentTemplates/azuredeploy.bicep is missing");
        Assert.True(File.Exists(TemplateJson), "deploymentTemplates/azuredeploy.json is missing");
        var paramFiles = FileList("*.bicepparam");
        Assert.Contains("deploymentTemplates/azuredeploy.singletenant.bicepparam", paramFiles);
        Assert.Contains("deploymentTemplates/azuredeploy.msi.bicepparam", paramFiles);
    }

    [Theory]
    [MemberData(nameof(AllBicepFiles))]
    public void LintReportsNothing(string file)
    {
        var result = BicepCli.Run(BicepCli.SampleEnvironment, "lint", Full(file));
        BicepCli.AssertClean(result, $"bicep lint {file}");
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void BuildReportsNothing(string file)
    {
        var result = BicepCli.Run(null, "build", Full(file), "--stdout");
        BicepCli.AssertClean(result, $"bicep build {file}");
        Assert.NotNull(JsonNode.Parse(result.StdOut)?["resources"]);
    }

    [Theory]
    [MemberData(nameof(ParamFiles))]
    public void BuildParamsReportsNothing(string file)
    {
        var result = BicepCli.Run(BicepCli.SampleEnvironment, "build-params", Full(file), "--stdout");
        BicepCli.AssertClean(result, $"bicep build-params {file}");

        var output = JsonNode.Parse(result.StdOut)!;
        var parameters = JsonNode.Parse(output["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal(BicepCli.SampleEnvironment["NEWSBOT_APP_NAME"], parameters["appName"]?["value"]?.GetValue<string>());
        Assert.Contains(parameters["appType"]?["value"]?.GetValue<string>(), new[] { "SingleTenant", "UserAssignedMSI" });
    }

    [Fact]
    public void CommittedAzureDeployJsonEqualsTheBuildOfTheBicep()
    {
        var result = BicepCli.Run(null, "build", TemplateBicep, "--stdout");
        BicepCli.AssertClean(result, "bicep build azuredeploy.bicep");

        var built = WithoutGenerator(JsonNode.Parse(result.StdOut)!);
        var committed = WithoutGenerator(JsonNode.Parse(File.ReadAllText(TemplateJson))!);
        Assert.True(
            JsonNode.DeepEquals(built, committed),
            "deploymentTemplates/azuredeploy.json is not the build of azuredeploy.bicep. Regenerate it with the pinned CLI:\n" +
            $"  {BicepCli.Path} build deploymentTemplates/azuredeploy.bicep\n" +
            FirstDifference(built, committed, "$"));
    }

    [Fact]
    public void TheWebAppIsALinuxDotNet10AppWithHttpsAlwaysOnAndAHealthCheck()
    {
        var template = CommittedTemplate();
        var plan = Resource(template, "Microsoft.Web/serverfarms");
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>(), "the App Service plan must be a Linux plan (reserved: true)");

        var site = Resource(template, "Microsoft.Web/sites");
        var properties = site["properties"]!;
        Assert.True(properties["httpsOnly"]!.GetValue<bool>());
        var config = properties["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.Equal("/healthz", config["healthCheckPath"]!.GetValue<string>());

        var appSettings = config["appSettings"]!.GetValue<string>();
        foreach (var name in new[]
                 {
                     "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
                     "Knowledge__ArticlesPath", "Knowledge__IndexPath",
                 })
        {
            Assert.Contains($"'{name}'", appSettings);
        }

        Assert.Contains("variables('packageAppSettings')", appSettings);
        Assert.Contains("'WEBSITE_RUN_FROM_PACKAGE', 'value', '1'", template["variables"]!["packageAppSettings"]!.GetValue<string>());

        Assert.Contains("dotnet NewsBot.Bot.dll", template["parameters"]!["startupCommand"]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public void TheIndexIsWrittenUnderHomeOutsideTheReadOnlyPackage()
    {
        var parameters = CommittedTemplate()["parameters"]!;
        var indexPath = parameters["knowledgeIndexPath"]!["defaultValue"]!.GetValue<string>();
        Assert.StartsWith("/home/", indexPath);
        Assert.False(indexPath.StartsWith("/home/site/wwwroot", StringComparison.Ordinal), "the deployed package (wwwroot) is read-only");
    }

    [Fact]
    public void TheBotIsAnAzureBotWithTeamsWebChatAndDirectLineChannels()
    {
        var template = CommittedTemplate();
        var bot = Resource(template, "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        var properties = bot["properties"]!;
        Assert.Contains("https://{0}/api/messages", properties["endpoint"]!.GetValue<string>());
        Assert.Contains("defaultHostName", properties["endpoint"]!.GetValue<string>());
        Assert.Equal("[parameters('appType')]", properties["msaAppType"]!.GetValue<string>());

        var allowed = template["parameters"]!["appType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(new[] { "SingleTenant", "UserAssignedMSI" }, allowed);

        var channels = Resources(template, "Microsoft.BotService/botServices/channels")
            .Select(c => c["properties"]!["channelName"]!.GetValue<string>())
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "DirectLineChannel", "MsTeamsChannel", "WebChatChannel" }, channels);
    }

    [Fact]
    public void TheSecretIsSecureAndTheManagedIdentityIsOptional()
    {
        var template = CommittedTemplate();
        Assert.Equal("securestring", template["parameters"]!["microsoftAppPassword"]!["type"]!.GetValue<string>());

        var identity = Resource(template, "Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.Equal("[variables('useManagedIdentity')]", identity["condition"]!.GetValue<string>());

        // A SingleTenant deployment without app id or secret stops while ARM validates the template.
        var variables = template["variables"]!;
        Assert.Contains("fail('microsoftAppId is required", variables["singleTenantAppId"]!.GetValue<string>());
        Assert.Contains("fail('microsoftAppPassword is required", variables["singleTenantPassword"]!.GetValue<string>());

        foreach (var output in new[] { "webAppHostName", "messagingEndpoint", "botAppId" })
        {
            Assert.NotNull(template["outputs"]![output]);
        }
    }

    [Fact]
    public void AMissingRequiredParameterIsReportedBeforeAnythingIsDeployed()
    {
        using var dir = new TempDirectory();
        File.Copy(TemplateBicep, Path.Combine(dir.Path, "azuredeploy.bicep"));
        var paramFile = Path.Combine(dir.Path, "missing.bicepparam");
        File.WriteAllText(paramFile, "using './azuredeploy.bicep'\n\nparam appType = 'UserAssignedMSI'\n");

        var result = BicepCli.Run(null, "build-params", paramFile, "--stdout");

        Assert.NotEqual(0, result.ExitCode);
        var errors = string.Join('\n', BicepCli.Diagnostics(result));
        Assert.Contains("Error BCP258", errors);
        Assert.Contains("appName", errors);
    }

    [Theory]
    [InlineData("NEWSBOT_APP_NAME")]
    [InlineData("MICROSOFT_APP_ID")]
    [InlineData("MICROSOFT_APP_PASSWORD")]
    public void AMissingValueOfTheSingleTenantParameterFileIsReported(string variable)
    {
        var environment = new Dictionary<string, string?>(BicepCli.SampleEnvironment) { [variable] = null };
        var file = Path.Combine(TestEnvironment.DeploymentTemplates, "azuredeploy.singletenant.bicepparam");

        var result = BicepCli.Run(environment, "build-params", file, "--stdout");

        Assert.NotEqual(0, result.ExitCode);
        var errors = BicepCli.Diagnostics(result);
        Assert.Contains(errors, e => e.Contains("Error BCP427", StringComparison.Ordinal) && e.Contains(variable, StringComparison.Ordinal));
    }

    [Fact]
    public void AnAppTypeTheBotServiceDoesNotSupportIsReported()
    {
        using var dir = new TempDirectory();
        File.Copy(TemplateBicep, Path.Combine(dir.Path, "azuredeploy.bicep"));
        var paramFile = Path.Combine(dir.Path, "multitenant.bicepparam");
        File.WriteAllText(paramFile, "using './azuredeploy.bicep'\n\nparam appName = 'newsbot-ci-check'\nparam appType = 'MultiTenant'\n");

        var result = BicepCli.Run(null, "build-params", paramFile, "--stdout");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(BicepCli.Diagnostics(result), e => e.Contains("Error", StringComparison.Ordinal) && e.Contains("MultiTenant", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReadmeHasARowForEveryParameter()
    {
        var readme = File.ReadAllText(Path.Combine(TestEnvironment.DeploymentTemplates, "README.md"));
        var missing = CommittedTemplate()["parameters"]!.AsObject()
            .Select(p => p.Key)
            .Where(name => !readme.Contains($"| `{name}` |", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, $"deploymentTemplates/README.md has no table row for: {string.Join(", ", missing)}");
    }

    private static JsonNode CommittedTemplate() => JsonNode.Parse(File.ReadAllText(TemplateJson))!;

    private static IEnumerable<JsonNode> Resources(JsonNode template, string type) =>
        template["resources"]!.AsArray().Where(r => r!["type"]!.GetValue<string>() == type).Select(r => r!);

    private static JsonNode Resource(JsonNode template, string type) => Assert.Single(Resources(template, type));

    /// <summary>metadata._generator holds the CLI version and a template hash: not part of the comparison.</summary>
    private static JsonNode WithoutGenerator(JsonNode template)
    {
        if (template["metadata"] is JsonObject metadata)
        {
            metadata.Remove("_generator");
            if (metadata.Count == 0)
            {
                template.AsObject().Remove("metadata");
            }
        }

        return template;
    }

    private static string FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (JsonNode.DeepEquals(a, b))
        {
            return "";
        }

        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
            {
                var difference = FirstDifference(oa[key], ob[key], $"{path}.{key}");
                if (difference.Length > 0)
                {
                    return difference;
                }
            }
        }
        else if (a is JsonArray aa && b is JsonArray ab && aa.Count == ab.Count)
        {
            for (var i = 0; i < aa.Count; i++)
            {
                var difference = FirstDifference(aa[i], ab[i], $"{path}[{i}]");
                if (difference.Length > 0)
                {
                    return difference;
                }
            }
        }

        return $"First difference at {path}:\n  built:     {a?.ToJsonString() ?? "(absent)"}\n  committed: {b?.ToJsonString() ?? "(absent)"}";
    }
}
