using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The people of Kellvar said", "Residents of Dunmere said": people described by the place they live in are a group
/// left unnamed, never a person called by the place's name nor a body; and the residents of one place are never those
/// of another met before.
/// </summary>
public sealed class PeopleOfAPlaceTests
{
    [Fact]
    public void ThePeopleOfAPlaceAreAnUnnamedGroup()
    {
        var quote = Assert.Single(Quotes("The people of Kellvar said they were tired of waiting for the new bridge."));
        Assert.Equal(("people of Kellvar (unnamed)", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ResidentsOfTwoPlacesAreTwoGroups()
    {
        var quotes = Quotes("Residents of Dunmere said the tap water was brown.\n\nThe residents of Ostby said the road was unsafe.");
        Assert.Equal(["Residents of Dunmere (unnamed)", "residents of Ostby (unnamed)"], quotes.Select(q => q.Speaker?.Name));
    }
}
