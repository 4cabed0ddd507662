using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A title or a body's head word used alone after the article named its holder in full ("the coroner" after "Coroner
/// Ilse Varga", "the minister" after "Canals Minister Tomas Quell" even with a prime minister mentioned, "the bank"
/// after "the Bank of Corvania") is that holder, not an unnamed source.
/// </summary>
public sealed class TitleAndBodyBackReferenceTests
{
    [Fact]
    public void TheCoronerIsTheCoronerNamedBefore()
    {
        var quotes = Quotes("Coroner Ilse Varga found that the ferry had sailed with a faulty bilge pump.\n\n\"The crew were let down by the owners,\" the coroner wrote.");
        Assert.Equal("Ilse Varga", Assert.Single(quotes, q => ContentOf(q).Contains("let down")).Speaker?.Name);
    }

    [Fact]
    public void TheMinisterIsNotThePrimeMinister()
    {
        var quotes = Quotes("Canals Minister Tomas Quell said the quota would rise by a tenth.\n\nPrime Minister Ada Brenn will visit the harbour towns next month.\n\nThe boats will be inspected from June, the minister said.");
        Assert.Equal("Tomas Quell", Assert.Single(quotes, q => ContentOf(q).Contains("inspected from June")).Speaker?.Name);
    }

    [Fact]
    public void TheBankIsTheBankOfACountryNamedBefore()
    {
        var quotes = Quotes("Rates rose to 21% after the Bank of Corvania met on Tuesday.\n\nIn its statement, the bank said the weak lira had pushed up fuel prices.");
        Assert.Equal("Bank of Corvania", Assert.Single(quotes, q => ContentOf(q).Contains("weak lira")).Speaker?.Name);
    }

    [Theory]
    [InlineData("Tandang Works Berhad")]
    [InlineData("Kelby Civil Pty Ltd")]
    [InlineData("Marapi Beton Tbk")]
    public void TheCompanyIsTheFirmNamedWithItsLegalForm(string firm)
    {
        var quotes = Quotes($"The bridge was built by {firm}, a local contractor.\n\n\"We followed the approved drawings,\" the company said.");
        Assert.Equal(firm, Assert.Single(quotes, q => ContentOf(q).Contains("approved drawings")).Speaker?.Name);
    }

    [Fact]
    public void AHeadWordBeforeTheHeadOpensTheBodysName()
    {
        var quotes = Quotes("The Trust Bank of Corvania said on Thursday that prices had risen faster than it expected.");
        Assert.Equal("Trust Bank of Corvania", Assert.Single(quotes).Speaker?.Name);
    }
}
