using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions for a price or an extent of ground, which the article answers without the question's word for it: a sum
/// something sells for is its cost, an area in hectares is how much land.
/// </summary>
public sealed class PriceAndAreaQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly PriceKnowledge _knowledge;

    public PriceAndAreaQuestionsTests()
    {
        File.WriteAllText(_articles["island-ferry.txt"], """
            Island ferry to resume service in May

            The Norrvik ferry will resume service on May 3 after a winter of repairs to its hull, the port authority said.

            Tickets for the ferry will sell for $12 a crossing, and children under five will ride free, the authority said.

            A brush fire on the headland above the harbor has burned 640 hectares since Tuesday, fire officials said.

            Crews expect to contain the blaze by the weekend.
            """);
        _knowledge = new PriceKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What will the ferry cost per crossing?")]
    [InlineData("What will a ferry ticket cost?")]
    public void ASumTheThingSellsForIsWhatItCosts(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Contains("$12 a crossing", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("How much land has the fire burned so far?")]
    [InlineData("How much land has the blaze burned?")]
    public void AnAreaInItsUnitsIsHowMuchLand(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Contains("640 hectares", answer.Quotes.First().Text);
    }

    [Fact]
    public void APriceOfSomethingElseIsNoCostOfTheThingAsked()
    {
        var answer = _knowledge.Answerer.Ask("How much did the hull repairs cost?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class PriceKnowledge(string path) : IndexedKnowledge(path);
}
