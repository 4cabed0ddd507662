namespace NewsBot.Knowledge;

/// <summary>The <c>Knowledge</c> configuration section. Relative paths are resolved against the app's content root.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder of <c>*.txt</c> articles (top level only).</summary>
    public string ArticlesPath { get; set; } = "articles";

    /// <summary>Where the Lucene index lives; created when missing.</summary>
    public string IndexPath { get; set; } = "index";
}
