using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "How strong are the gusts", "how loud was the siren": a force or an intensity, answered by the reading that gives it
/// ("gusts of 137 kilometres an hour"), not by a sentence that only repeats the adjective in another form
/// ("the gale strengthened").
/// </summary>
public sealed class IntensityQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly IntensityKnowledge _knowledge;

    public IntensityQuestionsTests()
    {
        File.WriteAllText(_articles["gale.txt"], """
            Ferries halted as Storm Ondrel lashes the Varrow coast

            KESTHOLM — About 2,730 people were moved from the Varrow coast on Monday as Storm Ondrel strengthened overnight and ferries to the outer islands were halted, the port authority said.

            The national weather office said Ondrel was bringing gusts of 137 kilometres an hour and would stay over the islands until late on Tuesday.

            Some 463 households lost power on the largest island, the grid operator said.
            """);
        File.WriteAllText(_articles["ward.txt"], """
            Loser of Tarnwick ward vote demands a recount

            TARNWICK — The runner-up in Saturday's Tarnwick council by-election asked on Monday for a recount, saying ballot boxes from two halls had been opened early.

            The returning officer declared Helsa Murrane of the Harbour League winner of the seat with 6,112 votes, ahead of 5,874 for Dov Quennel of the Quay Ratepayers, a margin of 238 votes.

            League organisers said the slim result had surprised them in a ward the League had won by more than 3,160 votes at the last count.
            """);
        _knowledge = new IntensityKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("How strong are the storm's gusts?")]
    [InlineData("How loud was the siren?")]
    [InlineData("How powerful is the new engine?")]
    public void AHowQuestionAboutAnIntensityAsksForANumber(string question) =>
        Assert.Equal(AnswerType.Number, Question.Parse(question).Expected);

    [Fact]
    public void TheReadingAnswersNotTheSentenceRepeatingTheAdjective()
    {
        var answer = _knowledge.Answerer.Ask("How strong are Storm Ondrel's gusts?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("137 kilometres an hour", answer.Quotes[0].Text);
    }

    [Fact]
    public void WhoWonIsHeldByTheWinnerTheSentenceNames()
    {
        // "win" is held by "the winner", so the margin of the one asked about comes before another year's margin
        var answer = _knowledge.Answerer.Ask("By how many votes did Murrane win?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("a margin of 238 votes", answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class IntensityKnowledge(string path) : IndexedKnowledge(path);
}
