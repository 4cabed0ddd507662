using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the tribunal's ruling find?": a document's findings are its words, credited to it ("… the ruling
/// said", "according to the ruling, …"), though none of them writes "find".
/// </summary>
public sealed class DocumentFindingQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TribunalKnowledge _knowledge;

    public DocumentFindingQuestionsTests()
    {
        File.WriteAllText(_articles["bakery-cartel.txt"], """
            Regulator fines three bakery chains for rigging loaf prices

            The competition tribunal on Wednesday fined three bakery chains a combined 19.4 million crowns for coordinating the price of bread.

            According to the ruling, regional managers at the chains swapped their planned loaf prices by text message for almost three years.

            "The arrangement was secret, lasting and aimed squarely at shoppers who had no cheaper loaf to turn to," the ruling said.

            All three chains said they would read the ruling closely before any appeal.
            """);
        File.WriteAllText(_articles["sluice-audit.txt"], """
            Harbour sluices to be replaced after audit

            The port authority will replace the harbour's sluice gates next spring.

            An earlier review, ordered by the port authority years ago, had warned of far graver faults.

            "The east sluice gates are rusted through at the hinges and will fail in a heavy storm," the harbour audit said.
            """);
        _knowledge = new TribunalKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the tribunal's ruling find?", "the tribunal's ruling")]
    [InlineData("What did the harbour audit conclude?", "the harbour audit")]
    public void ADocumentsFindingsAreItsWords(string question, string document)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.Statements, parsed.Kind);
        Assert.Equal(document, parsed.Speaker);
    }

    [Fact]
    public void WhatTheRulingFoundIsWhatItSaid()
    {
        var answer = _knowledge.Answerer.Ask("What did the tribunal's ruling find?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("secret, lasting and aimed squarely"));
    }

    [Fact]
    public void TheNounAskedIsWhatTheFindingsAreAbout()
    {
        var parsed = Question.Parse("What fault did the harbour audit find?");
        Assert.Equal(QuestionKind.Statements, parsed.Kind);
        Assert.Equal("the harbour audit", parsed.Speaker);
        Assert.Equal("fault", parsed.Topic);
        var answer = _knowledge.Answerer.Ask("What fault did the harbour audit find?");
        Assert.Contains("rusted through at the hinges", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatAPersonFoundIsStillAFact()
    {
        Assert.Equal(QuestionKind.Factoid, Question.Parse("What did the divers find?").Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class TribunalKnowledge(string path) : IndexedKnowledge(path);
}
