using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>"In a letter sent to families, the district said …" then "…, the letter said": the writing the opening phrase names is the speaker's.</summary>
public sealed class FrontedDocumentTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void TheLetterIsTheDistrictsWhoseSentenceOpenedWithIt()
    {
        var quotes = BodyQuotes("The Harlow Valley School District said on Monday that hackers had locked its computers.\n\n"
            + "In a letter sent to families on Tuesday, the district said parents should watch for odd emails. \"We see no sign that data was misused,\" the letter said.");
        Assert.Equal("Harlow Valley School District", Assert.Single(quotes, q => q.Cue?.Text == "said" && q.Source?.Text == "the letter").Speaker?.Name);
    }

    [Fact]
    public void ALetterNobodyIssuedStaysTheLetters()
    {
        var quotes = BodyQuotes("The Harlow Valley School District said on Monday that hackers had locked its computers.\n\n"
            + "\"We see no sign that data was misused,\" the letter said.");
        Assert.NotEqual("Harlow Valley School District", Assert.Single(quotes, q => q.Source?.Text == "the letter").Speaker?.Name);
    }
}
