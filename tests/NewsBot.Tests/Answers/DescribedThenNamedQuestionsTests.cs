using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up fever story that quotes "a mother" on a children's ward and names her a paragraph later ("The woman,
/// Rosalind Okafor, …"): a reader still asks for her by the description she was quoted under, with words of the
/// place that no speaker's description holds ("the mother on the ward").
/// </summary>
public sealed class DescribedThenNamedQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DescribedThenNamedKnowledge _knowledge;

    public DescribedThenNamedQuestionsTests()
    {
        File.WriteAllText(_articles["halden-measles.txt"], """
            Fever cases fill children's ward in Halden

            HALDEN (Wire) – Eleven children were admitted with a high fever this week, the district health office said on Thursday.

            On the children's ward, a mother who had waited beside her daughter's cot since Monday folded a blanket. "She had a rash and a fever, and then she stopped eating," she said.

            The woman, Rosalind Okafor, 29, a baker from the east of the town, said her daughter was the second child in the building to fall ill.

            Dr. Tomas Grell, who runs the ward, said most of the children had not been vaccinated.
            """);
        _knowledge = new DescribedThenNamedKnowledge(_articles.Path);
    }

    [Fact]
    public void TheDescriptionSheWasQuotedUnderFindsTheNamedWoman()
    {
        var answer = _knowledge.Answerer.Ask("What did the mother on the children's ward say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Rosalind Okafor", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("She had a rash and a fever"));
    }

    [Fact]
    public void WhoseMotherSheIsNeedNotBeInHerRole()
    {
        // (the article calls her "a mother", not the girl's: asked by whose mother she is, she is still the one mother)
        var answer = _knowledge.Answerer.Ask("What did the girl's mother say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Rosalind Okafor", q.Speaker?.Name));
    }

    [Fact]
    public void AWordBeforeTheHeadHerRoleLacksFindsNoOne()
    {
        var answer = _knowledge.Answerer.Ask("What did the grieving mother say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DescribedThenNamedKnowledge(string path) : IndexedKnowledge(path);
}
