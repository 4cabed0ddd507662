using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A given name is the same name with or without its accents ("José", "Jose") and joined to another by a hyphen
/// ("Mary-Kate"): either way it tells the pronoun, so "she said" is not given to the man named just before.
/// </summary>
public sealed class GivenNameSpellingTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    [Theory]
    [InlineData("José", Gender.Male)]
    [InlineData("JOSÉ", Gender.Male)]
    [InlineData("Mária", Gender.Female)]
    public void AnAccentedNameIsLookedUpWithoutItsAccents(string name, Gender gender)
    {
        Assert.True(Lexicon.IsGivenName(name));
        Assert.Equal(gender, Lexicon.GenderOfGivenName(name));
    }

    [Theory]
    [InlineData("Mary-Kate", Gender.Female)]
    [InlineData("John-Mark", Gender.Male)]
    public void TwoGivenNamesJoinedTakeTheFirstOnesPronoun(string name, Gender gender)
    {
        Assert.True(Lexicon.IsGivenName(name));
        Assert.Equal(gender, Lexicon.GenderOfGivenName(name));
    }

    [Fact]
    public void AHyphenatedWordOfNoGivenNameIsNone() => Assert.False(Lexicon.IsGivenName("Mary-Quellbrook"));

    [Fact]
    public void SheAfterAManWithAnAccentedNameIsTheWomanBeforeHim()
    {
        var quotes = TestArticles.Quotes(
            "Teresa Quillard, who runs the valley's water board, said the reservoir was at its lowest in a decade.\n\n"
            + "The board met on Tuesday with José Arvenza, the owner of the largest farm in the valley.\n\n"
            + "\u201cWe cannot give water we do not have,\u201d she said.");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("water we do not have"));
        Assert.Equal("Teresa Quillard", quote.Speaker?.Name);
    }
}
