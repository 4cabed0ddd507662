using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"How long will it be shut": a stretch of time answers it, before a sentence dating the deed asked.</summary>
public sealed class DurationQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly FerryKnowledge _knowledge;

    public DurationQuestionsTests()
    {
        File.WriteAllText(_articles["braddock-ferry.txt"], """
            Braddock Island ferry pulled from service over shaft damage

            The ferry service to Braddock Island was halted on Thursday, March 12, when a routine inspection turned up a bent propeller shaft, the operator said.

            The operator said the ferry service would stay suspended for at least three weeks while the shaft is replaced at the Denholm yard.
            """);
        _knowledge = new FerryKnowledge(_articles.Path);
    }

    [Fact]
    public void AStretchOfTimeAnswersHowLong()
    {
        var answer = _knowledge.Answerer.Ask("How long will the ferry service be halted?");
        Assert.Contains("for at least three weeks", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class FerryKnowledge(string path) : IndexedKnowledge(path);
}
