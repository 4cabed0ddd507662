using System.Text.Json.Nodes;
using Xunit;

namespace NewsBot.Deployment.Tests;

/// <summary>The Teams app manifest and icons in deploymentTemplates/teams.</summary>
public class TeamsManifestTests
{
    internal const string Placeholder = "00000000-0000-0000-0000-000000000000";

    private static string ManifestPath => Path.Combine(TestEnvironment.TeamsFolder, "manifest.json");

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(ManifestPath))!;

    [SkippableFact]
    public void TheManifestValidatesAgainstTheTeamsSchema()
    {
        var errors = TeamsSchemaValidator.Validate(ManifestPath);
        Assert.True(errors.Count == 0, "manifest.json does not match its Teams schema:\n" + string.Join('\n', errors));
    }

    [SkippableFact]
    public void TheValidatorRejectsAManifestThatBreaksTheSchema()
    {
        var manifest = Manifest();
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("everywhere");
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "manifest.json");
        File.WriteAllText(path, manifest.ToJsonString());

        var errors = TeamsSchemaValidator.Validate(path);

        Assert.Contains(errors, e => e.Contains("/bots/0/botId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/bots/0/scopes", StringComparison.Ordinal));
    }

    [Fact]
    public void TheManifestUsesSchema117OrNewer()
    {
        var manifest = Manifest();
        var version = manifest["manifestVersion"]!.GetValue<string>();
        Assert.True(Version.Parse(version) >= new Version(1, 17), $"manifestVersion {version} is older than 1.17");
        Assert.EndsWith($"/teams/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.True(Guid.TryParse(manifest["id"]!.GetValue<string>(), out _), "the Teams app id must be a GUID");
    }

    [Fact]
    public void TheBotWorksInPersonalTeamAndGroupChatWithExampleQuestions()
    {
        var manifest = Manifest();
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(Placeholder, bot["botId"]!.GetValue<string>());
        var scopes = bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "groupChat", "personal", "team" }, scopes);

        var commandLists = bot["commandLists"]!.AsArray();
        Assert.NotEmpty(commandLists);
        foreach (var list in commandLists)
        {
            var commands = list!["commands"]!.AsArray();
            Assert.NotEmpty(commands);
            Assert.All(commands, c => Assert.EndsWith("?", c!["title"]!.GetValue<string>()));
        }

        Assert.NotEmpty(manifest["validDomains"]!.AsArray());
        Assert.Equal("color.png", manifest["icons"]!["color"]!.GetValue<string>());
        Assert.Equal("outline.png", manifest["icons"]!["outline"]!.GetValue<string>());
    }

    [Fact]
    public void TheColorIconIs192By192()
    {
        var png = Png.Read(Path.Combine(TestEnvironment.TeamsFolder, "color.png"));
        Assert.Equal((192, 192), (png.Width, png.Height));
    }

    [Fact]
    public void TheOutlineIconIs32By32WhiteOnTransparent()
    {
        var png = Png.Read(Path.Combine(TestEnvironment.TeamsFolder, "outline.png"));
        Assert.Equal((32, 32), (png.Width, png.Height));
        Assert.True(png.HasAlphaChannel, "outline.png needs a transparent background");

        var pixels = png.ReadPixels();
        int transparent = 0, white = 0;
        var others = new List<string>();
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var (r, g, b, a) = pixels[y, x];
                if (a == 0)
                {
                    transparent++;
                }
                else if (r == 255 && g == 255 && b == 255)
                {
                    white++;
                }
                else
                {
                    others.Add($"({x},{y})=#{r:X2}{g:X2}{b:X2}/{a}");
                }
            }
        }

        Assert.True(others.Count == 0, "outline.png may only hold white or transparent pixels: " + string.Join(' ', others.Take(10)));
        Assert.True(white > 0, "outline.png has no white outline");
        Assert.True(transparent > white, "outline.png should be mostly transparent background");
    }
}
