using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up story on a bakers' strike that quotes a passer-by where the reporter met her ("Outside a bakery in
/// Marlow, Ivy Brandt, a nurse, said …") and in her own words in the next paragraph: a reader asks for her by a word
/// nobody in the article goes by and by the place ("the shopper in Marlow"), and gets all she said; a place where the
/// article met nobody it quotes finds no one.
/// </summary>
public sealed class MetInAPlaceQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly MetInAPlaceKnowledge _knowledge;

    public MetInAPlaceQuestionsTests()
    {
        File.WriteAllText(_articles["marlow-bakers-strike.txt"], """
            Bakers walk out across the county as pay talks stall

            Bakers at 60 shops across the county stopped work on Tuesday after pay talks broke down, their union said.

            Outside a shuttered bakery in Marlow on Tuesday morning, Ivy Brandt, a nurse on her way to a night shift, said she had found three shops closed.

            "I have nothing against the bakers, but I have a family to feed," Brandt said. "One side has to give a little."

            Osric Penn, who chairs the county's bakers' guild, said the two sides would meet again on Friday.
            """);
        _knowledge = new MetInAPlaceKnowledge(_articles.Path);
    }

    [Fact]
    public void APasserByIsAskedForByWhereTheArticleMetHer()
    {
        var answer = _knowledge.Answerer.Ask("What did the shopper in Marlow say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Ivy Brandt", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("I have a family to feed"));
    }

    [Fact]
    public void APlaceWhereNobodyQuotedWasMetFindsNoOne()
    {
        var answer = _knowledge.Answerer.Ask("What did the shopper in Harwick say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class MetInAPlaceKnowledge(string path) : IndexedKnowledge(path);
}
