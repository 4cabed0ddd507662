using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Asked yes or no what someone was asked at a hearing: their reply answers it, not the sentence that asks it.</summary>
public sealed class DepotHearingQuestionsTests(DepotHearingKnowledge knowledge) : IClassFixture<DepotHearingKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void AYesNoQuestionPutToSomeoneIsAnsweredFirstByTheirReplyInTheNextSentence()
    {
        var answer = Ask("Did Strick agree to keep the Ashby depot open?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("that was not possible", answer.Quotes.First().Text);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("asked Mayor Lena Strick whether"));
    }

    [Fact]
    public void AQuestionAnsweredInItsOwnSentenceKeepsThatSentenceFirst()
    {
        var answer = Ask("Will Strick sell the depot's land?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("said she would not", answer.Quotes.First().Text);
    }
}
