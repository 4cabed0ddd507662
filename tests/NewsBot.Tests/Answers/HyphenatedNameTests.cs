using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A speaker whose given name is two short syllables joined by a hyphen, asked with a typo in one syllable.</summary>
public sealed class HyphenatedNameTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly HyphenKnowledge _knowledge;

    public HyphenatedNameTests()
    {
        File.WriteAllText(_articles["kelp-farm.txt"], """
            Kelp growers on the east coast count losses after a warm summer

            Warm water thinned the kelp lines off the fishing town of Dunmore this summer, growers said on Tuesday.

            "We lost about half of the crop on the outer lines, and the buyers will not wait for us," said Moon Ga-rin, who runs a cooperative of nine farms.

            "A cooler autumn would give the young fronds a chance," Moon said.

            Her neighbour Moon Ga-hyun, a diver who checks the lines, said the water was two degrees warmer than last year.
            """);
        _knowledge = new HyphenKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What did Moon Ga-rin say?")]
    [InlineData("What did Moon Ga-ran say?")]
    public void AOneLetterSlipInASyllableOfAHyphenatedNameFindsTheSpeaker(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("outer lines"));
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("two degrees"));
    }

    [Fact]
    public void ASyllableNoLetterSlipAwayIsSomeoneElse()
    {
        var answer = _knowledge.Answerer.Ask("What did Moon Ga-bom say?");
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("outer lines"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class HyphenKnowledge(string path) : IndexedKnowledge(path);
}
