using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>A person the article names once in full, in passing, and quotes later by the last words of that name.</summary>
public sealed class FullestNameTests
{
    private static List<string?> Speakers(string body) =>
        TestArticles.Attribute("Headline\n\n" + body).Quotes.Select(q => q.Speaker?.Name).ToList();

    [Fact]
    public void ALaterTwoWordNameIsTheFullNameGivenInPassing()
    {
        var speakers = Speakers("When Teodoro Arvizu Lozada, the harbor commissioner of Pescara, visited the quay last week, the ferries were idle.\n\n"
            + "The commissioner, Mr. Arvizu Lozada, argues there is no point in raising fares now.\n\n"
            + "\"We must not panic about one bad season,\" Mr. Arvizu Lozada said.");
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Equal("Teodoro Arvizu Lozada", s));
    }

    [Fact]
    public void TwoFullNamesEndingAlikeLeaveTheShortNameAlone()
    {
        var speakers = Speakers("Tevaldo Arvizu Lozada and Marvessa Arvizu Lozada run the quay cafe.\n\n"
            + "\"We must not panic about one bad season,\" Mr. Arvizu Lozada said.");
        Assert.Equal(["Arvizu Lozada"], speakers);
    }

    [Fact]
    public void OfTwoFullNamesEndingAlikeMisterIsTheMan()
    {
        var speakers = Speakers("Teodoro Arvizu Lozada and Marcela Arvizu Lozada run the quay cafe.\n\n"
            + "\"We must not panic about one bad season,\" Mr. Arvizu Lozada said.");
        Assert.Equal(["Teodoro Arvizu Lozada"], speakers);
    }

    [Fact]
    public void ARelativeTheArticleIntroducesAsHisSisterLeavesMisterToHim()
    {
        var speakers = Speakers("Teodoro Arvizu Lozada and Marcela Arvizu Lozada, his sister, run the quay cafe.\n\n"
            + "\"We must not panic about one bad season,\" Mr. Arvizu Lozada said.");
        Assert.Equal(["Teodoro Arvizu Lozada"], speakers);
    }

    [Theory]
    [InlineData("Ticona")]
    [InlineData("Ms. Ticona")]
    [InlineData("Rosario Ticona")]
    public void TheFirstOfTwoSurnamesAloneIsTheSamePerson(string later)
    {
        var quotes = TestArticles.Quotes($"\"Every hour counts,\" said Rosario Ticona Mamani, who leads the search teams.\n\n{later} said 12 people had been found alive.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Rosario Ticona Mamani", q.Speaker?.Name));
    }

    [Fact]
    public void ANameDescribedByAProfessionIsAPersonsFullName()
    {
        var quotes = TestArticles.Quotes("Kobina Mensimah, an epidemiologist at the Harbor School of Medicine who led none of the trials, sounded a note of caution. \"It is a good number,\" he said.\n\n"
            + "Mensimah argued that the firm should publish every figure.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Kobina Mensimah", q.Speaker?.Name));
    }

    [Fact]
    public void ACouncilmansTitleWithItsCityIsNoPartOfHisName()
    {
        var quotes = TestArticles.Quotes("City Councilman Omar Dace said the plan was \"a disgrace.\" Dace said he would vote no.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Omar Dace", q.Speaker?.Name));
        Assert.Equal("City Councilman", quotes[0].Speaker?.Role);
    }
}

