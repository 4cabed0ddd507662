using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Words that stand where a speaker stands but name none: a clause of time that closes the sentence, the place a
/// body's office covers, a word for a country's people before the reports it describes.
/// </summary>
public sealed class PlaceAndTimeNoSpeakerTests
{
    [Fact]
    public void OneWhoReportedSomethingInAClosingUntilClauseSaidNothingBeforeIt()
    {
        var quotes = Quotes("Oil then leaked into the canal for three days, until a passing cyclist reported a strong smell near the lock.");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void TheRegionAnOfficeCoversIsNotTheSpeaker()
    {
        var quotes = Quotes("The Harbour Authority's regional office for Scandinavia said the quay would reopen in May.");
        var quote = Assert.Single(quotes);
        Assert.NotNull(quote.Speaker);
        Assert.NotEqual("Scandinavia", quote.Speaker!.Name);
        Assert.Contains("office", quote.Speaker.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker.Type);
    }

    [Fact]
    public void ANationalityBeforeMediaReportsIsNoIssuer()
    {
        var quotes = Quotes("According to Portuguese media reports, the coach will receive a bonus of about 200,000 euros.");
        var quote = Assert.Single(quotes);
        Assert.NotEqual("Portuguese", quote.Speaker?.Name);
        Assert.Contains("reports", quote.Speaker?.Name);
    }
}
