using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>"the weather agency said" after "the Valdoria Meteorological Institute": a weather office is the one body named for meteorology.</summary>
public sealed class WeatherBodyTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void TheWeatherAgencyIsTheMeteorologicalInstitute()
    {
        var quotes = BodyQuotes("A storm closed every port in Valdoria on Tuesday, the Valdoria Meteorological Institute said.\n\n"
            + "The weather agency said winds had reached 140 kilometers an hour.\n\nAccording to the weather agency, the storm was the strongest in a decade.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Valdoria Meteorological Institute", q.Speaker?.Name));
    }

    [Fact]
    public void WithNoMeteorologicalBodyTheWeatherAgencyStaysUnnamed()
    {
        var quotes = BodyQuotes("The Valdoria Ports Authority closed every port on Tuesday.\n\nThe weather agency said winds had reached 140 kilometers an hour.");
        Assert.NotEqual("Valdoria Ports Authority", Assert.Single(quotes).Speaker?.Name);
    }
}
