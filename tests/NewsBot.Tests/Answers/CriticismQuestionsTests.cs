using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up report of a governor's remark on the judges and the criticism of it, asked about in a reader's words:
/// who accused him of attacking the country's judges, where the article writes that he "lashed out at our nation's judges".
/// </summary>
public sealed class CriticismQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly CriticismKnowledge _knowledge;

    public CriticismQuestionsTests()
    {
        File.WriteAllText(_articles["governor-judges.txt"], """
            Governor's remark on the courts draws fire

            Governor Emil Varga said on Tuesday that the state's courts were too slow to hear his appeals.

            Senate leader Paula Ostrander said in a radio interview that Varga "lashed out at our nation's judges when he was asked about his own record."

            "I was never attacking the country's judges, and nobody accused me of it until today," Varga said.

            Court officials said the backlog had shrunk by a third since spring.
            """);
        _knowledge = new CriticismKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("Who accused the governor of attacking the country's judges?")]
    [InlineData("Who criticized Varga for the remark?")]
    [InlineData("Who blames the courts for the backlog?")]
    public void WhoAccusedAsksWhoSaidIt(string question) =>
        Assert.Equal(QuestionKind.WhoSaid, Question.Parse(question).Kind);

    [Fact]
    public void AttackingTheCountrysJudgesIsLashingOutAtTheNationsJudgesAndWhomItAccusesIsNotWhoAccusedThem()
    {
        // his own denial writes more of the question's words than the accusation does
        var answer = _knowledge.Answerer.Ask("Who accused Varga of attacking the country's judges?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("lashed out at our nation's judges", answer.Quotes[0].Text);
        Assert.Equal("Paula Ostrander", answer.Quotes[0].Speaker?.Name);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class CriticismKnowledge(string path) : IndexedKnowledge(path);
}
