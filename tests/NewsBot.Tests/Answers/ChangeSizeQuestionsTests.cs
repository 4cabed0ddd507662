using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "How much will fares rise" asks the size of a change: the sentence giving it next to the verb ("fares will rise 8
/// percent") answers it before a lede that retells the rise, with more of the question's words, beside a day.
/// </summary>
public sealed class ChangeSizeQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ChangeKnowledge _knowledge;

    public ChangeSizeQuestionsTests()
    {
        File.WriteAllText(_articles["brennick-ferry-fares.txt"], """
            Brennick ferry operator to raise fares from March 1

            The Tallow Sound ferry company will raise fares on all its island routes from March 1, its board said on Tuesday.

            Fares will rise 8 percent on the Brennick crossing and 5 percent on the shorter routes.

            Island councillors criticised the increase.
            """);
        _knowledge = new ChangeKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("How much will ferry fares rise?")]
    [InlineData("By how much will ferry fares rise?")]
    public void TheSizeNextToTheVerbComesFirst(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Contains("8 percent", answer.Quotes.First().Text);
    }

    [Fact]
    public void AChangeNoArticleSizesStaysUnanswered()
    {
        var answer = _knowledge.Answerer.Ask("How much will Orrin Bay parking fees rise?");
        Assert.Empty(answer.Quotes);
    }

    [Theory]
    [InlineData("Fares will rise 8 percent on the crossing.", "rise", true)]
    [InlineData("The board raised the fee by 5% in June.", "rise", true)]
    [InlineData("Shares fell sharply to $40 on Monday.", "fall", true)]
    [InlineData("The company will raise fares from March 1.", "rise", false)]
    [InlineData("Fares will rise 8 percent on the crossing.", "fall", false)]
    public void ASizeNextToTheVerb(string sentence, string way, bool gives)
    {
        Assert.Equal(gives, AnswerTypes.GivesTheChange(sentence, way));
    }

    [Theory]
    [InlineData("how much will ferry fares rise?", "rise")]
    [InlineData("by how much did sales fall?", "fall")]
    [InlineData("how much did the club pay for him?", null)]
    public void TheWayAsked(string question, string? way)
    {
        Assert.Equal(way, AnswerTypes.ChangeAskedOf(question));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ChangeKnowledge(string path) : IndexedKnowledge(path);
}
