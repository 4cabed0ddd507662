using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Why, did-X-think, who-said and which questions asked of made-up local news.</summary>
public sealed class QuarryQuestionsTests(QuarryKnowledge knowledge) : IClassFixture<QuarryKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhoSaidAParaphraseFindsTheNamedSpeakersQuoteBeforeNarrationOnTheSameWords()
    {
        var answer = Ask("Who said Varga doesn't care about reforming the zoning code?");
        Assert.Equal("Tobias Wren", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void WhoSaidIsAnsweredByTheQuoteBeforeTheReportOfWhatOfficialsSayInTheSameWords()
    {
        var answer = Ask("Who said the permit office is too slow?");
        Assert.Equal("Marta Quell", answer.Quotes.First().Speaker?.Name);
    }
}
