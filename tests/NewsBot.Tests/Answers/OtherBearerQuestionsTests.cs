using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Three articles where the question's words match sentences of two: the article that names the company asked about
/// answers before one about another company whose name ends on the same word ("Islay Ferries" where "Tessmoor
/// Ferries" is asked), whose sentence writes more of the question's other words; a question about something else
/// entirely stays unanswered.
/// </summary>
public sealed class OtherBearerQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly BearerKnowledge _knowledge;

    public OtherBearerQuestionsTests()
    {
        File.WriteAllText(_articles["ferry.txt"], """
            Maldrin ferry operator to raise fares

            MALDRIN — Tessmoor Ferries will raise fares on the Maldrin crossing from March 1, the company said on Tuesday.

            Fares will rise 8 percent, chief executive Dora Quill said.

            The company carried 2 million passengers last year.
            """);
        File.WriteAllText(_articles["islay.txt"], """
            Islay Ferries orders two new ships

            PORT ELLEN — Islay Ferries carried 2.5 million passengers last year and has ordered two new ships, its chairman said.

            The ships will be built in Varlo.
            """);
        File.WriteAllText(_articles["air.txt"], """
            Velora Air posts record profit

            BRANTWICK — Velora Air carried 3 million passengers last year, a record for the regional airline.
            """);
        _knowledge = new BearerKnowledge(_articles.Path);
    }

    [Fact]
    public void TheArticleOfTheCompanyAskedAnswersBeforeAnotherOfTheSameLastName()
    {
        var answer = _knowledge.Answerer.Ask("How many passengers did Tessmoor Ferries carry last year?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("2 million passengers", answer.Quotes[0].Text);
    }

    [Fact]
    public void TheOtherCompanyAskedByItsOwnNameStillAnswers()
    {
        var answer = _knowledge.Answerer.Ask("How many passengers did Islay Ferries carry last year?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("2.5 million", answer.Quotes[0].Text);
    }

    [Fact]
    public void AQuestionAboutSomethingElseStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Who won the chess final in Orvieto?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class BearerKnowledge(string path) : IndexedKnowledge(path);
}
