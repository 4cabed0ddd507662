using System.Collections.Concurrent;

namespace NewsBot.Bot.Bots;

/// <summary>
/// Which conversations have been welcomed, claimed atomically. Teams announces one installation twice
/// (<c>installationUpdate</c> and <c>conversationUpdate</c>), often at the same moment, and two turns can each read
/// "not welcomed yet" from conversation state before either saves it; a claim here lets only one of them through.
/// </summary>
public sealed class WelcomeLedger
{
    private readonly ConcurrentDictionary<string, byte> _welcomed = new(StringComparer.Ordinal);

    /// <summary>True for the first caller with this conversation key, false for every later one.</summary>
    public bool TryClaim(string conversationKey) => _welcomed.TryAdd(conversationKey, 0);

    /// <summary>After the bot is removed, so that adding it again welcomes again.</summary>
    public void Release(string conversationKey) => _welcomed.TryRemove(conversationKey, out _);
}
