using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "LISBURG — The mayor of Lisburg, Helen Marsh, lost …": a description before a name opens the sentence after its
/// dateline as it would without one, and gives the person their title.
/// </summary>
public sealed class DescriptionAfterDatelineTests
{
    [Theory]
    [InlineData("LISBURG - The mayor of Lisburg, Helen Marsh, lost a budget vote on Wednesday.")]
    [InlineData("LISBURG, Norland (Reuters) — The mayor of Lisburg, Helen Marsh, lost a budget vote on Wednesday.")]
    public void ADescriptionAfterADatelineGivesTheTitle(string lede)
    {
        var quote = Assert.Single(Quotes(lede + "\n\n\"People are angry,\" she told reporters."));
        Assert.Equal(("Helen Marsh", "mayor of Lisburg"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    [Fact]
    public void ANameRightAfterTheDatelineHasNoDescription()
    {
        var quote = Assert.Single(Quotes("LISBURG - Helen Marsh, the city's mayor, lost a budget vote on Wednesday.\n\n\"People are angry,\" she told reporters."));
        Assert.Equal(("Helen Marsh", "city's mayor"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }
}
