using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions about made-up news: numbers with a thousands separator, a title held by a "Dr.", where a thing is located,
/// records, shutoffs, counts of a deed, returns, injuries, and years a post was held.
/// </summary>
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

    [Fact]
    public void WhereSomethingIsLocatedIsAnsweredByItsDistanceAndDirectionFromAPlace()
    {
        var answer = Ask("Where is the Dorrow plant located?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("12 miles east of Lakemoor", answer.Quotes.First().Text);
    }

    [Fact]
    public void ARecordIsWrittenAsAnAllTimeHigh()
    {
        var answer = Ask("What was the record demand for power?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("all-time high of 2,140 megawatts", answer.Quotes.First().Text);
    }

    [Fact]
    public void CuttingOffPowerIsWrittenAsShutoffs()
    {
        var answer = Ask("Will the utility cut off people who have not paid their bills?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("suspending shutoffs", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowManyJobsWereAddedIsTheCountOfTheJobsAddedNotOfJobsAPlanWouldSupport()
    {
        var answer = Ask("How many jobs did the economy add in March?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("added 320 jobs", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowManyFansWereEjectedIsTheNumberBesideTheEjectingNotAFanWhoWroteANumber()
    {
        var answer = Ask("How many fans were ejected from the Dunmore ground?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("six people were ejected", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhenSomethingGetsBackIsWhenItReturns()
    {
        var answer = Ask("When does the barge get back to Port Halden?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("returns to Port Halden on Saturday", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowLongAPlayerIsSidelinedIsHowLongHeWillMiss()
    {
        var answer = Ask("How long will Okonjo be sidelined?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("miss about four weeks", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhenSomeoneHeldAPostIsTheYearsItRanNotAYearOfSomethingElse()
    {
        var answer = Ask("When was Walter Greaves manager of the club?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("from 1988 until 2004", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("By what margin did the council vote to close the pool?")]
    [InlineData("At what rate is the river rising?")]
    public void AMeasureAskedWithWhatIsANumberNotAName(string question) =>
        Assert.Equal(AnswerType.Number, Question.Parse(question).Expected);

    [Fact]
    public void TheFormerHolderOfATitleIsTheOneTheArticleSaysLeftIt()
    {
        var answer = Ask("What did the former site manager write?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Evan Rusk", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("I own every decision"));
    }

    [Fact]
    public void WhoSaidSomethingOfSomeoneNamedByTheirTitleIsWhoSpokeOfThemNotTheTitleHolder()
    {
        var answer = Ask("Who said the superintendent seemed eager to settle the closure question?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Equal("Omar Tills", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void BeingToldIsWrittenAsBeingNotified()
    {
        var answer = Ask("When will members be told about the fee change?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("notified of the fee change", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("What is the population of Lakemoor?")]
    [InlineData("What is Priya Nandakumar's annual salary?")]
    public void AMeasureOfSomeoneOrSomewhereNoSentenceGivesIsNoAnswerThoughTheyAreNamed(string question) =>
        Assert.Equal(AnswerKind.NotFound, Ask(question).Kind);

    [Fact]
    public void APopulationIsGivenAsATownsResidents()
    {
        var answer = Ask("What is the population of Harwell?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("3,400 residents", answer.Quotes.First().Text);
    }

    [Fact]
    public void ADocumentCitedInFullIsTheDocumentTheNextSentenceQuotes()
    {
        var answer = Ask("How does the treasury memo describe the grants to big ranches?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("wasteful and badly aimed", answer.Quotes.First().Text);
    }
}
