using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Given names from many languages tell the pronoun an article will use: "she said" after a woman and then a man
/// named "Henrik" or "Chinedu" is the woman's. A name given to both sexes in some major language ("Andrea", "Sasha")
/// tells nothing and stays unknown.
/// </summary>
public sealed class GivenNameGenderTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    [Theory]
    [InlineData("Sigrid", "Henrik")]
    [InlineData("Ngozi", "Chinedu")]
    [InlineData("Fatemeh", "Behrouz")]
    [InlineData("Zeynep", "Mehmet")]
    [InlineData("Keiko", "Takeshi")]
    [InlineData("Priyanka", "Rahul")]
    public void SheAfterAWomanAndThenAManIsTheWoman(string woman, string man)
    {
        var quotes = TestArticles.Quotes(
            $"{woman} Quillard, who runs the valley's water board, said the reservoir was at its lowest in a decade.\n\n"
            + $"The board met on Tuesday with {man} Arvenza, the owner of the largest farm in the valley.\n\n"
            + "\u201cWe cannot give water we do not have,\u201d she said.");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("water we do not have"));
        Assert.Equal($"{woman} Quillard", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Joaquín", Gender.Male)]
    [InlineData("Søren", Gender.Male)]
    [InlineData("Łukasz", Gender.Male)]
    [InlineData("Zoë", Gender.Female)]
    [InlineData("Inês", Gender.Female)]
    [InlineData("Jean-Pierre", Gender.Male)]
    [InlineData("Anne-Marie", Gender.Female)]
    [InlineData("Jean-Marie", Gender.Male)]
    public void AnAccentedOrCompoundNameHasItsGender(string name, Gender gender) => Assert.Equal(gender, Lexicon.GenderOfGivenName(name));

    [Theory]
    [InlineData("Andrea")]
    [InlineData("Nicola")]
    [InlineData("Jean")]
    [InlineData("Sasha")]
    [InlineData("Simone")]
    [InlineData("Kim")]
    [InlineData("Yuki")]
    [InlineData("Michał")]
    public void ANameForBothSexesIsAGivenNameOfUnknownGender(string name)
    {
        Assert.True(Lexicon.IsGivenName(name));
        Assert.Equal(Gender.Unknown, Lexicon.GenderOfGivenName(name));
    }

    [Fact]
    public void SheikhIsNoWomansName() => Assert.NotEqual(Gender.Female, Lexicon.GenderOfGivenName("Sheikh"));
}
