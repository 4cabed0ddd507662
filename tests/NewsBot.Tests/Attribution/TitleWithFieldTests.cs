using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A title that names the field of its office after "of" or "for" ("Director General of Public Works", "Minister of
/// State for Trade", "Chief Justice of the High Court") keeps the field: the holder's name is only the words after it.
/// </summary>
public sealed class TitleWithFieldTests
{
    [Theory]
    [InlineData("Director General of Public Works Mira Santi Wulan", "Mira Santi Wulan", "Director General of Public Works")]
    [InlineData("Minister of State for Trade Olek Brandt", "Olek Brandt", "Minister of State for Trade")]
    [InlineData("Minister of State for Foreign Affairs Olek Brandt", "Olek Brandt", "Minister of State for Foreign Affairs")]
    [InlineData("Commissioner of Police Hamid Orsay", "Hamid Orsay", "Commissioner of Police")]
    [InlineData("Chief Justice of the High Court Maren Tullis", "Maren Tullis", "Chief Justice of the High Court")]
    public void TheFieldBelongsToTheTitle(string source, string name, string role)
    {
        var speaker = Assert.Single(Quotes($"{source} said the runway at Pell would reopen on Friday.")).Speaker;
        Assert.Equal(name, speaker?.Name);
        Assert.Equal(role, speaker?.Role);
    }

    [Fact]
    public void AGivenNameEndsTheField()
    {
        var quotes = Quotes("Minister for Health Faith Ora said the clinic at Pell would stay open.");
        Assert.Equal("Faith Ora", Assert.Single(quotes).Speaker?.Name);
    }
}
