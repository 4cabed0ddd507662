using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Energy economist Marta Kovacs of the Institute of the Baltic States said …": the organization after the person's
/// "of" has its own "of", so its head word is not its last; the person still said it, the institute is her affiliation.
/// </summary>
public sealed class AffiliationWithInnerOfTests
{
    private const string Text =
        "Energy economist Marta Kovacs of the Institute of the Baltic States said both grids had “no slack left”, and predicted that the regulator would cap prices.";

    [Fact]
    public void ThePersonBeforeTheAffiliationSaidIt()
    {
        var quotes = Quotes(Text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marta Kovacs", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Person, q.Speaker?.Type));
    }

    [Fact]
    public void AnOrganizationWithItsOwnOfStaysOne()
    {
        var quote = Assert.Single(Quotes("The Institute of the Baltic States said the grid was stretched thin."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
