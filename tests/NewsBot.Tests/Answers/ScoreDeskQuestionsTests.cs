using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions about a made-up group that grades politicians' claims, and about its director.</summary>
public sealed class ScoreDeskQuestionsTests(ScoreDeskKnowledge knowledge) : IClassFixture<ScoreDeskKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void WhoSaidInOtherWordsFindsTheSpeakersWholeQuoteBeforeAnotherSharingAsManyWords()
    {
        // the group's quote writes "score-checks" and "provide"; the director's quote writes "votes" in its first
        // sentence and "background" and "provide" in its second: the quote as a whole says it
        var answer = Ask("Who said score-checking is about giving background, not just checking the votes?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Equal("Nell Oduya", answer.Quotes.First().Speaker?.Name);
        Assert.StartsWith("\"We are not only vetting votes", answer.Quotes.First().Text);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("trying to provide background"));
    }

    [Theory]
    [InlineData("Did the Tally Project rate Mayor Lund's claim about bus fares as true?")]
    [InlineData("Did Tally Project rate Lund's claim about bus fares as true?")]
    [InlineData("Did the Tally Project grade the claim about bus fares as true?")]
    public void AYesNoQuestionWithASpeechNounAfterAPossessiveNamesNoSpeaker(string question)
    {
        var parsed = Question.Parse(question);
        Assert.NotEqual(QuestionKind.Statements, parsed.Kind);
        Assert.Null(parsed.Speaker);
    }

    [Theory]
    [InlineData("Did Mayor Lund claim that fares had tripled?", "Mayor Lund")]
    [InlineData("What did the Tally Project say about the budget?", "the Tally Project")]
    public void AYesNoQuestionWithASpeechVerbStillNamesItsSpeaker(string question, string speaker) =>
        Assert.Equal(speaker, Question.Parse(question).Speaker);

    [Fact]
    public void AYesNoQuestionAboutARatingIsAnsweredByTheRatingNotByAQuoteRepeatingItsWords()
    {
        var answer = Ask("Did the Tally Project rate Mayor Lund's claim about bus fares as true?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.DoesNotContain("isn't quoted", answer.Message);
        Assert.Contains("Mostly False", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("Tell me about the Tally Project")]
    [InlineData("What is the Tally Project?")]
    public void AskedWhatAGroupIsTheSentenceSayingWhoRunsItComesFirst(string question) =>
        Assert.StartsWith("The Tally Project is run by", Ask(question).Quotes.First().Text);

    [Fact]
    public void WhoWroteAStudyIsHeldByTheAuthorsOfTheReport()
    {
        var answer = Ask("Which groups wrote the study on fare data?");
        Assert.Contains(answer.Quotes, q => q.Text.StartsWith("The authors of the report"));
    }
}
