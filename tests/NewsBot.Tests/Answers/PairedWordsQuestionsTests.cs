using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A reader's words where the article writes others for the same thing: the last contact with a boat is when it was last
/// heard from, what a drone was supposed or meant to do is what it was designed to do, legal fees are what was paid to
/// lawyers, who owns a mill is whom it is controlled by, and a ban is a law that outlaws something; a question about
/// something else entirely stays unanswered.
/// </summary>
public sealed class PairedWordsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly PairedKnowledge _knowledge;

    public PairedWordsQuestionsTests()
    {
        File.WriteAllText(_articles["trawler.txt"], """
            Search widens for missing Kelvara trawler

            TOLLAN — The Brisa Mar, a trawler with six crew, was last heard from on Tuesday night, the Tollan coast guard said.

            Rescuers made contact with a second boat, the Ilse, on Wednesday morning.

            A survey drone was designed to map the seabed near Morrow Point, the coast guard said.

            The drone crashed into the sea off Velm on Friday.
            """);
        File.WriteAllText(_articles["mill.txt"], """
            Harlow mill dispute reaches appeals court

            HARLOW — The Harlow mill is controlled by Estmere Holdings, a family firm based in Brantwick.

            The Harlow mill employs 140 people, the union said.

            The town has paid its lawyers $48,000 so far, clerk Ivo Marsh said.

            The town spent $2 million on a new pier last year.

            The council outlawed fireworks on the mill grounds.

            The council approved a new parking plan in June.
            """);
        _knowledge = new PairedKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Theory]
    [InlineData("When was the last contact with the Brisa Mar?")]
    public void TheLastContactIsWhenItWasLastHeardFrom(string question) =>
        Assert.Contains("last heard from", Ask(question).Quotes[0].Text);

    [Theory]
    [InlineData("What was the survey drone supposed to do?")]
    [InlineData("What was the survey drone meant to do?")]
    public void WhatItWasMeantToDoIsWhatItWasDesignedToDo(string question) =>
        Assert.Contains("designed to map", Ask(question).Quotes[0].Text);

    [Theory]
    [InlineData("How much has the town spent on legal fees?")]
    [InlineData("How much were the town's legal costs?")]
    public void LegalFeesArePaidToLawyers(string question) =>
        Assert.Contains("$48,000", Ask(question).Quotes[0].Text);

    [Fact]
    public void WhoOwnsItIsWhoControlsIt() =>
        Assert.Contains("controlled by Estmere", Ask("Who owns the Harlow mill?").Quotes[0].Text);

    [Theory]
    [InlineData("What did the council ban?")]
    [InlineData("What did the council prohibit?")]
    public void ABanIsWhatALawOutlaws(string question) =>
        Assert.Contains("outlawed fireworks", Ask(question).Quotes[0].Text);

    [Fact]
    public void AQuestionAboutSomethingElseStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Who won the chess final in Orvieto?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class PairedKnowledge(string path) : IndexedKnowledge(path);
}
