namespace NewsBot.Bot.Bots;

/// <summary>What the bot remembers of a conversation: the article in focus and what the last answer left over.</summary>
public sealed class ConversationData
{
    public string? ArticleId { get; set; }
    public string? LastSpeaker { get; set; }
    /// <summary>The topic of the last "what did … say (about …)" question, "" for none; null when the last question was another kind.</summary>
    public string? LastStatementsTopic { get; set; }
    /// <summary>The last question answered with facts ("is the campaign worried?"): what "who said that?" may be asking about.</summary>
    public string? LastFactQuestion { get; set; }
    public List<string> LastQuoteKeys { get; set; } = [];
    public List<string> MoreKeys { get; set; } = [];
    public bool Welcomed { get; set; }
}
