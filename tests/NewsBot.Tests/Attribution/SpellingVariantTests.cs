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

    [Theory]
    [InlineData("Gov. Harold T. Manning Jr. spoke at the college on Monday.", "Mr. Manning", "Harold T. Manning Jr.")]
    [InlineData("Samuel P. Okafor III led the board for a decade.", "Mr. Okafor", "Samuel P. Okafor III")]
    [InlineData("Harold Manning Sr. founded the shipyard.", "Manning", "Harold Manning Sr.")]
    public void ASuffixAfterTheSurnameIsNoSurname(string introduction, string later, string speaker)
    {
        var speakers = Speakers(introduction + "\n\n\"We pay our share,\" " + later + " said.");
        Assert.Equal([speaker], speakers);
    }

    [Fact]
    public void AMiddleInitialDoesNotMakeAnotherPerson()
    {
        var speakers = Speakers("\"We pay our share,\" said Harold T. Manning.\n\n\"The yard stays open,\" Harold Manning said.");
        Assert.Equal(["Harold T. Manning", "Harold T. Manning"], speakers);
    }
}
