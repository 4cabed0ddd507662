using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "Did the divers inspect the footings under water?": the article writes the two words as one ("an underwater
/// inspection"), which holds them both.
/// </summary>
public sealed class JoinedWordQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly JettyKnowledge _knowledge;

    public JoinedWordQuestionsTests()
    {
        File.WriteAllText(_articles["jetty-survey.txt"], """
            Questions over jetty survey after partial collapse

            Part of the Brackwater jetty collapsed on Saturday, three months after a survey found it sound.

            The survey, carried out by Ostler Marine, a diving contractor hired by the county, looked only at the deck and the railings.

            County engineers said the county had never paid for an underwater check of the timber footings.
            """);
        _knowledge = new JettyKnowledge(_articles.Path);
    }

    [Fact]
    public void TwoWordsWrittenAsOneHoldBoth()
    {
        var answer = _knowledge.Answerer.Ask("Did the diving contractor check the footings under water?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("underwater check"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class JettyKnowledge(string path) : IndexedKnowledge(path);
}
