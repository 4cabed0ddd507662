using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "said A Lan", "Y Khanh Nie, a farmer, said": a given name of one letter (Vietnamese and other names have them) is
/// part of the person's name; a capital "A" after a lowercase word is no article.
/// </summary>
public sealed class OneLetterGivenNameTests
{
    [Fact]
    public void ACapitalAAfterACueIsAGivenName()
    {
        var quote = Assert.Single(Quotes("\"The river took the whole harvest,\" said A Lan, a fisherman from Vessby."));
        Assert.Equal("A Lan", quote.Speaker?.Name);
    }

    [Fact]
    public void AOneLetterGivenNameBeforeTwoWordsIsAPerson()
    {
        var quotes = Quotes("Y Khanh Nie, a rice farmer near Vessby, said the floods took the whole harvest.\n\n\"We lost everything,\" he said.");
        Assert.Equal(["Y Khanh Nie", "Y Khanh Nie"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void AnArticleOpeningTheSentenceIsStillAnArticle()
    {
        var quote = Assert.Single(Quotes("A Vessby fisherman said the river took the whole harvest."));
        Assert.DoesNotContain("A ", quote.Speaker?.Name ?? "");
    }
}
