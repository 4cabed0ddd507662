using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A figure asked by the kind of measure it is ("how fast": a speed, "the record load": the figure the load reached), a
/// time asked as the bound of a stretch ("until what date"), and a deed asked in its verb that the articles write as its
/// noun ("lost": "losses").
/// </summary>
public sealed class MeasureAndBoundQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly MeasureKnowledge _knowledge;

    public MeasureAndBoundQuestionsTests()
    {
        File.WriteAllText(_articles["tollin-frost.txt"], """
            Frost drives Tollin heating load to a record as boilers fail

            TOLLIN — A week of hard frost pushed the heating load on the Tollin district network to a record on Tuesday and left some 4,615 flats without hot water after two boilers failed.

            The network's operator said the load on the Tollin network peaked at 753 megawatts at 7 a.m., a tenth higher than its old mark from two winters ago.

            Repair crews expected to have both boilers running again by Friday.
            """);
        File.WriteAllText(_articles["marrow-snow.txt"], """
            Snow closes the Marrow passes for a third day

            The Marrow passes stayed shut on Monday for a third day as snow buried the valley roads, stranding some 257 drivers in the villages of the upper valley.

            The regional weather office has forecast heavy snow on the upper slopes till March 4, and warned drivers to carry chains.

            Road crews cleared the lower road by noon.
            """);
        File.WriteAllText(_articles["pellow-books.txt"], """
            Pellow Books cuts 60 jobs as its online store struggles

            Pellow Books, the chain of 30 shops founded in 1964, said on Wednesday it would cut 60 jobs and close four shops in the coming months.

            Since opening its web shop the chain has run up losses of $14 million, its yearly accounts showed, against $9 million two years ago.

            Its founder said the online store would keep running.
            """);
        File.WriteAllText(_articles["osley-ferry.txt"], """
            Ferry strikes the Osley pier, injuring 12

            The ferry Gull Rock struck the Osley pier on Sunday morning, injuring 12 of the 136 passengers on board, the harbour master said.

            Investigators said the ferry was going at 19 knots as it neared the pier, more than twice the harbour limit.

            The pier will stay closed while its timbers are checked.
            """);
        _knowledge = new MeasureKnowledge(_articles.Path);
    }

    [Fact]
    public void AskedForARecordTheFigureTheLoadReachedAnswersNotTheLedeThatTellsOfTheRecordInWords()
    {
        Assert.Equal(AnswerType.Number, Question.Parse("What was the record load on the Tollin network?").Expected);
        var answer = _knowledge.Answerer.Ask("What was the record load on the Tollin network?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("753 megawatts", answer.Quotes.First().Text);
    }

    [Fact]
    public void UntilWhatDateAsksForATime()
    {
        Assert.Equal(AnswerType.Day, Question.Parse("Until what date is heavy snow expected in the Marrow passes?").Expected);
        Assert.Equal(AnswerType.Time, Question.Parse("Since what year has the ferry run?").Expected);
        var answer = _knowledge.Answerer.Ask("Until what date is heavy snow expected in the Marrow passes?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("till March 4", answer.Quotes.First().Text);
    }

    [Fact]
    public void MoneyLostIsGivenAsLosses()
    {
        var answer = _knowledge.Answerer.Ask("How much money has Pellow Books lost?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("$14 million", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowFastIsAnsweredByASpeedNotByACountOfThePeopleHurt()
    {
        var answer = _knowledge.Answerer.Ask("How fast was the ferry going when it struck the Osley pier?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("19 knots", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class MeasureKnowledge(string path) : IndexedKnowledge(path);
}
