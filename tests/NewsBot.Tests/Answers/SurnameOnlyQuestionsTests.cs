using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A speaker the article names in full once in narration, then quotes by the surname alone.</summary>
public sealed class SurnameOnlyQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly SurnameKnowledge _knowledge;

    public SurnameOnlyQuestionsTests()
    {
        File.WriteAllText(_articles["creek-flood.txt"], """
            Creek floods lower Halden after a night of rain

            The creek rose four feet overnight, county officials said.

            Velna Moravec and her neighbor, Otto Brill, both retired bus drivers, watched the creek climb over the footbridge from the church lot on Sunday. Moravec said she had feared the creek for years.

            "The water came up to the porch steps in less than an hour, and we had nowhere to put the goats," she said.

            "We have sandbagged that bank every spring since 1990," Brill said.

            The county engineer did not return calls on Sunday.
            """);
        _knowledge = new SurnameKnowledge(_articles.Path);
    }

    [Fact]
    public void TheFullNameAskedFindsTheQuotesGivenToTheSurname()
    {
        var answer = _knowledge.Answerer.Ask("What did Velna Moravec say about the water?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("porch steps"));
    }

    [Fact]
    public void AnotherFirstNameIsNotTheSurnamesSpeaker()
    {
        var answer = _knowledge.Answerer.Ask("What did Karl Moravec say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    [Theory]
    [InlineData("What did Velna Moravek say?")]
    [InlineData("What did Vilna Moravec say?")]
    public void AFullNameWithOneTypoInEitherWordFindsTheSurnamesSpeaker(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("porch steps"));
    }

    [Fact]
    public void ATypoInBothWordsOfAFullNameIsNoOneQuoted()
    {
        var answer = _knowledge.Answerer.Ask("What did Vilna Moravek say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class SurnameKnowledge(string path) : IndexedKnowledge(path);
}
