using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Mme Ines Duval … Mme Duval said", "Herr Jan Falk": English news keeps the courtesy titles of other languages
/// before a name. Such a title opens the name rather than being part of it, gives the gender a later "she" or "he"
/// needs, and is no job title; with or without its period it ends no sentence.
/// </summary>
public sealed class ForeignCourtesyTitleTests
{
    [Theory]
    [InlineData("Mme")]
    [InlineData("Mme.")]
    [InlineData("Madame")]
    [InlineData("Mlle.")]
    [InlineData("Señora")]
    [InlineData("Sra.")]
    [InlineData("Frau")]
    [InlineData("Signora")]
    [InlineData("Smt.")]
    public void AFemaleTitleOpensTheNameAndGivesHer(string title)
    {
        var quotes = Quotes($"{title} Orla Brenneke, a member of the Tarvik council, said the bridge was unsafe. "
            + $"\"We cannot wait,\" {title} Brenneke said.\n\n"
            + "Teodor Vanck, the engineer, inspected it on Monday.\n\n"
            + "The council met on Friday. Later she told reporters the repairs would start soon.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Orla Brenneke", "member of the Tarvik council"), (q.Speaker?.Name, q.Speaker?.Role)));
    }

    [Theory]
    [InlineData("Herr")]
    [InlineData("Señor")]
    [InlineData("Signor")]
    [InlineData("Shri")]
    public void AMaleTitleOpensTheNameAndIsNoJobTitle(string title)
    {
        var quotes = Quotes($"{title} Teodor Vanck said the bridge was unsafe. \"We cannot wait,\" {title} Vanck said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Teodor Vanck", null), (q.Speaker?.Name, q.Speaker?.Role)));
    }

    [Fact]
    public void AMaleTitleIsNoSheLater()
    {
        var quotes = Quotes("Orla Brenneke, a member of the Tarvik council, said the bridge was unsafe.\n\n"
            + "Herr Teodor Vanck, the engineer, inspected it on Monday.\n\n"
            + "Later she told reporters the repairs would start soon.");
        Assert.Equal("Orla Brenneke", Assert.Single(quotes, q => ContentOf(q).Contains("repairs")).Speaker?.Name);
    }

    [Fact]
    public void ProfWithoutItsPeriodIsAnHonorific()
    {
        var quotes = Quotes("Prof Teodor Vanck, a hydrologist at Tarvik University, said the river would rise. \"It is early,\" Prof Vanck said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Teodor Vanck", "hydrologist at Tarvik University"), (q.Speaker?.Name, q.Speaker?.Role)));
    }
}
