using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// What an insurer covers is what it pays for: "how much of the repair bill did insurers cover" is answered by "Insurers
/// paid for roughly half of the work", in words of its own.
/// </summary>
public sealed class LibraryFloodQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LibraryFloodKnowledge _knowledge;

    public LibraryFloodQuestionsTests()
    {
        File.WriteAllText(_articles["library.txt"], """
            Hillgate library reopens after flood repairs

            HILLGATE — The Hillgate public library reopened on Saturday, eight months after a burst water main flooded its basement and ruined more than 12,000 books.

            Repairs cost the city 2.3 million dollars, library director Noemi Ashdown said.

            Volunteers dried about 3,000 of the damaged books in a borrowed warehouse on Fenner Road.

            The library first opened in 1931 and lends about 90,000 books a year.

            Insurers paid for roughly half of the work, Ashdown said.
            """);
        _knowledge = new LibraryFloodKnowledge(_articles.Path);
    }

    [Fact]
    public void WhatAnInsurerCoversIsWhatItPaysFor()
    {
        var answer = _knowledge.Answerer.Ask("How much of the repair bill did insurers cover?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("Insurers paid for roughly half", answer.Quotes[0].Text);
    }

    [Fact]
    public void AQuestionNoSentenceAnswersStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Who won the chess tournament in Hillgate?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LibraryFloodKnowledge(string path) : IndexedKnowledge(path);
}
