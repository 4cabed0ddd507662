using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories whose speakers are asked by a reader's plain word for their role, not the article's: the head of a
/// body as its "chief" or "boss", the armed forces as "the army", an unnamed person familiar with talks as "the source".
/// </summary>
public sealed class ReaderRoleWordsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ReaderRoleWordsKnowledge _knowledge;

    public ReaderRoleWordsQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-talks.txt"], """
            Ferry line and its crews resume pay talks in Brackwater

            BRACKWATER (Wire) – Gullwing Line and its crews went back to the table on Monday after a week-long strike.

            Gullwing Line's chief executive, Henrike Sollmar, said the line could not pay what the crews asked. "Every raise we give now is a crossing we cut next winter," Sollmar said.

            Union leader Piet Varelius told reporters his members would go back only with a written offer. "Promises made in a corridor are worth nothing," he said.

            A person familiar with the talks said the two sides were still far apart on overtime.

            A senior harbour official, who asked not to be named, said the line had lost money on every winter crossing.

            The Armed Forces said they had lent two landing craft to carry food to the outer islands.
            """);
        _knowledge = new ReaderRoleWordsKnowledge(_articles.Path);
    }

    [Fact]
    public void AUnionLeaderIsTheUnionChiefNotTheCompanysChiefExecutive()
    {
        var answer = _knowledge.Answerer.Ask("What did the union chief say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("corridor"));
        Assert.All(answer.Quotes, q => Assert.Equal("Piet Varelius", q.Speaker?.Name));
    }

    [Fact]
    public void AUnionLeaderIsTheUnionBoss()
    {
        var answer = _knowledge.Answerer.Ask("What did the union boss say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Piet Varelius", q.Speaker?.Name));
    }

    [Fact]
    public void AChiefExecutiveIsTheHeadOfTheCompanyNamed()
    {
        var answer = _knowledge.Answerer.Ask("What did the Gullwing Line head say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("Every raise"));
        Assert.All(answer.Quotes, q => Assert.Equal("Henrike Sollmar", q.Speaker?.Name));
    }

    [Fact]
    public void TheArmedForcesAreTheArmyAndTheMilitary()
    {
        foreach (var asked in new[] { "What did the army say?", "What did the military say?" })
        {
            var answer = _knowledge.Answerer.Ask(asked);
            Assert.Equal(AnswerKind.Statements, answer.Kind);
            Assert.Contains(answer.Quotes, q => q.Text.Contains("landing craft") && q.Speaker?.Name == "Armed Forces");
        }
    }

    [Fact]
    public void APersonFamiliarWithTheTalksIsTheSource()
    {
        foreach (var asked in new[] { "What did the source say?", "What did the source close to the talks say?" })
        {
            var answer = _knowledge.Answerer.Ask(asked);
            Assert.Equal(AnswerKind.Statements, answer.Kind);
            Assert.All(answer.Quotes, q => Assert.Equal("person familiar with the talks (unnamed)", q.Speaker?.Name));
            Assert.Contains(answer.Quotes, q => q.Text.Contains("far apart on overtime"));
        }
    }

    [Fact]
    public void AnUnnamedSourceOrOfficialIsTheAnonymousOne()
    {
        var source = _knowledge.Answerer.Ask("What did the anonymous source say about the talks?");
        Assert.Contains(source.Quotes, q => q.Text.Contains("far apart on overtime") && q.Speaker?.Name == "person familiar with the talks (unnamed)");
        var official = _knowledge.Answerer.Ask("What did the anonymous official say?");
        Assert.Equal(AnswerKind.Statements, official.Kind);
        Assert.All(official.Quotes, q => Assert.Equal("senior harbour official (unnamed)", q.Speaker?.Name));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ReaderRoleWordsKnowledge(string path) : IndexedKnowledge(path);
}
