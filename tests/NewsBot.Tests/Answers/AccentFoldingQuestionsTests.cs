using NewsBot.Knowledge.Index;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Readers type place and people's names without the accents the wire wrote ("Nunoa Alta" for "Ñuñoa Alta", "Malmo"
/// for "Malmö"): the index and the question meet on the folded word, so the name still counts as asked.
/// </summary>
public sealed class AccentFoldingQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly FireKnowledge _knowledge;

    public AccentFoldingQuestionsTests()
    {
        File.WriteAllText(_articles["brush-fire.txt"], """
            Brush fire forces thousands to flee near Ñuñoa Alta

            ÑUÑOA ALTA, Peru (Reuters) - A brush fire raging in the hills above Ñuñoa Alta has driven more than 9,000 residents out of their houses, the regional emergency office said on Sunday.

            At least five people have died in the fire and 30 have been treated for burns, the health office said.

            Fire officials said the blaze was made worse by weeks without rain.
            """);
        File.WriteAllText(_articles["ferry-strike.txt"], """
            Ferry crews strike in Malmö over pay

            Ferry crews in Malmö walked out on Monday, stranding about 2,000 passengers, the port authority said.

            The strike will last 48 hours, the seafarers' union said.
            """);
        _knowledge = new FireKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("How many people have died in the Nunoa Alta fire?", "At least five people have died")]
    [InlineData("How long will the Malmo ferry strike last?", "The strike will last 48 hours")]
    public void ANameAskedWithoutItsAccentsIsStillTheNameWritten(string asked, string expected)
    {
        var answer = _knowledge.Answerer.Ask(asked);
        Assert.Contains(answer.Quotes, q => q.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheAnalyzerFoldsAccentsOnBothSides()
    {
        using var analyzer = new NewsAnalyzer(SentenceIndex.Version);
        Assert.Equal(SentenceIndex.Terms(analyzer, "Ñuñoa Malmö São"), SentenceIndex.Terms(analyzer, "Nunoa Malmo Sao"));
    }

    [Fact]
    public void AQuestionOnAnotherSubjectStaysUnanswered()
    {
        var answer = _knowledge.Answerer.Ask("How many goals did the Malmo football club score?");
        Assert.Empty(answer.Quotes);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class FireKnowledge(string path) : IndexedKnowledge(path);
}
