using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The department said" after the one ministry an article named ("the Ministry of Transport", "the Transport Ministry")
/// is that ministry, and "the ministry said" after the one department; with two bodies of government named, neither.
/// </summary>
public sealed class DepartmentForMinistryTests
{
    [Theory]
    [InlineData("The Ministry of Transport will close the bridge at Dunmore.", "Ministry of Transport")]
    [InlineData("The Transport Ministry will close the bridge at Dunmore.", "Transport Ministry")]
    public void TheDepartmentIsTheOneMinistry(string first, string ministry)
    {
        var quotes = Quotes(first + "\n\nThe department said the work would take a month.");
        Assert.Equal(ministry, Assert.Single(quotes, q => ContentOf(q).Contains("take a month")).Speaker?.Name);
    }

    [Fact]
    public void TheMinistryIsTheOneDepartment()
    {
        var quotes = Quotes("The Pell Water Department will close the reservoir.\n\nThe ministry said the work would take a month.");
        Assert.Equal("Pell Water Department", Assert.Single(quotes, q => ContentOf(q).Contains("take a month")).Speaker?.Name);
    }

    [Fact]
    public void TwoBodiesOfGovernmentLeaveTheDepartmentUnnamed()
    {
        var quotes = Quotes("The Ministry of Transport will close the bridge at Dunmore.\n\nThe Pell Tax Office will pay for the work.\n\nThe department said the work would take a month.");
        Assert.DoesNotContain("Ministry", Assert.Single(quotes, q => ContentOf(q).Contains("take a month")).Speaker?.Name ?? "");
    }
}
