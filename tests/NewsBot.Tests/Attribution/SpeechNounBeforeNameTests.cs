using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, an accusation Korvania has always denied": a word for something said before a name is the object of a relative
/// clause without its "that". The name denied the accusation and reported nothing; it is no person with the role
/// "accusation", and the sentence before the comma is not its report.
/// </summary>
public sealed class SpeechNounBeforeNameTests
{
    [Fact]
    public void ANameAfterAnAccusationIsNoSpeaker()
    {
        var quotes = Quotes("Trade envoy Lena Dost said talks at Pellham had stalled.\n\n"
            + "The ministry in Vellmar repeated the charge, an accusation Korvania has always denied.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Korvania" || q.Speaker?.Role == "accusation");
    }

    [Fact]
    public void ANameAfterAClaimIsNoSpeaker()
    {
        var quotes = Quotes("Serbelia blamed the border guards for the shooting, a claim Korvania has long denied.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Korvania");
    }
}
