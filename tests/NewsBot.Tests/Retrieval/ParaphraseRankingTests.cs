using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// Questions put in the everyday words of news where a made-up report on a mill writes others: a phrasal verb for one
/// word ("called off" for "cancel", "stepped down" for "resign") and one word for a phrasal verb, in any of its tenses.
/// </summary>
public sealed class ParaphraseRankingTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ParaphraseKnowledge _knowledge;

    public ParaphraseRankingTests()
    {
        File.WriteAllText(_articles["brennock-mills.txt"], """
            Brennock Mills names interim chief after audit

            Orla Venn stepped down as head of Brennock Mills on Monday, two weeks after an audit found gaps in the accounts.

            The board named finance director Tomas Quay as interim chief. "We owe our workers a clean start," Quay said.

            Venn had run the mills since 2016, and the audit covered her last three years.

            Brennock Mills also called off its planned expansion at Harlow Point.

            The firm plans to reopen its old dye works next year.

            The firm's chairman, Hale Bexley, resigned from the guild board in January.

            Regional trade officials set up a panel to look at the firm's pension fund.

            The guild's pension fund was created in 1988.
            """);
        _knowledge = new ParaphraseKnowledge(_articles.Path);
    }

    private IReadOnlyList<Ranker.Ranked> Rank(string question)
    {
        var asked = Question.Parse(question);
        return new Ranker(_knowledge.Store.Index).Rank(asked.Topic, asked.Expected);
    }

    [Theory]
    // one word asked, a phrasal verb written: "cancel" is "called off", "resign" "stepped down"
    [InlineData("Which plan did the firm cancel?", "called off")]
    [InlineData("Who resigned as head of the mills?", "stepped down")]
    public void AnActWrittenAsAPhrasalVerbComesFirst(string question, string written) =>
        Assert.Contains(written, Rank(question)[0].Sentence.Text);

    [Theory]
    // a phrasal verb asked in any tense is held by its one word ("resigned"), as the verb's plain form is
    [InlineData("Who stepped down?")]
    [InlineData("Who is stepping down?")]
    public void APhrasalVerbInAnyTenseIsHeldByItsOneWord(string question)
    {
        var ranked = Rank(question);
        Assert.Equal(ranked.Single(r => r.Sentence.Text.Contains("stepped down")).WordsHeld, ranked.Single(r => r.Sentence.Text.Contains("resigned")).WordsHeld);
    }

    [Fact]
    public void APhrasalVerbWrittenCountsForLessThanTheWordItself()
    {
        // "resigned" as written holds "resign" in full; "stepped down" for a little less
        var ranked = Rank("Who resigned?");
        Assert.Contains("resigned from the guild board", ranked[0].Sentence.Text);
        var phrasal = ranked.Single(r => r.Sentence.Text.Contains("stepped down"));
        Assert.True(phrasal.Coverage > 0 && phrasal.Score < ranked[0].Score);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ParaphraseKnowledge(string path) : IndexedKnowledge(path);
}
