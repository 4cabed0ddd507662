using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Swede said", "the Egyptian told": a word for the people of a place after "the" is a person, never an
/// organization; the one named person the article has just met, or an unnamed person when it has met several.
/// </summary>
public sealed class DemonymSpeakerTests
{
    [Fact]
    public void AWordForAPlacesPeopleIsTheOnePersonJustNamed()
    {
        var quote = Assert.Single(Quotes("Helen Marsk, a former trade envoy, spoke at the harbor forum. The Norwegian said the fishing pact \"must be kept.\""));
        Assert.Equal("Helen Marsk", quote.Speaker?.Name);
    }

    [Fact]
    public void WithTwoPeopleNamedItIsAnUnnamedPersonNotAnOrganization()
    {
        var quote = Assert.Single(Quotes("Helen Marsk met Tom Varley at the harbor forum. The Norwegian said the fishing pact \"must be kept.\""));
        Assert.Equal(("Norwegian (unnamed)", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ANewspapersOneWordNameStaysAnOrganization()
    {
        var quote = Assert.Single(Quotes("The Guardian said the fishing pact \"must be kept.\""));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
