using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The ferry service will resume on Friday, the operator said on Thursday night, with …": a phrase of time, of
/// anonymity or of where it was said, closed by a comma after the cue, belongs to the attribution; what was said is the
/// fronted clause (and a clause that goes on after the comma), never the adjunct.
/// </summary>
public sealed class AdjunctAfterMidCueTests
{
    [Fact]
    public void ATimeAfterTheCueIsNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The ferry service will resume on Friday, the operator said on Thursday night, with extra crossings planned at weekends."));
        Assert.StartsWith("The ferry service will resume on Friday", ContentOf(quote));
        Assert.DoesNotContain("Thursday night", ContentOf(quote));
    }

    [Fact]
    public void AnonymityAfterTheCueIsNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The pumps were never serviced, a senior water board engineer said on condition of anonymity, because a maintenance contract lapsed in 2020."));
        Assert.Equal("The pumps were never serviced | because a maintenance contract lapsed in 2020", ContentOf(quote));
        Assert.EndsWith("(unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AVenueAfterTheCueIsNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The depot will close in May, the council said in a statement, because the lease cannot be renewed."));
        Assert.Equal("The depot will close in May | because the lease cannot be renewed", ContentOf(quote));
    }

    [Fact]
    public void AnotherReportAfterTheAdjunctLeavesTheFrontedClause()
    {
        var quotes = Quotes("The quarry will stay shut until spring, the company said on Monday, as union leader Ada Roos warned that 80 jobs were at risk.");
        var company = Assert.Single(quotes, q => q.Source?.Text == "the company");
        Assert.Equal("The quarry will stay shut until spring", ContentOf(company));
    }
}
