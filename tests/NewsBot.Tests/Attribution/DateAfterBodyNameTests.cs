using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the Council of State on Monday ruled", "Veldt Energy on Tuesday said": a day or a month after a body's name dates
/// the sentence; it is no part of the name.
/// </summary>
public sealed class DateAfterBodyNameTests
{
    [Theory]
    [InlineData("on Monday")]
    [InlineData("on Friday night")]
    [InlineData("in March")]
    public void ADateAfterABodyNamedWithOfIsNoPartOfItsName(string date)
    {
        var quote = Assert.Single(TestArticles.Quotes($"The Council of State {date} ruled that the rationing plan for Varland was lawful."));
        Assert.Equal("Council of State", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void TheNameStillGoesOnPastADayWordThatIsNoDate()
    {
        var quote = Assert.Single(TestArticles.Quotes("The Commission for Rivers and Canals said the Ostmark lock would close."));
        Assert.Equal("Commission for Rivers and Canals", quote.Speaker?.Name);
    }

    [Fact]
    public void AnEnergyCompanyDatedAfterItsNameIsAnOrganization()
    {
        var quote = Assert.Single(TestArticles.Quotes("Veldt Energy on Tuesday said it would shut two of its gas plants for repairs."));
        Assert.Equal("Veldt Energy", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
