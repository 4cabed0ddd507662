using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A title with modifiers before a name — "retired crane driver Edvin Holm" after an inverted cue, "the carmaker's
/// logistics director, Nils Oder," opening the attribution — still leads to that name; a modifier in -s or -ed is no verb.
/// </summary>
public sealed class ModifiedTitleBeforeNameTests
{
    [Fact]
    public void TwoModifiersBeforeALowercaseTitleAfterAnInvertedCueLeadToTheName()
    {
        var quote = Assert.Single(Quotes("\"We will rebuild the pier,\" said retired crane driver Edvin Holm, 71, who has lived in Varnby all his life."));
        Assert.Equal("Edvin Holm", quote.Speaker?.Name);
        Assert.Equal("retired crane driver", quote.Speaker?.Role);
    }

    [Fact]
    public void ThreeLowercaseWordsThatEndInNoWordForAPersonLeadNoName()
    {
        Assert.DoesNotContain(Quotes("\"We will rebuild the pier,\" said Tove, rebuild it all Edvin Holm thought."), q => q.Speaker?.Name == "Edvin Holm");
    }

    [Theory]
    [InlineData("\"We will adapt,\" the carmaker's logistics director, Nils Oder, said.")]
    [InlineData("\"We will adapt,\" the company's logistics director, Nils Oder, said.")]
    [InlineData("\"We will adapt,\" the logistics director, Nils Oder, told reporters.")]
    public void AModifierInSBeforeATitleInADescriptionIsNoVerb(string text)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal("Nils Oder", quote.Speaker?.Name);
        Assert.Contains("logistics director", quote.Speaker?.Role);
    }
}
