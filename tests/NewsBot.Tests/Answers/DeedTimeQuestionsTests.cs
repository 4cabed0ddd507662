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

            According to the Dunmere Library, the collector who left it the psalters never knew they were stolen, and his heirs sold them on in Antwerp in 1979.

            Archivists traced the psalters, which were stolen from a parish vault in Drevno in 1957, and the library flew them to Korvath on Wednesday.
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
