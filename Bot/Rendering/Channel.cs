using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// What a channel shows, so one answer can be rendered for each: Teams gets its native citations (no cards, whose
/// buttons would duplicate them) and at most three suggested actions; the Emulator, Web Chat, Direct Line and the
/// Agents Playground get Markdown with an Adaptive Card beside it.
/// </summary>
public sealed record Channel(string Id, bool IsTeams, bool ShowsCards, bool ShowsSuggestedActions, int MaxSuggestedActions, int MaxMessageBytes)
{
    /// <summary>Teams rejects a message over 40 KB (the whole payload, counted in UTF-16) with 413 MessageSizeTooBig.</summary>
    public const int TeamsMaxMessageBytes = 40_000;

    /// <summary>Everywhere else: under 80 KB, well inside what Direct Line and Web Chat accept.</summary>
    public const int DefaultMaxMessageBytes = 80_000;

    public static Channel Teams { get; } = new(Channels.Msteams, IsTeams: true, ShowsCards: false, ShowsSuggestedActions: true, MaxSuggestedActions: 3, TeamsMaxMessageBytes);

    public static Channel For(string? channelId) => channelId switch
    {
        Channels.Msteams => Teams,
        // channels known to drop suggested actions (or cards) silently: plain Markdown and entities there
        Channels.Email or Channels.Sms or Channels.Telephony =>
            new(channelId, IsTeams: false, ShowsCards: false, ShowsSuggestedActions: false, MaxSuggestedActions: 0, DefaultMaxMessageBytes),
        _ => new(channelId ?? "", IsTeams: false, ShowsCards: true, ShowsSuggestedActions: true, MaxSuggestedActions: 10, DefaultMaxMessageBytes),
    };

    public static Channel For(IActivity activity) => For(activity.ChannelId);
}
