using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A title asked with a word saying its holder holds it now ("the outgoing mayor"), which the article never writes.</summary>
public sealed class InOfficeTitleTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly InOfficeKnowledge _knowledge;

    public InOfficeTitleTests()
    {
        File.WriteAllText(_articles["harbour-vote.txt"], """
            Harbour district votes out its council after a year of ferry delays

            Voters in the harbour district of Calloway ousted the ruling council on Sunday, the election board said.

            Mayor Tobias Wrenfield conceded shortly before midnight. "The voters were clear, and I will hand over the keys of the town hall in good order," Wrenfield said.

            "We should have fixed the ferry schedule in the spring," he added.
            """);
        File.WriteAllText(_articles["ferry-board.txt"], """
            New ferry board takes office in Brightmoor

            The new mayor of Brightmoor, Ilse Carrow, said on Monday that the ferry board would meet every week until the winter timetable is settled.

            "Nobody should wait an hour in the rain for a boat," Carrow said.
            """);
        _knowledge = new InOfficeKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the outgoing mayor say?")]
    [InlineData("What did the sitting mayor say about the ferry?")]
    public void AWordSayingTheTitleIsHeldNowFindsTheTitlesHolder(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("hand over the keys") || q.Text.Contains("ferry schedule"));
        Assert.All(answer.Quotes, q => Assert.Equal("Tobias Wrenfield", q.Speaker?.Name));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class InOfficeKnowledge(string path) : IndexedKnowledge(path);
}
