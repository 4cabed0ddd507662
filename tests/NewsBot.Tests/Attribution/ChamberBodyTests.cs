using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>"The Ostmark Chamber of Shipping said": a chamber of trade or commerce is a body, never a person.</summary>
public sealed class ChamberBodyTests
{
    [Fact]
    public void AChamberOfATradeIsAnOrganization()
    {
        var quote = Assert.Single(TestArticles.Quotes("The Ostmark Chamber of Shipping, in a statement, said the strike would cost millions."));
        Assert.Equal("Ostmark Chamber of Shipping", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void TheChambersPresidentIsAPerson()
    {
        var quote = Assert.Single(TestArticles.Quotes("Chamber President Ilse Marn said the strike would cost millions."));
        Assert.Equal("Ilse Marn", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }
}
