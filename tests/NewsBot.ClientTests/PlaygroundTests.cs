using System.Text.Json.Nodes;
using NewsBot.ClientTests.Support;

namespace NewsBot.ClientTests;

/// <summary>The Microsoft 365 Agents Playground in front of the real bot, driven through the Playground's own API.</summary>
[Collection(ClientsCollection.Name)]
public sealed class PlaygroundTests(BotFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const string Question = "what did Psaki say?";
    private const string PsakiQuote = "No option is off the table";

    [SkippableFact]
    public async Task InstallingInThePersonalChatWelcomesExactlyOnce()
    {
        await using var playground = await fixture.PlaygroundAsync("msteams");
        await playground.InstallAsync(playground.PersonalChatId);
        await Playground.EventuallyAsync(() => playground.MessagesIn(playground.PersonalChatId).FirstOrDefault(IsWelcome), Patience, "the welcome");

        // both installationUpdate and conversationUpdate have been answered by now; give a second welcome time to show
        await Playground.EventuallyAsync(() => playground.AnsweredOfType("conversationUpdate").FirstOrDefault(), Patience, "the conversationUpdate to be answered");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(playground.MessagesIn(playground.PersonalChatId), IsWelcome);
    }

    [SkippableTheory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task PsakisQuoteIsTheAnswerInEveryTeamsScope(string scope)
    {
        await using var playground = await fixture.PlaygroundAsync("msteams");
        var conversation = scope switch { "personal" => playground.PersonalChatId, "groupChat" => playground.GroupChatId, _ => playground.TeamChannelId };
        await playground.SayAsync(conversation, Question, mentionBot: scope != "personal");

        // in a channel the question starts a new post ("<channel>;messageid=…") and the answer goes into it
        var answer = await Playground.EventuallyAsync(() => playground.MessagesIn(conversation).FirstOrDefault(m => Text(m).Contains(PsakiQuote)), Patience, "the answer");
        Assert.Contains("Jen Psaki", Text(answer));
        Assert.DoesNotContain("<at>", Text(answer));
        var citations = answer["aiEntity"]?["citation"]?.AsArray();
        Assert.NotNull(citations); // Teams-native citations, validated by the Playground's own schema
        Assert.Contains("[1]", Text(answer));
        Assert.Contains(citations, c => ((string?)c!["appearance"]!["abstract"])!.Contains("Jen Psaki"));
        Assert.Empty(fixture.Failures());
    }

    [SkippableTheory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    public async Task PsakisQuoteIsTheAnswerInTheEmulatorAndWebChatShapes(string channel)
    {
        await using var playground = await fixture.PlaygroundAsync(channel);
        await playground.InstallAsync(playground.PersonalChatId);
        await playground.SayAsync(playground.PersonalChatId, Question);

        var answer = await Playground.EventuallyAsync(() => playground.MessagesIn(playground.PersonalChatId).FirstOrDefault(m => Text(m).Contains(PsakiQuote)), Patience, "the answer");
        Assert.Contains("**Jen Psaki, Press Secretary**", Text(answer));
        Assert.DoesNotContain("<at>", Text(answer));
        // the Playground shows a reply's text and each of its attachments as separate chat messages
        var card = await Playground.EventuallyAsync(() => playground.MessagesIn(playground.PersonalChatId)
            .SelectMany(m => m["attachments"]?.AsArray() ?? [])
            .FirstOrDefault(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive" && a.ToJsonString().Contains(PsakiQuote)), Patience, "the card")!;
        Assert.Equal("1.5", (string?)card["content"]!["version"]);
        Assert.Contains(PsakiQuote, card.ToJsonString());
        Assert.Single(playground.MessagesIn(playground.PersonalChatId), IsWelcome);
        Assert.Empty(fixture.Failures());
    }

    public static TheoryData<string> Templates() =>
    [
        "install", "uninstall", "userAdded", "userRemoved", "botAdded", "botRemoved",
        "channelCreated", "channelRenamed", "channelDeleted", "teamRenamed", "teamDeleted", "sendEmail", "mentionInWord",
    ];

    [SkippableFact]
    public async Task EveryActivityTemplateThePlaygroundOffersIsAnsweredWithoutError()
    {
        await using var playground = await fixture.PlaygroundAsync("msteams");
        var answered = new List<string>();
        foreach (var type in Templates())
        {
            // team and channel events belong to the team; the others to the personal chat
            var conversation = type.StartsWith("channel") || type.StartsWith("team") ? playground.TeamChannelId : playground.PersonalChatId;
            var activity = await playground.TemplateAsync(type, conversation);
            await playground.SendCustomAsync(activity);
            var exchange = await Playground.EventuallyAsync(() => playground.Exchange((string)activity["id"]!), Patience, $"the bot's answer to {type}");
            int status = (int)exchange["response"]!["statusCode"]!;
            Assert.True(status is >= 200 and < 300, $"{type}: the bot answered {status}");
            answered.Add(type);
        }
        Assert.Equal(13, answered.Count);
        Assert.Empty(fixture.Failures());
    }

    private static bool IsWelcome(JsonObject message) => Text(message).StartsWith("Hi, I'm NewsBot");

    private static string Text(JsonObject message) => (string?)message["text"] ?? "";
}
