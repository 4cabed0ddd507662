using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the Ministry of Ports and Quarries" is one ministry, never "they": a name with "of" is as plural as its head
/// before it, so a "they say" about villagers is not the ministry's.
/// </summary>
public sealed class PluralNameWithOfTests
{
    [Fact]
    public void AMinistryWhoseNameEndsInAPluralIsNotThey()
    {
        var quotes = TestArticles.Attribute("Headline\n\nThe Ministry of Ports and Quarries said on Monday that output fell.\n\n"
            + "Villagers kept the road closed over a quarry pit that they say floods their fields.").Quotes;
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && q.Speaker?.Name == "Ministry of Ports and Quarries");
    }
}
