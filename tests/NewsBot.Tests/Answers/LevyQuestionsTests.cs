using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions asked in other words than a made-up report on a parking levy writes.</summary>
public sealed class LevyQuestionsTests(LevyKnowledge knowledge) : IClassFixture<LevyKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhoSaidInOtherWordsFindsTheOneQuoteWritingAWordOfTheQuestion()
    {
        // "evidence" is written by her quote alone; every other word asked is written elsewhere in the report
        var answer = Ask("Who said there was no evidence the levy would change driving habits?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("no serious evidence", answer.Quotes.First().Text);
        Assert.Equal("Marta Quill", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void WhoSaidInWordsTheReportNeverWritesIsNotAnsweredByTheQuoteSharingOneOfThem()
    {
        var answer = Ask("Who said there was no evidence the levy would change piloting habits?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Quotes);
    }

    [Theory]
    [InlineData("Who claims the garages would pass on the cost?")]
    [InlineData("Who argues the levy is fair?")]
    [InlineData("Who contends the streets are clogged?")]
    [InlineData("Who compared the buses to empty boats?")]
    public void WhoClaimsInThePresentAsksWhoSaidIt(string question) =>
        Assert.Equal(QuestionKind.WhoSaid, Question.Parse(question).Kind);

    [Fact]
    public void SomeoneMentionedButNotQuotedIsShownWhereTheyAreNamed()
    {
        var answer = Ask("What did Hugo Brandt say?");
        Assert.Equal(AnswerKind.NotQuoted, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Contains("Brandt", q.Text));
    }

    [Theory]
    // another Brandt, by his given name
    [InlineData("What did Lena Brandt say?")]
    // nobody of that name: the initials of "Anna Marsh" are no word for her ("I am not against buses")
    [InlineData("What did Anna Marsh say about the buses?")]
    public void SomeoneTheArticlesNeverNameIsNotMentionedInASentenceAboutSomeoneElse(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Quotes);
    }

    [Theory]
    [InlineData("Did Oren Pike always think drivers should pay for the buses?", "Oren Pike")]
    [InlineData("What did Quill really say about the garages?", "Quill")]
    [InlineData("Did Pike ever say drivers should pay?", "Pike")]
    public void AnAdverbBeforeTheVerbIsNoPartOfTheSpeakersName(string question, string speaker) =>
        Assert.Equal(speaker, Question.Parse(question).Speaker);

    [Fact]
    public void AHedgedYesNoQuestionIsAnsweredFromTheSpeakersWords()
    {
        var answer = Ask("Did Oren Pike always think drivers should pay for the buses?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("should help pay for the buses", answer.Quotes.First().Text);
    }

    [Fact]
    public void ATitleAskedWithAnAcronymFindsThePersonTheArticleGivesItSpelledOut()
    {
        var answer = Ask("What did the former DTA director say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Equal("Ruth Ames", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void WhichCompaniesBackItIsAnsweredByCorporationsThatSupportIt() =>
        Assert.Contains("Corporations including two grocers", Ask("Which companies back the levy?").Quotes.First().Text);
}
