using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the SIA's Hollund say?": a person asked by surname, owned by the body whose title the article gives them
/// in other words ("Greta Hollund, the Sprint Integrity Agency's head of testing"); the owner only narrows the name.
/// </summary>
public sealed class NameOwnedByABodyQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly OwnedKnowledge _knowledge;

    public NameOwnedByABodyQuestionsTests()
    {
        File.WriteAllText(_articles["sprint.txt"], """
            Sprinters face new doping checks before the Valdora games

            VALDORA — Every finalist at the Valdora games will be tested twice, the Sprint Integrity Agency (SIA) said on Tuesday.

            The agency said it would publish every result within a month of the games.

            "We will take blood from each finalist before the heats and again after the final," said Greta Hollund, the Sprint Integrity Agency's head of testing.

            "The work in the hills is hard on the knees," said Olav Tiller, a team doctor.
            """);
        _knowledge = new OwnedKnowledge(_articles.Path);
    }

    [Fact]
    public void TheBodysInitialsBeforeASurnameFindThePersonWithThatSurname()
    {
        var answer = _knowledge.Answerer.Ask("What did the SIA's Hollund say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Greta Hollund", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("take blood"));
    }

    [Fact]
    public void ABodyNoArticleOfTheSurnameWritesNamesNobody()
    {
        var answer = _knowledge.Answerer.Ask("What did the Tarvik Rowing Club's Hollund say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Greta Hollund");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class OwnedKnowledge(string path) : IndexedKnowledge(path);
}
