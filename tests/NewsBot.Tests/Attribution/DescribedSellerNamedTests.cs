using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "a woman selling grilled peppers said …" then "the vendor, Lina Moravec, said …": one who sells, described first, is
/// the seller the next paragraph names — only when one such description fits.
/// </summary>
public sealed class DescribedSellerNamedTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void AWomanSellingIsTheVendorNamedNext()
    {
        var quotes = BodyQuotes("Near the fish hall, a woman selling grilled peppers said she had lost half her customers since Friday.\n\n"
            + "\"Nobody comes here any more,\" the vendor, Lina Moravec, said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lina Moravec", q.Speaker?.Name));
    }

    [Fact]
    public void ABreadSellerIsTheTraderNamedNext()
    {
        var quotes = BodyQuotes("At the old market, a bread seller who has kept a stall for ten years said the strike had halved her sales.\n\n"
            + "The trader, Ida Penrose, said she would close early.");
        Assert.All(quotes, q => Assert.Equal("Ida Penrose", q.Speaker?.Name));
    }

    [Fact]
    public void TwoSellersDescribedStayUnnamed()
    {
        var quotes = BodyQuotes("A man selling roasted nuts said trade was slow.\n\nA woman selling fresh bread said she had seen no buyers.\n\n"
            + "The vendor, Ida Penrose, said she would close early.");
        Assert.DoesNotContain(quotes, q => q.Paragraph < 3 && q.Speaker?.Name == "Ida Penrose");
    }
}
