using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>The doer of a deed, verbs asked in other words than the article's, a superlative, a name defined.</summary>
public sealed class LeagueQuestionsTests(LeagueKnowledge knowledge) : IClassFixture<LeagueKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhoDidItIsTheSentenceWhereTheVerbTakesThePersonAsItsObject() =>
        Assert.Contains("Leon Brandt", Ask("Who tackled Rui Almeida Costa?").Quotes.First().Text);

    [Fact]
    public void AQuestionAboutTheOneWhoDidItIsAnsweredByTheSentenceAboutThem() =>
        Assert.Contains("Leon Brandt", Ask("Was the defender who tackled Costa wearing a helmet camera?").Quotes.First().Text);

    [Fact]
    public void SayingInAQuestionIsNoTopicWord() =>
        Assert.Contains("I cannot stay with a choir", Ask("Who quit the choir saying its board ignores what singers want?").Quotes.First().Text);

    [Fact]
    public void WhoRunsSomethingIsWhoOverseesIt() =>
        Assert.Contains("Otto Grieve", Ask("Who runs the charity?").Quotes.First().Text);

    [Fact]
    public void WhichRaisedTheMostIsTheOneRankedFirst() =>
        Assert.Contains("best-funded", Ask("Which charity has raised the most money this year?").Quotes.First().Text);

    [Theory]
    [InlineData("Tell me about Dr. Vance", "Vance is hardly a neutral voice")]
    [InlineData("Tell me about Nina Ortega", "Nina Ortega is not a household name")]
    public void TellMeAboutPutsTheSentenceSayingWhatTheyAreFirst(string question, string expected) =>
        Assert.Contains(expected, Ask(question).Quotes.First().Text);
}
