using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Which company bought …", "which firm …": the sentence naming a business by its own name ("Holmcrest Partners"),
/// which seldom writes "company", answers the kind asked; a question about something else stays unanswered.
/// </summary>
public sealed class BusinessAskedQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly BusinessKnowledge _knowledge;

    public BusinessAskedQuestionsTests()
    {
        File.WriteAllText(_articles["air.txt"], """
            Velora Air posts record profit

            BRANTWICK — Velora Air carried 3 million passengers last year, a record for the regional airline.

            Holmcrest Partners bought a 40 percent stake in the airline in 2019.

            The airline's newest aircraft, a twin-engine turboprop, entered service in May.
            """);
        _knowledge = new BusinessKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("Which company bought a stake in Velora Air?")]
    [InlineData("Which firm bought a stake in Velora Air?")]
    public void ABusinessNamedByItsOwnNameIsTheCompanyAsked(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("Holmcrest Partners", answer.Quotes[0].Text);
    }

    [Fact]
    public void AQuestionAboutSomethingElseStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Which company bought the Orvieto chess club?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class BusinessKnowledge(string path) : IndexedKnowledge(path);
}
