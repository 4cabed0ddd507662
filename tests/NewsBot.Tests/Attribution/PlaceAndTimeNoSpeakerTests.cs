using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Words that stand where a speaker stands but name none: a clause of time that closes the sentence, the place a
/// body's office covers, a word for a country's people before the reports it describes, a verb inside the clause that
/// says why a speaker goes unnamed.
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
        var quotes = Quotes("The Fjord Authority's regional office for Scandinavia said the quay would reopen in May.");
        var quote = Assert.Single(quotes);
        Assert.NotNull(quote.Speaker);
        Assert.NotEqual("Scandinavia", quote.Speaker!.Name);
        Assert.Contains("office", quote.Speaker.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker.Type);
    }

    [Fact]
    public void ANationalityBeforeMediaReportsIsNoIssuer()
    {
        var quotes = Quotes("According to Portuguese media reports, the coach will receive a bonus of about 265,500 euros.");
        var quote = Assert.Single(quotes);
        Assert.NotEqual("Portuguese", quote.Speaker?.Name);
        Assert.Contains("reports", quote.Speaker?.Name);
    }

    [Fact]
    public void TheFearInAnAnonymityClauseIsNotTheCueAndThePronounInItNotTheSpeaker()
    {
        var quotes = Quotes("His lawyer, Dana Pike, declined to comment.\n\nA cousin of the owner, who withheld her surname because she feared reprisals, said the shop had closed early every night.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && q.Speaker?.Name == "Dana Pike");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("cousin of the owner (unnamed)", quote.Speaker?.Name);
        Assert.Equal("the shop had closed early every night", ContentOf(quote));
    }

    [Fact]
    public void APersonOfAPlaceDescribedByAnAnonymityClauseIsTheSpeaker()
    {
        var quotes = Quotes("His lawyer, Dana Pike, declined to comment.\n\nA neighbour of the old tannery, who withheld her surname because she feared the gang, said vans came and went at night.");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.NotEqual("Dana Pike", quote.Speaker?.Name);
        Assert.StartsWith("neighbour", quote.Speaker?.Name);
    }

    [Fact]
    public void APassiveVerbInsideTheRelativeClauseIsNoCue()
    {
        var quotes = Quotes("A port clerk, who was told to keep quiet about the fire, said the alarms had failed twice that week.");
        var quote = Assert.Single(quotes);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("port clerk (unnamed)", quote.Speaker?.Name);
        Assert.Equal("the alarms had failed twice that week", ContentOf(quote));
    }

    [Fact]
    public void AVerbAfterASubordinatorInsideTheRelativeClauseHasItsOwnSubject()
    {
        var quotes = Quotes("A port employee, who gave only a first name because the crews had been told to keep quiet about the fire, said the alarms had failed twice that week.");
        var quote = Assert.Single(quotes);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("port employee (unnamed)", quote.Speaker?.Name);
    }
}
