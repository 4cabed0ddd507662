using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Names of bodies that read like a person's: an acronym before the place it works in ("NAV Norland"), a place before
/// the word for its government ("Vellin Metropolitan Municipality"), a lone word that speaks through a statement
/// ("Formavel said in a statement"). Each is an organization, so a later "he" never stands for it. A person's two
/// initials ("AJ Brisco") and a person known by one name whom the statement calls "he" stay persons.
/// </summary>
public sealed class BodyNamedLikeAPersonTests
{
    [Fact]
    public void AnAcronymBeforeAPlaceIsABody()
    {
        var quotes = Quotes("NAV Ostmark said the flights would resume on Monday. \"We apologize to passengers,\" he said.");
        Assert.Equal(("NAV Ostmark", SpeakerType.Organization), (quotes[0].Speaker?.Name, quotes[0].Speaker!.Type));
        Assert.NotEqual("NAV Ostmark", quotes[^1].Speaker?.Name);
    }

    [Fact]
    public void APlaceBeforeAWordForItsGovernmentIsABody()
    {
        var quote = Assert.Single(Quotes("Vellin Metropolitan Municipality said the night buses would run late."));
        Assert.Equal(("Vellin Metropolitan Municipality", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ALoneWordSpeakingThroughAStatementIsABody()
    {
        var quote = Assert.Single(Quotes("Formavel said in a statement that it would cut 200 jobs at its Dunmere plant."));
        Assert.Equal(("Formavel", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ALoneWordTheStatementCallsHeIsAPerson()
    {
        var quote = Assert.Single(Quotes("Valdinho said in a statement that he would leave the club in June."));
        Assert.Equal(("Valdinho", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void TwoInitialsBeforeASurnameAreAPerson()
    {
        var quote = Assert.Single(Quotes("AJ Brisco said he was happy with the new contract."));
        Assert.Equal(("AJ Brisco", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }
}
