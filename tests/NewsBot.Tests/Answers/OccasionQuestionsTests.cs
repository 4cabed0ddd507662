using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>What a speaker said on an occasion the question names with "when" or "while" doing something.</summary>
public sealed class OccasionQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly OccasionKnowledge _knowledge;

    public OccasionQuestionsTests()
    {
        File.WriteAllText(_articles["orchard-fraud.txt"], """
            Orchard owner jailed for cheating growers' cooperative

            An orchard owner has been jailed for four years for cheating a growers' cooperative out of its harvest money.

            Sentencing Pell Marsh at Vellory Crown Court, Judge Amos Sorrell said Marsh had forged delivery slips for three seasons.

            "You took money from families who trusted you with their apples," the judge said.

            He told Marsh that the forged slips showed careful planning, adding: "This was no moment of weakness."

            The cooperative's chair, Ida Renn, said members were relieved.
            """);
        _knowledge = new OccasionKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did the judge say when sentencing Marsh?")]
    [InlineData("What did Judge Sorrell say while sentencing Marsh?")]
    public void WhatTheSpeakerSaidOnTheOccasionIsTheirStatements(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("no moment of weakness"));
        Assert.All(answer.Quotes, q => Assert.Equal("Amos Sorrell", q.Speaker?.Name));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class OccasionKnowledge(string path) : IndexedKnowledge(path);
}
