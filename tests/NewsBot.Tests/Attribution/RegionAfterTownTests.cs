using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A harbour pilot at the port of Ostby, Vendel, who would not give a name, told reporters …": one capitalized word set off after
/// a place's name is its region or province, not the name of the person the description opened with; the source stays
/// the unnamed pilot, and so does "the pilot" later.
/// </summary>
public sealed class RegionAfterTownTests
{
    [Fact]
    public void TheRegionAfterAPlaceIsNotTheDescribedPersonsName()
    {
        var quotes = Quotes("A harbour pilot at the port of Ostby, Vendel, who would not give a name, told reporters the crew were warned.\n\n\"Nobody listened,\" the pilot said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("harbour pilot at the port of Ostby (unnamed)", q.Speaker?.Name));
    }

    [Fact]
    public void TheRegionAfterATownIsNotTheSpeakerEither()
    {
        var quote = Assert.Single(Quotes("An engineer at the plant in Pellby, Norrmark, who had no leave to brief the press, said the line had stopped."));
        Assert.NotEqual("Norrmark", quote.Speaker?.Name);
        Assert.True(quote.Speaker?.Name.EndsWith("(unnamed)"));
    }
}
