using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Ramona Ellery, a spokeswoman for the premier, said …" then "…, while Tobin Ortega brushed off the criticism. “…,”
/// he said.": the apposition's head tells the pronoun the article uses for her, so "he" is never her, even when her
/// given name is one the lexicon does not know.
/// </summary>
public sealed class GenderFromAppositionTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    private const string Story =
        "Tobin Ortega, who leads the ferry workers' union, said on Monday that the stoppage would end at midnight.\n\n"
        + "Ramona Ellery, a spokeswoman for the island's governor, said the governor had called the harbor board twice.\n\n"
        + "\u201cThe governor was clear,\u201d Ellery said.\n\n"
        + "Ellery said the island had taken no role in the talks, while Ortega brushed off the criticism. \u201cThe island should talk to the harbor board, not to us,\u201d he said.";

    [Fact]
    public void HeAfterASpokeswomanAndAManIsTheMan()
    {
        var quote = Assert.Single(BodyQuotes(Story), q => q.Content[0].Text.Contains("not to us"));
        Assert.NotEqual("Ramona Ellery", quote.Speaker?.Name);
        Assert.Equal("Tobin Ortega", quote.Speaker?.Name);
    }

    [Fact]
    public void SheAfterTheSameParagraphIsTheSpokeswoman()
    {
        var quote = Assert.Single(BodyQuotes(Story.Replace("he said.", "she said.")), q => q.Content[0].Text.Contains("not to us"));
        Assert.Equal("Ramona Ellery", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAideToAQueenTellsNothingOfTheAidesGender()
    {
        var quotes = BodyQuotes("Tavi Brennmark, an aide to the queen, said the palace would reopen.\n\n\u201cWe are ready,\u201d he said.");
        Assert.Contains(quotes, q => q.Content[0].Text.Contains("We are ready") && q.Speaker?.Name == "Tavi Brennmark");
    }
}
