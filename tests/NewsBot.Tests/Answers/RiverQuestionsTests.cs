using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Titles, surveys, shares, complaints and deeds asked of a made-up profile of a mayor.</summary>
public sealed class RiverQuestionsTests(RiverKnowledge knowledge) : IClassFixture<RiverKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void ATitleTheArticleGivesSheIsThePersonTheSentenceBeforeNames()
    {
        var answer = Ask("What did the chief executive say about the river?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("The river belongs to everyone", answer.Quotes.First().Text);
        Assert.All(answer.Quotes, q => Assert.Equal("Alma Quist", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("What share of Ridgeport's renters back the mayor?")]
    [InlineData("What proportion of renters support the mayor?")]
    public void AShareOfAWholeAsksForANumber(string question)
    {
        Assert.Equal(AnswerType.Number, Question.Parse(question).Expected);
        Assert.Contains("62 percent support among renters", Ask(question).Quotes.First().Text);
    }

    [Theory]
    [InlineData("The survey was conducted from Oct. 3 to 6.", true)]
    [InlineData("Doors open at 7 p.m. for residents.", true)]
    [InlineData("The survey reached 812 residents by phone.", false)]
    public void AnAbbreviatedMonthIsADate(string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(AnswerType.Time, sentence, "when was the survey taken?"));

    [Theory]
    [InlineData("He detoured to his brother's apartment.", true)]
    [InlineData("She stayed at a hotel near the river.", true)]
    [InlineData("He detoured to avoid the cameras.", false)]
    public void APlaceNamedByWhatItIsIsAPlace(string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(AnswerType.Place, sentence, "where did he go?"));

    [Fact]
    public void WhenWasItTakenIsAnsweredByTheSurveyDatedWithAnAbbreviatedMonth() =>
        Assert.Contains("conducted from Oct. 3 to 6", Ask("When was the Tribune-KRT survey taken?").Quotes.First().Text);

    [Fact]
    public void WhoComplainedIsAnsweredByTheComplaintNotTheNarrationNamingItsSpeaker()
    {
        var answer = Ask("Who complained that nobody is testing the water for renters the way engineers did for other towns?");
        Assert.Contains("Nobody is testing the water for renters", answer.Quotes.First().Text);
        Assert.Contains("Ortega", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void AYesNoQuestionIsAnsweredByASentenceThatAnswersNotByOneAskingTheSame()
    {
        var answer = Ask("Did the port board help Bluewater Ferries win a harbor license?");
        Assert.DoesNotContain("?", answer.Quotes.First().Text);
        Assert.Equal(answer.Quotes.Count, answer.Quotes.Select(q => q.Text).Distinct().Count());
    }

    [Fact]
    public void WhoIsDoingSomethingFindsTheSentenceWhereItIsDone() =>
        Assert.Contains("her office was suing Harlow Chemical", Ask("Who is suing Harlow Chemical over its riverside factory?").Quotes.First().Text);

    [Fact]
    public void WhoSaidShowsTheQuoteFromTheSentenceItBeganIn()
    {
        var answer = Ask("Who complained that nobody is singing songs for Ridgeport the way bands did for Harlow?");
        Assert.Contains("No one is singing songs for our town", answer.Quotes.First().Text);
        Assert.Contains("Fenn", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void TwoSentencesOfOneQuoteAreShownInTheOrderTheyWereSaid()
    {
        var quotes = Ask("Is Ridgeport's council panicking?").Quotes;
        Assert.Contains("The council is in panic mode.", quotes[0].Text);
        Assert.Contains("Total panic mode", quotes[1].Text);
    }

    [Fact]
    public void AHospitalIsFoundAsAnEmergencyRoom() =>
        Assert.Contains("detoured to his brother's apartment", Ask("Where did Tolliver go instead of the hospital?").Quotes.First().Text);
}
