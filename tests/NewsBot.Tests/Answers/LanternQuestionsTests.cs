using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Topics asked about as a whole, a place asked in words no sentence writes, and the next of something, on a made-up
/// river town's reports.
/// </summary>
public sealed class LanternQuestionsTests(LanternKnowledge knowledge) : IClassFixture<LanternKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void ATopicAskedAboutAsAWholeGoesOnPastTheHeadlineAndLedeToTheSentencesAboutIt()
    {
        var answer = Ask("Tell me about the fight over fares in the Harwick mayoral race.");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.StartsWith("Pell wants to freeze ferry fares"));
        // a sentence naming only the race's people, not what is asked of them, is no part of it
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("never once ridden"));
    }

    [Fact]
    public void ATopicAskedAboutAsAWholeShowsMoreThanTheThreeBestSentences()
    {
        var answer = Ask("Tell me about the clinic's air testing");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.True(answer.Quotes.Count > 3);
    }

    [Theory]
    [InlineData("Tell me about the ferry fares", true)]
    [InlineData("What's the latest on the water board?", true)]
    [InlineData("Give me an overview of the library flood", true)]
    [InlineData("When is the next water board meeting?", false)]
    [InlineData("What did Pell say about fares?", false)]
    public void ATopicIsAskedAboutAsAWholeInAFewWordings(string question, bool topic) =>
        Assert.Equal(topic, Question.Parse(question).AsksAboutATopic);

    [Fact]
    public void APlaceAskedInWordsNoSentenceWritesIsAnsweredByTheSentenceThatCoversTheRestOfTheQuestion()
    {
        var answer = Ask("Where in the library was the leaking pipe?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("reading room", answer.Quotes.First().Text);
    }

    [Fact]
    public void TheNextOfSomethingIsTheTimeItHappensAgainNotAStretchOfTimeCalledNext()
    {
        var answer = Ask("When is the next water board meeting?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("March 12", answer.Quotes.First().Text);
    }

    [Fact]
    public void TheNextOfSomethingNamedInTheSentenceIsItsTime()
    {
        var answer = Ask("When is the candidates' next debate?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("debate on the town green next week", answer.Quotes.First().Text);
    }

    [Fact]
    public void TheLedeTellsItsHeadlinesNewsAndGivesTheFigureAskedOfIt()
    {
        var answer = Ask("What was the vote count in the dock fee case?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("ruled 4-1", answer.Quotes.First().Text);
    }

    [Fact]
    public void ACauseWordedAsANounAnswersWhyBeforeASentenceRestatingWhatHappened()
    {
        var answer = Ask("Why were the ferry crossings delayed?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("blamed the crossing delays on a shortage", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("What caused the Quayside Fire?", AnswerType.Reason)]
    [InlineData("What was the main cause of the ferry delays?", AnswerType.Reason)]
    [InlineData("What led to the library flood?", AnswerType.Reason)]
    [InlineData("What did the fire destroy?", AnswerType.Any)]
    public void WhatCausedSomethingAsksForACause(string question, AnswerType expected) =>
        Assert.Equal(expected, Question.Parse(question).Expected);

    [Fact]
    public void WhatCausedSomethingIsAnsweredByHowItBeganNotByTheCharge()
    {
        var answer = Ask("What caused the Quayside Fire?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("welding a railing", answer.Quotes.First().Text);
    }

    [Theory]
    // the subject itself is written nowhere: no answer
    [InlineData("Where was the leaking pipe at the Oslo museum?")]
    [InlineData("When is the next solar eclipse?")]
    [InlineData("What was the vote count in the Oslo museum case?")]
    public void AQuestionWhoseSubjectNoArticleWritesStaysUnanswered(string question) =>
        Assert.Equal(AnswerKind.NotFound, Ask(question).Kind);

    [Fact]
    public void APriceAskedIsASumOfMoneyThoughTheSentenceDoesNotWriteCost()
    {
        var answer = Ask("How much did the seawall cost?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("$3.2 million", answer.Quotes.First().Text);
    }

    [Theory]
    // the breakwater, the shed and the library are written of (torn down, a fire, a flood), their price nowhere
    [InlineData("How much did the Kellby Point breakwater cost to build?")]
    [InlineData("How much did the pier shed cost to build?")]
    [InlineData("How much did the Harwick library cost to build?")]
    // and a sentence writing "cost" of time lost gives no price ("the waits had cost her two shifts")
    [InlineData("How much did the Harwick pier shed cost?")]
    public void APriceNoSentenceGivesStaysUnansweredThoughTheThingPricedIsWritten(string question) =>
        Assert.Equal(AnswerKind.NotFound, Ask(question).Kind);

    [Fact]
    public void HoursAskedOfAThingAreTheTimesOfDayItRunsThoughNoSentenceCallsThemHours()
    {
        var answer = Ask("What are the fishing ban hours?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("10 p.m. to 5 a.m.", answer.Quotes.First().Text);
    }

    [Fact]
    public void ALetterQuotedOverTwoParagraphsIsReadWholeThoughItsSecondDoesNotNameTheLetter()
    {
        var answer = Ask("What did Moen write in her letter?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        var shown = answer.Quotes.Concat(answer.More).Select(q => q.Text).ToList();
        Assert.Contains(shown, t => t.Contains("loved every year"));
        Assert.Contains(shown, t => t.Contains("fresh energy"));
        // what she said in an interview is no part of the letter
        Assert.DoesNotContain(shown, t => t.Contains("travel for a while"));
    }

    [Fact]
    public void TheFinalScoreIsTheResultNotATallyTheGameStoodAtOnTheWay()
    {
        var answer = Ask("What was the final score?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("3-1", answer.Quotes.First().Text);
    }
}
