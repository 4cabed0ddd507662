using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories that quote someone by a bare title ("spokeswoman Dana Reel said") about the body the headline and
/// lede name: a reader asks for "the Marrowby Ferries spokeswoman". Not where the story quotes two spokesmen, nor for a
/// body it names only further down.
/// </summary>
public sealed class StorySubjectTitleQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly StorySubjectKnowledge _knowledge;

    public StorySubjectTitleQuestionsTests()
    {
        File.WriteAllText(_articles["winter-sailings.txt"], """
            Marrowby Ferries to drop winter sailings

            TARNHOLM (Wire) -- Marrowby Ferries will stop its winter sailings to the outer islands from December.

            "None of the other options keeps the boats running at a cost we can carry," spokeswoman Dana Reel said.

            The Brenmoor Council will discuss the cuts on Friday.
            """);
        File.WriteAllText(_articles["water-rates.txt"], """
            Quellin Water raises its rates

            Quellin Water will raise its rates by a twelfth in the new year.

            "The pipes under the old town must be replaced," spokesman Ivo Tarr said.

            A spokesman for the council said the rise would be discussed in March.
            """);
        _knowledge = new StorySubjectKnowledge(_articles.Path);
    }

    [Fact]
    public void ABareTitleBelongsToTheBodyTheStoryIsAbout()
    {
        var answer = _knowledge.Answerer.Ask("What did the Marrowby Ferries spokeswoman say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("at a cost we can carry"));
        Assert.All(answer.Quotes, q => Assert.Equal("Dana Reel", q.Speaker?.Name));
    }

    [Theory]
    // the story quotes the council's spokesman too: which one speaks for Quellin Water is no reader's guess
    [InlineData("What did the Quellin Water spokesman say?")]
    // the council is no subject of the ferry story, only named in passing
    [InlineData("What did the Brenmoor Council spokeswoman say?")]
    public void NoTitleIsGivenABodyWhenTheStoryLeavesItOpen(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class StorySubjectKnowledge(string path) : IndexedKnowledge(path);
}
