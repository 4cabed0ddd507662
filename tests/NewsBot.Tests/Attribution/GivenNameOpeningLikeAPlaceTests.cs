using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "wrote Cameron Vellick for Harbor Polling": a given name that opens like a country's name (Cameron, Cameroon) is no
/// word for that country's people, so the name is a person's, never a body named for its country.
/// </summary>
public sealed class GivenNameOpeningLikeAPlaceTests
{
    [Fact]
    public void AGivenNameLikeACountrysNameStaysAPersons()
    {
        var quote = Assert.Single(Quotes("\"The impact of the debate is still small,\" wrote Cameron Vellick for Harbor Polling."));
        Assert.Equal(("Cameron Vellick", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }
}
