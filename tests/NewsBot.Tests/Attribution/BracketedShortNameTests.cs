using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The National Grid Control Centre (Gridcon) ordered cuts … Gridcon said …": a body's one-word short name in brackets,
/// used alone later, is that organization under its full name — never a person called Gridcon.
/// </summary>
public sealed class BracketedShortNameTests
{
    [Theory]
    [InlineData("The National Grid Control Centre (Gridcon) ordered cuts on Monday.\n\nHomes went dark in three towns.\n\nGridcon said supply would be back by Tuesday.")]
    [InlineData("Power was cut on Monday, the National Grid Control Centre (Gridcon) said.\n\nGridcon said supply would be back by Tuesday.")]
    [InlineData("Velmora's Office for Power Supply (OFPOS) ordered cuts on Monday.\n\nOFPOS said supply would be back by Tuesday.")]
    public void TheShortNameInBracketsIsTheBodyByItsFullName(string body)
    {
        var quote = Assert.Single(Quotes(body), q => ContentOf(q).Contains("back by Tuesday"));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
        Assert.Contains("Grid Control Centre", quote.Speaker?.Name.Replace("Office for Power Supply", "Grid Control Centre"));
    }

    [Fact]
    public void APlaceInBracketsIsNoShortName()
    {
        var quotes = Quotes("The Harbor Safety Board (Tarvik) closed the quay on Monday.\n\nTarvik's mayor, Ilse Dorn, said the town would appeal.");
        Assert.Equal("Ilse Dorn", Assert.Single(quotes, q => ContentOf(q).Contains("appeal")).Speaker?.Name);
    }
}
