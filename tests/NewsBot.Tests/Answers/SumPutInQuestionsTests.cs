using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "How much did he invest", "how much did the fund lose": a sum of money, which the sentence giving the amount answers
/// before one that writes the verb beside a count of something else; "how much ground did they lose" is no sum.
/// </summary>
public sealed class SumPutInQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly SumKnowledge _knowledge;

    public SumPutInQuestionsTests()
    {
        File.WriteAllText(_articles["trust.txt"], """
            Harbor trust buys Lisle pier

            LISLE — The Lisle Harbor Trust bought the old ferry pier on Friday, ending a two-year search.

            Piet Vanner, who has invested in 14 harbor projects over three decades, joined the trust's board in May.

            Vanner put $500,000 into the trust last year.
            """);
        _knowledge = new SumKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("How much did Vanner invest?")]
    [InlineData("How much did the trust lose on the sale?")]
    [InlineData("How much did the couple donate?")]
    public void ASumPutInOrLostIsMoney(string question) => Assert.Equal(AnswerType.Money, Question.Parse(question).Expected);

    [Fact]
    public void GroundLostIsNoSum() => Assert.NotEqual(AnswerType.Money, Question.Parse("How much ground did the rebels lose?").Expected);

    [Fact]
    public void HowMuchSomeoneInvestedIsTheSumNotACountOfProjects()
    {
        var answer = _knowledge.Answerer.Ask("How much did Vanner invest?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("$500,000", answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class SumKnowledge(string path) : IndexedKnowledge(path);
}
