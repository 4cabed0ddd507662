using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>The doer of a deed, a name defined.</summary>
public sealed class LeagueQuestionsTests(LeagueKnowledge knowledge) : IClassFixture<LeagueKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhoDidItIsTheSentenceWhereTheVerbTakesThePersonAsItsObject() =>
        Assert.Contains("Leon Brandt", Ask("Who tackled Rui Almeida Costa?").Quotes.First().Text);

    [Fact]
    public void AQuestionAboutTheOneWhoDidItIsAnsweredByTheSentenceAboutThem() =>
        Assert.Contains("Leon Brandt", Ask("Was the defender who tackled Costa wearing a helmet camera?").Quotes.First().Text);

    [Theory]
    [InlineData("Tell me about Dr. Vance", "Vance is hardly a neutral voice")]
    [InlineData("Tell me about Nina Ortega", "Nina Ortega is not a household name")]
    public void TellMeAboutPutsTheSentenceSayingWhatTheyAreFirst(string question, string expected) =>
        Assert.Contains(expected, Ask(question).Quotes.First().Text);
}
