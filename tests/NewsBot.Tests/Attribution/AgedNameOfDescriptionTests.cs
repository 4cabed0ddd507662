using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "said the woman, 61-year-old Tove Lind, speaking from a shelter": the name the article gives a described person
/// may carry their age before it; the woman is Tove Lind in that quote and in the later "Lind said".
/// </summary>
public sealed class AgedNameOfDescriptionTests
{
    [Fact]
    public void TheNameAfterAnAgeNamesTheDescribedSpeaker()
    {
        var quotes = Quotes("One woman had queued since dawn.\n\n\"I lost everything,\" said the woman, 61-year-old Tove Lind, speaking from a shelter. \"My house is gone.\"\n\n"
            + "Lind said her son had found her.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Tove Lind", q.Speaker?.Name));
    }
}
