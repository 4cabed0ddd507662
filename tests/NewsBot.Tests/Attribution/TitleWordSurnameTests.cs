using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Chief Nadia Bishop of the Otter Lake First Nation said …": a surname that is also a title word ("Bishop",
/// "Cardinal", "King") after a title and a given name is the person's; the nation after "of" is only her
/// affiliation, never the speaker.
/// </summary>
public sealed class TitleWordSurnameTests
{
    [Theory]
    [InlineData("Upstream, Chief Nadia Bishop of the Otter Lake First Nation said her people had not been warned.\n\n\"Nobody called us,\" Bishop said.")]
    [InlineData("Chief Nadia Bishop of the Otter Lake First Nation said her people had not been warned.\n\n\"Nobody called us,\" Bishop said.")]
    [InlineData("Councillor Ruth Cardinal of the Tarn Valley Council said the road would reopen.\n\n\"It is safe now,\" Cardinal said.")]
    public void TheSurnameThatIsATitleWordIsThePersons(string text)
    {
        var quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Person, q.Speaker?.Type));
        Assert.Single(quotes.Select(q => q.Speaker?.Name).Distinct());
        Assert.DoesNotContain(" of ", quotes[0].Speaker?.Name);
        Assert.DoesNotContain("Nation", quotes[0].Speaker?.Name);
        Assert.DoesNotContain("Council", quotes[0].Speaker?.Name);
    }
}
