using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions asked in other words than a made-up harbor town's reports write, and of people asked for by role.</summary>
public sealed class MarinaQuestionsTests(MarinaKnowledge knowledge) : IClassFixture<MarinaKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    private string First(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer.Quotes.First().Text;
    }

    [Theory]
    // "factory": "facility", and the company the headline names is the one "the company" of the sentence is
    [InlineData("Where is Brantwell building its new factory?", "assembly facility in Port Ellery")]
    // "sent home without pay": furloughed; "workers": employees
    [InlineData("How many workers would be sent home without pay?", "2,300 shipyard employees")]
    // "how big a pay rise": an increase, and "big" only asks for a measure
    [InlineData("How big a pay rise does the union want?", "20% pay increase")]
    // "ceasefire": "truce", "begin": "starting"
    [InlineData("When does the ceasefire begin?", "48-hour truce starting at dawn")]
    // "take place" says no more than "happen"
    [InlineData("Where will the next round of negotiations take place?", "open in Tarvik on May 3")]
    // "the vote count": a tally of two numbers, which the sentence gives without the noun
    [InlineData("What was the vote count in the marina permit case?", "ruled 5-2")]
    // "lawmakers": the Assembly; "try to": attempt, in the sentence before
    [InlineData("When will lawmakers try to override the veto?", "vote on the override on April 14")]
    // "a strong one" is no number: "30 percent less cod" is
    [InlineData("How much did the cod catch drop near the silted channel?", "30 percent less cod")]
    public void AQuestionInOtherWordsFindsTheSentenceThatAnswersIt(string question, string expected) =>
        Assert.Contains(expected, First(question));

    [Fact]
    public void AHeadlineSharingTheQuestionsWordsComesAfterTheSentenceThatSaysItInFull() =>
        Assert.Contains("Selby Holdings", First("Which company is building the Harrow Quay marina?"));

    [Fact]
    public void AHeadlineThatSaysMoreThanAnyOfItsSentencesIsFollowedByTheBestOfThem()
    {
        var answer = Ask("Tell me about the walkout talks");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.True(answer.Quotes.First().IsHeading);
        Assert.Contains(answer.Quotes, q => q.Text.StartsWith("Talks between the crews"));
    }

    [Fact]
    public void AYesNoQuestionToASpeakerShowsTheSentenceThatSettlesItFirst()
    {
        var answer = Ask("Did Okoye say she would veto the berth fee?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("said she would not", answer.Quotes.First().Text);
    }

    [Fact]
    public void AYesNoQuestionToASpeakerNoneOfWhoseStatementsSettlesItIsAnsweredByTheReportersWords()
    {
        var answer = Ask("Did the Welders Guild comment on the furloughs?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.StartsWith("There was no comment from the Welders Guild", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhoIsQuotedOnATopicOnlyTheNarrationIntroducingThemWritesIsTheSpeakerOfTheQuoteThatFollows()
    {
        var answer = Ask("Who is quoted about flooding on the east shore?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.EndsWith("Brik", answer.Quotes.First().Speaker?.Name);
        Assert.Contains("The shore floods twice a year", answer.Quotes.First().Text);
    }

    [Theory]
    // a title's initials: "Chief Financial Officer" is "the CFO"
    [InlineData("What did the CFO say about steel prices?", "Lena Marsh")]
    // and its newsroom shorthand: the chief financial officer is "the finance chief"
    [InlineData("What did the finance chief say about steel prices?", "Lena Marsh")]
    // a surname mistyped, and what she said after an event
    [InlineData("What did Lena Marsch say after the quarter?", "Lena Marsh")]
    // "The mediator, Carla Dunne of …": the title, then the name set off by a comma
    [InlineData("What did the mediator say?", "Carla Dunne")]
    // "Tobias Renn, who directs the Harrow poll": the pollster
    [InlineData("What did the pollster say?", "Tobias Renn")]
    // "Ines Vale, …, who was not involved in the study": the outside expert
    [InlineData("What did the outside expert say about the shore survey?", "Ines Vale")]
    public void ASpeakerAskedForByRoleIsThePersonTheArticleDescribesSo(string question, string speaker)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    [Fact]
    public void ANameAfterATitleAskedAboutIsNotTheTitlesHolder()
    {
        // "Asked about the harbor master, Paul Wren said …": Wren is not the harbor master, and what he said is not theirs
        var answer = Ask("What did the harbor master say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain("Paul Wren", answer.Message);
    }

    [Fact]
    public void AnUnnamedTitleHolderIsNotReplacedByANamedOneOfAnotherArticle()
    {
        var answer = Ask("What did the ferry captain say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("sail again on Monday", answer.Quotes.First().Text);
    }

    [Fact]
    public void OfTwoMayorsTheOneWhoseStatementsNameTheTopicIsMeant()
    {
        var answer = Ask("What did the mayor say about Quarry Lane?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Equal("Ruth Okoye", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void OfTwoMayorsTheOtherIsMeantWhenOnlyTheirStatementsNameTheTopic()
    {
        var answer = Ask("What did the mayor say about the parade?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Equal("Dan Feld", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void OfTwoMayorsTheOneQuotedInTheStoryTheQuestionTellsOfIsMeant()
    {
        var answer = Ask("What did the mayor say after the marina was approved?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Equal("Ruth Okoye", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void OfTwoMayorsNeitherIsChosenByAStoryNoArticleTells()
    {
        Assert.Equal(AnswerKind.Clarify, Ask("What did the mayor say after the eclipse?").Kind);
    }
}
