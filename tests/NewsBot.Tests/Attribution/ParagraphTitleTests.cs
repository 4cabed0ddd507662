using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>A person named once, then spoken of in the same paragraph by two titles joined by "and", the second capitalized.</summary>
public sealed class ParagraphTitleTests
{
    private static List<(string? Speaker, string Text)> Quotes(string body) =>
        TestArticles.Quotes(body).Select(q => (q.Speaker?.Name, q.Source?.Text ?? "")).ToList();

    [Fact]
    public void TwoTitlesJoinedByAndAreThePersonTheSentenceBeforeIsAbout()
    {
        var quotes = Quotes("Maria Quell spoke out Monday about the closing of the Pescara ferry line, arguing that the cuts were unfair.\n"
            + "On Monday's episode of \"The Dockside Hour,\" the former minister of trade and current Liberal mayoral nominee said she hoped to talk \"plainly to the ferry crews.\"");
        var quote = Assert.Single(quotes, q => q.Text.Contains("nominee"));
        Assert.Equal("Maria Quell", quote.Speaker);
    }

    [Fact]
    public void TwoTitlesJoinedByAndAfterTwoPeopleOfEqualPlaceAreNobodyNamed()
    {
        var quotes = Quotes("Maria Quell and Ivo Brandt spoke out Monday about the closing of the Pescara ferry line.\n"
            + "On Monday's episode of \"The Dockside Hour,\" the former minister of trade and current Liberal mayoral nominee said she hoped to talk \"plainly to the ferry crews.\"");
        var quote = Assert.Single(quotes, q => q.Text.Contains("nominee"));
        Assert.NotEqual("Maria Quell", quote.Speaker);
        Assert.NotEqual("Ivo Brandt", quote.Speaker);
    }
}
