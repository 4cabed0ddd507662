using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "according to Lin and Sorensen": two people the article named, speaking together, are neither of them alone and
/// never one merged name; the statement is left without a speaker.
/// </summary>
public sealed class PeopleSpeakingTogetherTests
{
    [Theory]
    [InlineData("The plan will cost the town jobs, according to Lin and Sorensen.")]
    [InlineData("Lin and Sorensen said the plan would cost the town jobs.")]
    public void TwoSurnamesTheArticleNamedAreNoOne(string sentence)
    {
        var quotes = Quotes("Mayor Anja Lin toured the pier on Monday with her deputy, Piet Sorensen.\n\n" + sentence);
        Assert.Null(Assert.Single(quotes, q => ContentOf(q).Contains("jobs")).Speaker);
    }

    [Fact]
    public void TwoTitledPeopleJoinedAreNeitherTheSecond()
    {
        var quote = Assert.Single(Quotes("Councillor Mira Holt and Councillor Ben Holt, her brother, said the vote was rigged."));
        Assert.Null(quote.Speaker);
    }
}
