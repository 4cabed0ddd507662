using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Capitalized words beside a speaker that are not the speaker: the place a described person comes from, the place in
/// a title's "of", and an adjective made from a name with a hyphen.
/// </summary>
public sealed class NamesThatAreNoSpeakerTests
{
    [Fact]
    public void ARelativeClauseAfterADescriptionWithAPlaceDescribesThePersonNotThePlace()
    {
        var quotes = TestArticles.Quotes("One of the voters turned away was Oskar Lind, a retired welder from Eastmere Heights, who said he had cast his ballot in that hall for 20 years.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Oskar Lind", quote.Speaker?.Name);
    }

    [Fact]
    public void ThePlaceOfATitlesOfIsNoPartOfThePersonsName()
    {
        var quotes = TestArticles.Quotes("Bishop of Eastmere Tomas Prell said the chapel would stay open through the winter.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Tomas Prell", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAdjectiveMadeFromANameWithAHyphenIsNoSpeaker()
    {
        var quotes = TestArticles.Quotes("Deputy Reeve Rolf Quennell spoke on Monday. He also ordered all ZMA-licensed clinics to open \"fever desks\" for suspected cases.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("ZMA") == true);
    }

    [Fact]
    public void AnAdjectiveMadeFromANameDoesNotStartAName()
    {
        var quotes = TestArticles.Quotes("Harlow-based engineer Mina Sorel said the bridge needed new bearings.");
        Assert.Equal("Mina Sorel", Assert.Single(quotes).Speaker?.Name);
    }
}
