using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"Did the mayor support …": the one asked about doing it comes before someone else doing it.</summary>
public sealed class FootbridgeQuestionsTests(FootbridgeKnowledge knowledge) : IClassFixture<FootbridgeKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void AYesNoQuestionAboutTheMayorIsAnsweredByTheMayorsDeedNotAResidentsOfTheSameWords()
    {
        var answer = Ask("Did the mayor support the footbridge?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("who voted in favour", answer.Quotes.First().Text);
    }
}
