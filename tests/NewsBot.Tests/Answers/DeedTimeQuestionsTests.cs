using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"When were they stolen": the time given in the clause of the deed asked, not the time of another deed beside it.</summary>
public sealed class DeedTimeQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly MapsKnowledge _knowledge;

    public DeedTimeQuestionsTests()
    {
        File.WriteAllText(_articles["carrow-maps.txt"], """
            Carrow Museum sends old sea charts home to Velmora

            The Carrow Museum said its late donor could not have known the charts were stolen, since he acquired them at an auction in Lisbon in 1985.

            On Monday the museum shipped the charts to Velmora, one of 14 lots it is returning after its curators found they had been stolen from a monastery library in Ostrik in 1968.
            """);
        _knowledge = new MapsKnowledge(_articles.Path);
    }

    [Fact]
    public void TheTimeBesideTheDeedAskedAnswersIt()
    {
        var answer = _knowledge.Answerer.Ask("When were the charts stolen?");
        Assert.Contains("stolen from a monastery library in Ostrik in 1968", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class MapsKnowledge(string path) : IndexedKnowledge(path);
}
