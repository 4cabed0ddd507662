using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Why, did-X-think, who-said and which questions asked of made-up local news.</summary>
public sealed class QuarryQuestionsTests(QuarryKnowledge knowledge) : IClassFixture<QuarryKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhyIsAnsweredByTheSentenceGivingTheCauseAboutThePersonItCallsShe()
    {
        var answer = Ask("Why was the quarry worker hospitalized?");
        Assert.Contains("after what she called", answer.Quotes.First().Text);
    }

    [Fact]
    public void DidXThinkAsksXsViewEvenWhenXIsNamedOnlyByADescription()
    {
        var answer = Ask("Did the quarry worker in the Gazette profile think she ever had to go to a hospital?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(answer.Quotes.Take(2), q => q.Text.Contains("rejects the notion") || q.Text.Contains("never felt like I was in danger"));
    }

    [Theory]
    [InlineData("Did Tobias Wren think Varga was interested in zoning reform?")]
    [InlineData("Does Wren believe the mayor cares about zoning reform?")]
    public void DidAQuotedPersonThinkIsAnsweredFromTheirWords(string question)
    {
        var answer = Ask(question);
        Assert.Equal("Tobias Wren", answer.Quotes.First().Speaker?.Name);
    }

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

    [Fact]
    public void WhichPapersIsAnsweredByTheSentenceNamingThemNotTheLeadIn()
    {
        var answer = Ask("Which newspapers have endorsed Varga?");
        Assert.Contains("Harbor Ledger", answer.Quotes.First().Text);
    }
}
