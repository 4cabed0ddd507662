using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Yes/no questions settled by what the subject did rather than by a "no": a run of games "without a win" says they won
/// none, and a vote cast against a bill says its voters did not back it.
/// </summary>
public sealed class SettledByDeedQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DeedKnowledge _knowledge;

    public SettledByDeedQuestionsTests()
    {
        File.WriteAllText(_articles["rovers-coach.txt"], """
            Harbourside Rovers part ways with coach Ilse Quenneby

            Harbourside Rovers have dismissed head coach Ilse Quenneby after a run of nine cup games without a win, the second-division club announced late on Sunday.

            Harbourside Rovers, formed in 1931, have never won the cup.

            The club's chairman thanked Quenneby for her work.
            """);
        File.WriteAllText(_articles["ferry-levy-bill.txt"], """
            Assembly passes ferry levy bill

            The island assembly passed the ferry levy bill on Thursday by 31 votes to 24.

            The opposition bloc voted against the bill.

            Tomas Ekdahl, who runs a ferry booking firm, said he supported the ferry levy in principle, though he worried about what it would cost small operators.

            Supporters of the levy bill say it will pay for two new vessels.
            """);
        _knowledge = new DeedKnowledge(_articles.Path);
    }

    [Fact]
    public void ARunWithoutAWinSaysTheyWonNone()
    {
        var answer = _knowledge.Answerer.Ask("Did Harbourside Rovers win any of their last nine cup games?");
        Assert.Contains("without a win", answer.Quotes.First().Text);
    }

    [Fact]
    public void AVoteCastSettlesWhetherTheyBackedIt()
    {
        var answer = _knowledge.Answerer.Ask("Did the opposition bloc support the levy bill?");
        Assert.Contains("voted against the bill", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("They went nine games without a win.", true)]
    [InlineData("The caucus voted against the plan.", true)]
    [InlineData("It was, without a doubt, the best night of the season.", false)]
    [InlineData("The caucus met on Monday.", false)]
    public void DeedsThatSettle(string sentence, bool settles)
    {
        Assert.Equal(settles, Ranker.SettlesAQuestion(sentence));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DeedKnowledge(string path) : IndexedKnowledge(path);
}
