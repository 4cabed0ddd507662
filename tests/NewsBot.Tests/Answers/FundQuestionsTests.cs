using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A title asked for in the singular, money asked for in other words than the article's, a name defined.</summary>
public sealed class FundQuestionsTests(FundKnowledge knowledge) : IClassFixture<FundKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void ATitleInTheSingularIsTheNamedHolderNotTheUnnamedGroup()
    {
        var answer = Ask("What did the family's lawyer say about the footage?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("side door"));
        Assert.All(answer.Quotes, q => Assert.EndsWith("Kirsch", q.Speaker?.Name));
    }

    [Fact]
    public void MoneyRaisedIsTheDonationsGiven() =>
        Assert.Contains("$412 million", Ask("How much money have action committees raised so far?").Quotes.First().Text);

    [Theory]
    [InlineData("Tell me about Larkin TV Channel")]
    [InlineData("What is Larkin TV Channel?")]
    public void TellMeAboutPutsTheSentenceDefiningTheNameFirst(string question) =>
        Assert.StartsWith("Larkin TV Channel is the American version", Ask(question).Quotes.First().Text);

    [Fact]
    public void WhoDidSomethingToANamedPersonIsTheSentenceWhereItIsDoneToThemBySurname() =>
        Assert.Contains("Dale Pruitt", Ask("Who shot Ivan Petrov Moss?").Quotes.First().Text);
}
