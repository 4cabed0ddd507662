using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"When were they stolen": the time given in the clause of the deed asked, not the time of another deed beside it.</summary>
public sealed class DeedTimeQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly PsalterKnowledge _knowledge;

    public DeedTimeQuestionsTests()
    {
        File.WriteAllText(_articles["dunmere-psalters.txt"], """
            Dunmere Library hands psalters back to Korvath

            The Dunmere Library says its founder never knew the psalters were stolen, since a dealer in Antwerp sold them to him in 1979.

            On Wednesday the library returned the psalters to Korvath, whose archivists had shown that the books were stolen from a parish vault in Drevno in 1957.
            """);
        _knowledge = new PsalterKnowledge(_articles.Path);
    }

    [Fact]
    public void TheTimeBesideTheDeedAskedAnswersIt()
    {
        var answer = _knowledge.Answerer.Ask("When were the psalters stolen?");
        Assert.Contains("stolen from a parish vault in Drevno in 1957", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class PsalterKnowledge(string path) : IndexedKnowledge(path);
}
