using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A company the headline names only by its trade ("Maldrin ferry operator") and the lede by its full name ("Tessmoor
/// Ferries will raise fares …"): the article is about it, and a later sentence that calls it "its" answers what is asked
/// of it by name; a question about something else stays unanswered.
/// </summary>
public sealed class LedeSubjectQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LedeKnowledge _knowledge;

    public LedeSubjectQuestionsTests()
    {
        File.WriteAllText(_articles["ferry.txt"], """
            Maldrin ferry operator to raise fares

            MALDRIN — Tessmoor Ferries will raise fares on the Maldrin crossing from March 1, the company said on Tuesday.

            Fares will rise 8 percent, chief executive Dora Quill said.

            Its oldest vessel, a 1988 catamaran, will be retired in June.
            """);
        File.WriteAllText(_articles["islay.txt"], """
            Islay Ferries orders two new ships

            PORT ELLEN — Islay Ferries carried 2.5 million passengers last year and has ordered two new ships, its chairman said.
            """);
        File.WriteAllText(_articles["air.txt"], """
            Velora Air posts record profit

            BRANTWICK — Velora Air carried 3 million passengers last year, a record for the regional airline.

            The airline's newest aircraft, a twin-engine turboprop, entered service in May.
            """);
        _knowledge = new LedeKnowledge(_articles.Path);
    }

    [Fact]
    public void ALaterSentenceOfTheArticleTheLedeNamesAnswersForTheCompany()
    {
        var answer = _knowledge.Answerer.Ask("What type of vessel will Tessmoor Ferries retire?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("1988 catamaran", answer.Quotes[0].Text);
    }

    [Fact]
    public void AQuestionAboutSomethingElseStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("What type of vessel sank off Orvieto?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LedeKnowledge(string path) : IndexedKnowledge(path);
}
