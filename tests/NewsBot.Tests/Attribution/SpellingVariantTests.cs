using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>An article that misspells a speaker's surname once still means the one person it named in full.</summary>
public sealed class SpellingVariantTests
{
    private static List<string?> Speakers(string body) =>
        TestArticles.Attribute("Headline\n\n" + body).Quotes.Select(q => q.Speaker?.Name).ToList();

    [Fact]
    public void ASurnameOneLetterOffIsTheOnePersonNamedInFull()
    {
        var speakers = Speakers("“The port is in trouble,” said Dana Krell, a union organizer.\n\nKrall believes the owners took the workers for granted.");
        Assert.Equal(["Dana Krell", "Dana Krell"], speakers);
    }

    [Fact]
    public void ASurnameMisspelledWithADifferentCapitalIsStillThePerson()
    {
        var speakers = Speakers("Two dockers, Tamsin McCorley and Bryan Ortiz, watched the vote.\n\nMcOrley said the union had waited too long.");
        Assert.Equal("Tamsin McCorley", Assert.Single(speakers));
    }

    [Fact]
    public void TwoFullNamesOneLetterOffLeaveTheVariantItsOwnName()
    {
        var speakers = Speakers("Dana Krell and Mark Kroll led the strike.\n\nKrall said the owners would not talk.");
        Assert.Equal("Krall", Assert.Single(speakers));
    }
}
