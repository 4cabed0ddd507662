using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Initials in brackets after a body's name are another name for it, never part of it: "Ferrovias de Velmora (FV)"
/// then "FV said" is the body by its full name (a lowercase link such as "de" gives no initial), and initials in the
/// order of the body's own language ("National Institute of Archaeology and Heritage (INAH)") are its initials too.
/// </summary>
public sealed class InitialsInBracketsTests
{
    [Fact]
    public void InitialsSkippingALowercaseLinkAreTheBodyByItsFullName()
    {
        var quotes = Quotes("Ferrovias de Velmora (FV) said only a fifth of trains would run during the strike.\n\nUnions said the strike would last three days.\n\nFV said it had offered a raise.");
        var later = Assert.Single(quotes, q => ContentOf(q).Contains("offered a raise"));
        Assert.Equal(("Ferrovias de Velmora", SpeakerType.Organization), (later.Speaker?.Name, later.Speaker!.Type));
        Assert.Equal(SpeakerType.Organization, Assert.Single(quotes, q => ContentOf(q).Contains("a fifth")).Speaker?.Type);
    }

    [Fact]
    public void InitialsInAnotherOrderAreNoPartOfTheName()
    {
        var quotes = Quotes("Workers digging a car park found a tomb, said the National Institute of Archaeology and Heritage (INAH).\n\n\"The bones are well kept,\" INAH said in a statement.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("National Institute of Archaeology and Heritage", q.Speaker?.Name));
    }
}
