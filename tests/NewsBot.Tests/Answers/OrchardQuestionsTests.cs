using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Who-said questions asked of a made-up report on a mayoral race.</summary>
public sealed class OrchardQuestionsTests(OrchardKnowledge knowledge) : IClassFixture<OrchardKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void AWordOnlyOneSentenceWritesBesideTheNameAskedFindsWhoSaidIt()
    {
        var first = Ask("Who said Halvorsen wants to lead like a pharaoh?").Quotes.First();
        Assert.Contains("pharaoh approach", first.Text);
        Assert.Equal("Ines Dahl", first.Speaker?.Name);
    }

    [Theory]
    [InlineData("Who said neighbors in the town hate fireworks?")]
    [InlineData("Who said the town should sell its neighbors' boats?")]
    public void AnOffTopicQuestionSharingOneRareAndOneCommonWordWithAQuoteIsNotAnswered(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Quotes);
    }

    [Fact]
    public void AParaphraseOfTheOneSentenceWritingAWordIsStillFoundWithTheSpeakersOwnVerb()
    {
        var first = Ask("Who said Halvorsen would rule like a pharaoh?").Quotes.First();
        Assert.Equal("Ines Dahl", first.Speaker?.Name);
    }
}
