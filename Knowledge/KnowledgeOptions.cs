namespace NewsBot.Knowledge;

/// <summary>The <c>Knowledge</c> configuration section. Relative paths are resolved against the app's content root.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder of <c>*.txt</c> articles (top level only).</summary>
    public string ArticlesPath { get; set; } = "articles";

    /// <summary>Where the Lucene index lives; created when missing.</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>How many answers to keep for repeated questions until the articles change; 0 turns the cache off.</summary>
    public int AnswerCacheSize { get; set; } = 4_096;
}
