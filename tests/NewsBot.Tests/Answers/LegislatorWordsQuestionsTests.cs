using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the Ostrian MP say?" where the article writes "a member of the Ostrian parliament": the reader's words for
/// a member of a parliament or a congress (MP, lawmaker, legislator, deputy) find them; a member of anything else is none.
/// </summary>
public sealed class LegislatorWordsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LegislatorKnowledge _knowledge;

    public LegislatorWordsQuestionsTests()
    {
        File.WriteAllText(_articles["checks.txt"], """
            Doping checks come too late, critics say

            Pieter Vanlo, a member of the Ostrian parliament, said the checks had come far too late for the athletes who lost medals last year.

            "The snow has closed the upper track twice this month," said Anke Rost, a member of the Ostrian ski club.
            """);
        _knowledge = new LegislatorKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the Ostrian MP say?")]
    [InlineData("What did the Ostrian lawmaker say?")]
    [InlineData("What did the legislator say?")]
    public void AReadersWordForAMemberOfParliamentFindsThem(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Pieter Vanlo", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("far too late"));
    }

    [Fact]
    public void AMemberOfAClubIsNoLawmaker()
    {
        var answer = _knowledge.Answerer.Ask("What did the Ostrian MP say?");
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Anke Rost");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LegislatorKnowledge(string path) : IndexedKnowledge(path);
}
