using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up report on a ferry tender where two people are named only as saying nothing ("declined to be interviewed",
/// "has not said how she will vote"): asked what they said, the reply says they are mentioned, never that these are their words.
/// </summary>
public sealed class RefusalQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly RefusalKnowledge _knowledge;

    public RefusalQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-tender.txt"], """
            Council weighs ferry tender

            The harbor council will vote next week on a $40 million tender for two new ferries, the port director, Ivo Rask, said on Monday.

            "The old boats are held together with paint," Rask said.

            The shipyard's owner, Petra Lindqvist, declined to be interviewed.

            The council's treasurer, Mona Ekdal, has not said how she will vote.
            """);
        _knowledge = new RefusalKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did Petra Lindqvist say about the tender?", "Lindqvist")]
    [InlineData("What did Mona Ekdal say?", "Ekdal")]
    public void SomeoneReportedOnlyAsSayingNothingIsMentionedNotQuoted(string question, string surname)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name.Contains(surname) == true);
        Assert.Equal(AnswerKind.NotQuoted, answer.Kind);
        Assert.DoesNotContain("another speaker", answer.Message);
        Assert.Contains(answer.Quotes, q => q.Text.Contains(surname));
    }

    [Fact]
    public void SomeoneReportedOnlyAsSayingNothingIsFoundByTitleAndSurname()
    {
        var answer = _knowledge.Answerer.Ask("Has Treasurer Ekdal said how she will vote?");
        Assert.Contains("has not said how she will vote", answer.Quotes.First().Text);
    }

    [Fact]
    public void TheRefusalIsStillFoundAsNarration()
    {
        var answer = _knowledge.Answerer.Ask("Did the shipyard's owner agree to be interviewed?");
        Assert.Contains("declined to be interviewed", answer.Quotes.First().Text);
    }

    [Fact]
    public void TheQuoteExportKeepsTheRefusalsAsAttributions()
    {
        var quotes = TestArticles.Attribute(File.ReadAllText(_articles["ferry-tender.txt"])).Quotes;
        Assert.Contains(quotes, q => q.Refusal && q.Speaker?.Name == "Petra Lindqvist");
        Assert.Contains(quotes, q => q.Refusal && q.Speaker?.Name == "Mona Ekdal");
        Assert.DoesNotContain(quotes, q => q.Refusal && q.Speaker?.Name == "Ivo Rask");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class RefusalKnowledge(string path) : IndexedKnowledge(path);
}
