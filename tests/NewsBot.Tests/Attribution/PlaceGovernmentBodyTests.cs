using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The municipality of Vellin said", "the province of Ostra said": the government of a place, called by the kind of
/// place it governs, is a body that speaks, named with that kind; never a person called by the place's name.
/// </summary>
public sealed class PlaceGovernmentBodyTests
{
    [Fact]
    public void AMunicipalityOfAPlaceIsABody()
    {
        var quotes = Quotes("The municipality of Vellin said in a statement that the footbridge would stay closed. The municipality added that repairs would start in May.");
        Assert.Equal([("municipality of Vellin", SpeakerType.Organization), ("municipality of Vellin", SpeakerType.Organization)],
            quotes.Select(q => (q.Speaker?.Name, q.Speaker!.Type)));
    }

    [Fact]
    public void AProvinceOfAPlaceIsABodyAndSoIsTheProvinceLater()
    {
        var quotes = Quotes("The province of Ostmark said it would appeal the ruling.\n\n\"We will not give up,\" the province said.");
        Assert.Equal([("province of Ostmark", SpeakerType.Organization), ("province of Ostmark", SpeakerType.Organization)],
            quotes.Select(q => (q.Speaker?.Name, q.Speaker!.Type)));
    }

    [Fact]
    public void ARegionOfAPlaceIsABody()
    {
        var quote = Assert.Single(Quotes("The region of Kellvar said the mountain roads were \"impassable.\""));
        Assert.Equal(("region of Kellvar", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void TheMayorOfAPlaceIsStillAPerson()
    {
        var quotes = Quotes("The mayor of Kellvar, Ana Brisco, said the roads would reopen. \"We are working day and night,\" she said.");
        Assert.Equal(["Ana Brisco", "Ana Brisco"], quotes.Select(q => q.Speaker?.Name));
    }
}
