using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Attribution;

namespace NewsBot.Tests.Support;

/// <summary>Builds articles from inline text for the stage tests.</summary>
public static class TestArticles
{
    public static Article Parse(string text, string id = "test") => ArticleParser.Parse(id, text);

    public static AttributedArticle Attribute(string text, string id = "test") => Attributor.Default.Attribute(Parse(text, id));

    /// <summary>The quotes found in an article of one headline and this body.</summary>
    public static IReadOnlyList<Quote> Quotes(string body) => Attribute("Headline\n\n" + body).Quotes;

    /// <summary>What a quote says, its stretches joined with " | ".</summary>
    public static string ContentOf(Quote quote) => string.Join(" | ", quote.Content.Select(c => c.Text));

    /// <summary>The sample article the bot ships with (Bot/articles).</summary>
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "articles", "white-house-russia-could-attack-ukraine.txt");

    public static Article Sample() => ArticleReader.Read(SamplePath);
}
