using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Bodies whose names read like people's: a maker named for its goods in the plural ("Norrvik Valley Foods",
/// "Danish Orchard Foods") and a group named for its members as doers ("Keepers of Old Bridges") are organizations,
/// whole; a surname the article gave a person stays that person's.
/// </summary>
public sealed class GroupAndFoodMakerNamesTests
{
    [Theory]
    [InlineData("A court fined a meat plant on Monday.\n\nNorrvik Valley Foods said it would appeal.", "Norrvik Valley Foods")]
    [InlineData("A court fined a meat plant on Monday.\n\nDanish Orchard Foods said it would appeal.", "Danish Orchard Foods")]
    [InlineData("A court fined a meat plant on Monday.\n\nKeepers of Old Bridges said it would appeal.", "Keepers of Old Bridges")]
    [InlineData("A court fined a meat plant on Monday.\n\nGrowers for Clean Rivers said it would appeal.", "Growers for Clean Rivers")]
    public void TheBodyIsAnOrganizationByItsWholeName(string body, string name)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.Equal((name, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ASurnameEndingLikeADoerStaysThePersonsOwn()
    {
        var quotes = Quotes("Mara Tellers, a farmer, lost her barn in the flood.\n\nTellers of Dunmore Farm said the river rose in an hour.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Type == SpeakerType.Organization);
    }
}
