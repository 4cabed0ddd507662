using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The families of Tomas Reyna and Ana Oduya said …": the relatives speak, never the people they are named by, and a
/// later "she said" is one of the relatives or nobody the article names — never the woman named after "of". The
/// relatives are a group the article leaves unnamed, "families (unnamed)".
/// </summary>
public sealed class KinOfNamedPeopleTests
{
    [Fact]
    public void TheFamiliesOfNamedPeopleAreNoneOfThem()
    {
        var quotes = Quotes("The families of Tomas Reyna and Ana Oduya said in a statement that the inquiry at Pellham had failed them.\n\n"
            + "\"We waited for answers for two years,\" she said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("families (unnamed)", quotes[0].Speaker?.Name);
        Assert.All(quotes, q => Assert.True(q.Speaker is null || !q.Speaker.Name.Contains("Reyna", StringComparison.Ordinal) && !q.Speaker.Name.Contains("Oduya", StringComparison.Ordinal), q.Speaker?.Name));
    }

    [Fact]
    public void TheParentsOfANamedWomanAreNotHer()
    {
        var quotes = Quotes("The parents of Ana Oduya told reporters at Pellham that the ferry should never have sailed.\n\n"
            + "\"Nobody warned the crew,\" she said.");
        Assert.All(quotes, q => Assert.NotEqual("Ana Oduya", q.Speaker?.Name));
    }
}
