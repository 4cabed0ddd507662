using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The local growers' cooperative" is the cooperative, not "the local growers"; a deed told inside the reporter's
/// "when" clause ("when workers repairing a chapel found a grave") and a company taking goods back ("recalls heart
/// pills") report nobody; a name opening its own report keeps "the company" from an organization that spoke before.
/// </summary>
public sealed class PossessiveBodyAndNarratedDeedTests
{
    [Fact]
    public void APluralsPossessiveBelongsToTheBodyAfterIt()
    {
        var quote = Assert.Single(Quotes("The fire destroyed about 9,000 vines, according to the local growers' cooperative."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
        Assert.Contains("cooperative", quote.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeedInTheReportersWhenClauseReportsNothing() =>
        Assert.Empty(Quotes("The last such find came in 2015, when workers repairing a chapel found a grave holding three bodies."));

    [Theory]
    [InlineData("Tarvish drugmaker recalls heart pills over purity fears.")]
    [InlineData("Holm Motors recalled 40,000 cars because of faulty brakes.")]
    public void TakingGoodsBackReportsNothing(string text) => Assert.Empty(Quotes(text));

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
