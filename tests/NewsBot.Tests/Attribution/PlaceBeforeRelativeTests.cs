using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, a retired baker from Salem, Oregon, who said …": the second part of a place ("City, State") before a "who" clause
/// is where the person is from; the clause describes the person the description stands in apposition to.
/// </summary>
public sealed class PlaceBeforeRelativeTests
{
    [Fact]
    public void TheWhoAfterAPlaceDescribesTheNamedPerson()
    {
        var quotes = Quotes("In the front row sat Ossian Drew, 68, a retired baker from Salem, Oregon, who said he had lost his pension in the collapse.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ossian Drew", quote.Speaker?.Name);
        Assert.StartsWith("he had lost his pension", ContentOf(quote));
    }

    [Fact]
    public void APlaceWithNoNamedPersonBeforeItSpeaksForNobody()
    {
        var quotes = Quotes("Buses left from Salem, Oregon, which said the roads would stay open.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Oregon");
    }
}
