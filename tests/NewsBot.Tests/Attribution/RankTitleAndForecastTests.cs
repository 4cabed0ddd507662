using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Round 17: a rank or office written before a name ("Prosecutor …", "DI …", "Det. Insp. …") is a title, not part
/// of the name, so later mentions by surname are the same speaker; "forecast" reports a prediction like "predicted".
/// </summary>
public sealed class RankTitleAndForecastTests
{
    [Fact]
    public void AProsecutorsTitleIsNotPartOfTheName()
    {
        var quotes = Quotes("Prosecutor Helena Penhallow told the jury that the ledger had been \"rewritten by hand\".\n\n"
            + "Penhallow said the accountant had \"nowhere left to hide\".");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Helena Penhallow", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Theory]
    [InlineData("DI")]
    [InlineData("Det. Insp.")]
    public void APoliceRankBeforeASurnameIsTheOfficerNamedBefore(string rank)
    {
        var quotes = Quotes("Detective Inspector Colm Raddery said the van had been found burned out near the canal.\n\n"
            + $"{rank} Raddery said officers were \"keeping an open mind\" about the motive.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Colm Raddery", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void ForecastReportsAPrediction()
    {
        var quotes = Quotes("Bank economist Priya Holloway said rents would keep climbing.\n\n"
            + "She forecast that rents in the capital would rise 4 per cent next year.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("4 per cent"));
        Assert.Equal(("Priya Holloway", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker?.Type));
    }
}
