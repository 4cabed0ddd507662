using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions about a made-up chemical leak: numbers with a thousands separator, a title held by a "Dr.".</summary>
public sealed class LeakQuestionsTests(LeakKnowledge knowledge) : IClassFixture<LeakKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void ANumberWithAThousandsSeparatorIsOneWordOfTheQuestion()
    {
        var answer = Ask("Why were about 1,300 residents away from their homes?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("shift in the wind", answer.Quotes.First().Text);
    }

    [Fact]
    public void ATitleHeldByADoctorFindsEverythingTheDoctorSaid()
    {
        var answer = Ask("What did the health director say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Priya Nandakumar", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("does its damage"));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("windows shut"));
    }
}
