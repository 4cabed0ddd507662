using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the lawyer for the victims' families say?" when the only named lawyer is another story's "team doctor's
/// lawyer": what the question says of whose lawyer is meant, after the head or as its owner, must be in the role.
/// </summary>
public sealed class QualifiedRoleQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LawyerKnowledge _knowledge;

    public QualifiedRoleQuestionsTests()
    {
        File.WriteAllText(_articles["bridge.txt"], """
            Inquiry hears warnings about Varno bridge

            TALSEN - Engineers warned of cracks in the Varno bridge months before it fell, an inquiry heard on Monday.

            Lawyers for the relatives challenged the ministry's version. "The ministry knew for six months," said Oskar Brandt, who represents the relatives, "and it did nothing."
            """);
        File.WriteAllText(_articles["cycling.txt"], """
            Cycling team suspended after raid

            GHENT - A cycling team was suspended on Friday after police found drips at its camp.

            The team doctor's lawyer, Ines Maarten, said her client had followed the rules throughout.
            """);
        _knowledge = new LawyerKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the lawyer for the victims' families say?")]
    [InlineData("What did the families' lawyer say?")]
    public void AnotherOwnersLawyerIsNotTheLawyerAsked(string asked)
    {
        var answer = _knowledge.Answerer.Ask(asked);
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Ines Maarten");
    }

    [Theory]
    [InlineData("What did the team doctor's lawyer say?")]
    [InlineData("What did the lawyer for the team doctor say?")]
    public void TheOwnerAskedStillFindsTheirLawyer(string asked)
    {
        var answer = _knowledge.Answerer.Ask(asked);
        Assert.Contains(answer.Quotes, q => q.Speaker?.Name == "Ines Maarten");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LawyerKnowledge(string path) : IndexedKnowledge(path);
}
