using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…," said Rep. Mara Quell of the Selvan Isles. Democrats noted …. They noted …": a lone capitalized plural that
/// spoke is people speaking together, whom the next "they" stands for, not a place named after someone's "of".
/// </summary>
public sealed class PluralSubjectTheyTests
{
    private static Quote QuoteWith(string article, string words) =>
        Assert.Single(TestArticles.Attribute(article).Quotes, q => TestArticles.ContentOf(q).Contains(words));

    [Fact]
    public void TheyAfterABarePluralSubjectIsThatGroupNotThePlaceOfAMember()
    {
        var quote = QuoteWith("Budget vote\n\n\"We will not back down,\" said Rep. Mara Quell of the Selvan Isles. Liberals repeatedly noted that the fund was empty. They noted that the bill had no sponsor.", "no sponsor");
        Assert.Equal("Liberals", quote.Speaker?.Name);
    }

    [Fact]
    public void TheyIsNeverASurnameNamedInFullBefore()
    {
        var quote = QuoteWith("Budget vote\n\nTomas Evans, a clerk, spoke at the hearing. Evans noted that the fund was empty. They noted that the bill had no sponsor.", "no sponsor");
        Assert.NotEqual("Tomas Evans", quote.Speaker?.Name);
    }
}
