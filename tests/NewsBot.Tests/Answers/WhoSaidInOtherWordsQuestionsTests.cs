using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Who said …?" asked in a reader's words for the article's: robbing is stealing, and the public is the people; the
/// speaker of the statement that says so is named, not one whose words only share a word with the question.
/// </summary>
public sealed class WhoSaidInOtherWordsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TrialKnowledge _knowledge;

    public WhoSaidInOtherWordsQuestionsTests()
    {
        File.WriteAllText(_articles["tarnholm-port-trial.txt"], """
            Prosecutors seek nine years for former Tarnholm port director

            Prosecutors asked the judge on Monday to sentence Piet Arlov, the former director of the Tarnholm port authority, to nine years in prison.

            "Mr. Arlov stole from the people who trusted him with their harbour," the prosecution said in its closing argument.

            The opposition leader, Mira Tolst, accused the government of hiding the true cost of the new bridge over the Varn river.

            "The bridge will cost twice what they promised, and the public will pay the difference," Tolst said.
            """);
        _knowledge = new TrialKnowledge(_articles.Path);
    }

    [Fact]
    public void RobbingThePublicIsStealingFromThePeople()
    {
        var answer = _knowledge.Answerer.Ask("Who said the defendant robbed the public?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("stole from the people", answer.Quotes[0].Text);
        Assert.Equal("prosecution (unnamed)", answer.Quotes[0].Speaker?.Name);
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Mira Tolst");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class TrialKnowledge(string path) : IndexedKnowledge(path);
}
