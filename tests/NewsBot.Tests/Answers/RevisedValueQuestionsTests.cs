using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "When is the new deadline for bids": the value after the change ("has now been moved to 3 July"), before the one it
/// replaced ("the original deadline for bids was 12 April"), which writes more of the question's words; asked without
/// "new", the deadline as it was first set may still come first.
/// </summary>
public sealed class RevisedValueQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly RevisedKnowledge _knowledge;

    public RevisedValueQuestionsTests()
    {
        File.WriteAllText(_articles["bids.txt"], """
            Tessaly extends bidding for harbour contract

            TESSALY — The Tessaly port authority has given firms more time to bid for the contract to dredge the Orrin harbour, its director Malvo Strenn said on Monday.

            The original deadline for bids was 12 April. The deadline has now been moved to 3 July, Strenn said.

            Four firms have asked for the tender papers so far.
            """);
        _knowledge = new RevisedKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("When is the new deadline for bids?")]
    [InlineData("What is the new deadline for bids?")]
    [InlineData("When is the deadline for bids now?")]
    public void ANewValueAskedIsTheOneAfterTheChange(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("3 July", answer.Quotes[0].Text);
    }

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many goats were sold at the Pelgrave fair?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class RevisedKnowledge(string path) : IndexedKnowledge(path);
}
