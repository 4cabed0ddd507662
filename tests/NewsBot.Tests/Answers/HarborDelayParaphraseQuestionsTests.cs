using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Factoid questions asked in a reader's plain words where the article writes the thing in other, general ones: a ship
/// is the freighter or the vessel, staying somewhere is sitting there, arriving is docking, departing is leaving, an
/// exam is a test, cancelling is annulling, bringing goods in unlawfully is smuggling them, and where a company has its
/// headquarters is where it is based.
/// </summary>
public sealed class HarborDelayParaphraseQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly HarborDelayKnowledge _knowledge;

    public HarborDelayParaphraseQuestionsTests()
    {
        File.WriteAllText(_articles["freighter.txt"], """
            Stranded freighter leaves Marrow Bay after storm delay

            PORT KELDA — The cargo freighter Alva Rune left Marrow Bay on Friday after sitting off the coast for three days while a storm blocked the harbor entrance, port officials said.

            The ship, carrying 4,200 tonnes of grain, had been due to dock on Tuesday.

            The grain is owned by Tessmark Foods, the Brenholt-based company that supplies most of the region's bakeries.

            Customs officers meanwhile arrested two crew members who tried to smuggle 40 cartons of cigarettes ashore in a lifeboat.

            Elsewhere in Port Kelda, students at the Marrow Bay Technical College learned that last month's engineering exam had been annulled after the papers leaked online.

            A new test will be held on May 14, the college said in a statement.

            The storm, the strongest to hit the coast since 2009, brought winds of up to 140 kilometers per hour.
            """);
        _knowledge = new HarborDelayKnowledge(_articles.Path);
    }

    private string First(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer.Quotes[0].Text;
    }

    [Fact]
    public void StayingSomewhereIsSittingThere() =>
        Assert.Contains("sitting off the coast", First("Where did the ship stay for three days?"));

    [Fact]
    public void ArrivingIsDocking() =>
        Assert.Contains("due to dock on Tuesday", First("When was the freighter supposed to arrive?"));

    [Fact]
    public void DepartingIsLeaving() =>
        Assert.Contains("left Marrow Bay on Friday", First("When did the freighter depart?"));

    [Fact]
    public void BringingGoodsInUnlawfullyIsSmuggling() =>
        Assert.Contains("tried to smuggle", First("Who tried to bring the goods into the country?"));

    [Fact]
    public void WhereACompanyIsHeadquarteredIsWhereItIsBased() =>
        Assert.Contains("Brenholt-based company", First("Where is the company headquartered?"));

    [Fact]
    public void AnExamIsATest() =>
        Assert.Contains("May 14", First("When is the new exam?"));

    [Fact]
    public void CancellingIsAnnulling() =>
        Assert.Contains("had been annulled", First("Why was the engineering exam cancelled?"));

    [Fact]
    public void AQuestionTheArticlesDoNotAnswerStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("What is the capital of France?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class HarborDelayKnowledge(string path) : IndexedKnowledge(path);
}
