using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The valley fruit growers' cooperative" is the cooperative, not "the valley fruit growers"; a deed told inside the reporter's
/// "when" clause ("when engineers inspecting a hospital found a cracked pipe") and a company taking goods back ("recalls bottled
/// cider") report nobody; a name opening its own report keeps "the company" from an organization that spoke before.
/// </summary>
public sealed class PossessiveBodyAndNarratedDeedTests
{
    [Fact]
    public void APluralsPossessiveBelongsToTheBodyAfterIt()
    {
        var quote = Assert.Single(Quotes("Hail ruined about 9,000 apple trees, according to the valley fruit growers' cooperative."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
        Assert.Contains("cooperative", quote.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeedInTheReportersWhenClauseReportsNothing() =>
        Assert.Empty(Quotes("The last such leak came in 2015, when engineers inspecting a hospital found a cracked pipe."));

    [Theory]
    [InlineData("Tarvish brewer recalls bottled cider over glass fears.")]
    [InlineData("Holm Motors recalled 40,000 cars because of faulty brakes.")]
    public void TakingGoodsBackReportsNothing(string text) => Assert.Empty(Quotes(text));

    [Fact]
    public void RecallingOfSomethingBesideAQuoteStillReports()
    {
        var quote = Assert.Single(Quotes("\"It amazed me how quickly they rushed through everything,\" Milos Vandrak recalled of the hearings."));
        Assert.Equal("Milos Vandrak", quote.Speaker?.Name);
    }

    [Fact]
    public void RecallingThatStillReports()
    {
        var quote = Assert.Single(Quotes("Milos Vandrak recalled that the tribunal had twice refused to hear her."));
        Assert.Equal("Milos Vandrak", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameOpeningItsOwnReportKeepsTheCompanyFromAnEarlierOne()
    {
        var quotes = Quotes("Orvel Pharma said in a statement that it would expand its plant.\n\n"
            + "Brindle Rope cut 300 jobs because of falling sales, the company said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("300 jobs", StringComparison.Ordinal));
        Assert.NotEqual("Orvel Pharma", quote.Speaker?.Name);
    }

    [Fact]
    public void ACompanyNamedForMotorsIsABody()
    {
        var quote = Assert.Single(Quotes("Holm Motors said it would build a new plant."));
        Assert.Equal(("Holm Motors", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }
}
