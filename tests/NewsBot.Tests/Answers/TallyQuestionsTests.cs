using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A vote's tally asked for, where the headline gives the hour of the vote in a number too.</summary>
public sealed class TallyQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TallyKnowledge _knowledge;

    public TallyQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-levy.txt"], """
            Assembly passes ferry levy in 3 a.m. vote, sending it to Governor Dace

            NORTHMOOR — Eleven hours of argument ended past 3 a.m. Wednesday when the Northmoor Assembly passed a levy on island ferry tickets, which now goes to Gov. Ilse Dace, who has promised to sign.

            The vote was 41-37. Three members of the governing bloc sided with the opposition. The upper chamber cleared the levy a week earlier, 20-19.

            
            """);
        _knowledge = new TallyKnowledge(_articles.Path);
    }

    [Fact]
    public void TheTallyAnswersBeforeAHeadlineGivingTheHourOfTheVote()
    {
        var answer = _knowledge.Answerer.Ask("What was the final tally in the Assembly?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("41-37", answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class TallyKnowledge(string path) : IndexedKnowledge(path);
}
