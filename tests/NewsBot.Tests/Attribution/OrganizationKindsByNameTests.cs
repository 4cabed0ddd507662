using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Names that make a body by a word of their own: a drug maker ("Ostby Pharma"), a fire service ("Valdor Fire"), a
/// co-operative; and a name with a plural's possessive inside
/// it after "according to" ("the Coastal Rowers' Association") read whole.
/// </summary>
public sealed class OrganizationKindsByNameTests
{
    [Theory]
    [InlineData("Ostby Pharma said the shortage would last a month.", "Ostby Pharma")]
    [InlineData("Valdor Fire said 64 firefighters were on the line.", "Valdor Fire")]
    [InlineData("The Ostby Net Menders' Co-operative called the cut \"a heavy blow\".", "Ostby Net Menders' Co-operative")]
    public void TheNameIsAnOrganizations(string sentence, string name)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal((name, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void APluralPossessiveInsideANameAfterAccordingToIsKept()
    {
        var quote = Assert.Single(Quotes("The pay cut is unfair, according to the Coastal Rowers' Association."));
        Assert.Equal(("Coastal Rowers' Association", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }
}
