using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Near Vesk, a captain who …": a place's name closing a phrase of place that opens the sentence is not the name of
/// the person the description after its comma introduces.
/// </summary>
public sealed class OpeningPlacePhraseTests
{
    [Fact]
    public void APlaceBeforeTheCommaIsNoDescribedPersonsName()
    {
        var quote = Assert.Single(Quotes("Near Vesk, a captain who has worked the inlet for years said he had let a deckhand go."));
        Assert.Equal("captain (unnamed)", quote.Speaker?.Name);
        quote = Assert.Single(Quotes("In the harbour at Tollby, a skipper who has worked the inlet for years said he had sold his nets."));
        Assert.Equal("skipper (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void TheDescriptionLaterStillNamesNoPlace()
    {
        var quote = Assert.Single(Quotes("Near Vesk, a captain who has worked the inlet for years is worried.\n\nThe captain said he had let a deckhand go."));
        Assert.Equal("captain (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameAfterAnIntroductoryPhraseKeepsItsDescription()
    {
        var quote = Assert.Single(Quotes("At the hearing, Orla Venn, a nurse who runs the ward, said it was full."));
        Assert.Equal("Orla Venn", quote.Speaker?.Name);
        Assert.Equal("nurse", quote.Speaker?.Role);
    }
}
