using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Who-said questions asked in other words than a made-up report on a dam referendum writes.</summary>
public sealed class ValleyQuestionsTests(ValleyKnowledge knowledge) : IClassFixture<ValleyKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhoSaidInOtherWordsFallsBackToTheStatementWritingMostOfThem()
    {
        // "region", "state" and "vote" are the reader's words; the governor wrote "valley", "situation" and "referendum"
        var answer = Ask("Who said the region is in a fragile state after the dam vote?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("fragile situation", answer.Quotes.First().Text);
        Assert.Equal("Ilsa Varga", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void ALooseMatchIsShownWithNoOtherSpeakersWords()
    {
        var answer = Ask("Who said the region is in a fragile state after the dam vote?");
        Assert.All(answer.Quotes, q => Assert.Equal("Ilsa Varga", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Who advised the towns to keep calm about the insurers?")]
    [InlineData("Who advises the towns to keep calm about the insurers?")]
    public void WhoAdvisedAsksWhoSaidItInWhateverWordsTheAdviceTook(string question)
    {
        Assert.Equal(QuestionKind.WhoSaid, Question.Parse(question).Kind);
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("little point for the towns", answer.Quotes.First().Text);
        Assert.Equal("Anselm Dowd", answer.Quotes.First().Speaker?.Name);
    }

    [Theory]
    [InlineData("Who tells farmers to come to the rally?")]
    [InlineData("Who cautioned the towns about the insurers?")]
    [InlineData("Who recommends levees along the river?")]
    public void TellingAdvisingAndCautioningAskWhoSaidIt(string question) =>
        Assert.Equal(QuestionKind.WhoSaid, Question.Parse(question).Kind);

    [Fact]
    public void ALooseMatchNeverNamesAnyoneForWordsTheArticlesNeverWrite()
    {
        var answer = Ask("Who said the province would build a dam on the moon?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Quotes);
    }

    [Theory]
    [InlineData("Who says the province went beyond its authority?")]
    [InlineData("Who argues the province has gone beyond its authority?")]
    public void GoingBeyondIsOverstepping(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("overstepped its authority", answer.Quotes.First().Text);
    }
}
