namespace NewsBot.ClientTests.Support;

/// <summary>One bot process for all client tests (starting it indexes the sample article once).</summary>
public sealed class BotFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public BotProcess Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await BotProcess.StartAsync();

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>A Playground in front of the bot, installed from npm first if needed; skips the test without Node.js.</summary>
    public async Task<Playground> PlaygroundAsync(string channel)
    {
        Skip.IfNot(ClientTools.HasNode, $"Node.js/npm are missing: {ClientTools.InstallStep}");
        string cli;
        await InstallLock.WaitAsync();
        try { cli = await ClientTools.EnsurePlaygroundAsync(); }
        finally { InstallLock.Release(); }
        return await Playground.StartAsync(cli, Bot.MessagesUrl, channel);
    }

    /// <summary>Lines the bot logged as errors (the console logger's "fail:" and "crit:"), with what follows each.</summary>
    public IReadOnlyList<string> Failures() => Bot.Log.Where(l => l.StartsWith("fail:") || l.StartsWith("crit:") || l.Contains("Unhandled exception")).ToList();
}

[CollectionDefinition(Name)]
public sealed class ClientsCollection : ICollectionFixture<BotFixture>
{
    public const string Name = "Real clients";
}
