using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "How many X will they cut": a figure stands for X unnamed only where the articles write X (or a word for it);
/// where they write it nowhere, a figure of the same deed done to something else answers another question.
/// </summary>
public sealed class UnwrittenCountQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly BakeryKnowledge _knowledge;

    public UnwrittenCountQuestionsTests()
    {
        File.WriteAllText(_articles["crumbwell-ovens.txt"], """
            Crumbwell drops plan for a second oven hall at Tarvik

            The bakery chain Crumbwell told its staff on Tuesday that it had dropped its plan for a second oven hall at Tarvik.

            Crumbwell will cut the payout to shareholders by 30 per cent after dropping the plan, according to a statement to the exchange.

            About 93 shareholders attended the meeting in Tarvik on Tuesday, the chain said.

            Flour prices have doubled in two years, Crumbwell said.

            A record crowd of 3,270 had queued outside the new Tarvik shop on its opening day, the chain said.
            """);
        _knowledge = new BakeryKnowledge(_articles.Path);
    }

    [Fact]
    public void ACountOfThingsNoArticleWritesIsNotAFigureOfTheSameDeedDoneToSomethingElse()
    {
        var answer = _knowledge.Answerer.Ask("How many positions will Crumbwell cut after dropping the plan?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void ACountOfThingsTheArticleWritesStillAnswers()
    {
        var answer = _knowledge.Answerer.Ask("How many shareholders attended the meeting?");
        Assert.Contains("About 93 shareholders", answer.Quotes.First().Text);
    }

    [Fact]
    public void ACountOfPeopleTheArticleNamesByAKindStillAnswers()
    {
        var answer = _knowledge.Answerer.Ask("How many people attended the meeting in Tarvik?");
        Assert.Contains("About 93 shareholders", answer.Quotes.First().Text);
    }

    [Fact]
    public void AFigureCountingSomethingMayStillCountThingsTheArticleCallsOtherwise()
    {
        var answer = _knowledge.Answerer.Ask("How many customers queued outside the new shop?");
        Assert.Contains("crowd of 3,270", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class BakeryKnowledge(string path) : IndexedKnowledge(path);
}
