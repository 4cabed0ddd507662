using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

public sealed class AnswererTests(SampleKnowledge knowledge) : IClassFixture<SampleKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    private static IndexedSentence First(Answer answer) => Assert.IsType<IndexedSentence>(answer.Quotes.FirstOrDefault());

    [Theory]
    [InlineData("what did Psaki say?")]
    [InlineData("What did Jen Psaki say")]
    [InlineData("what did PSAKI say?")]
    [InlineData("What did Psaky say?")]
    [InlineData("What did the press secretary say?")]
    [InlineData("show me the quotes from Psaki")]
    [InlineData("What did Psaki tell reporters?")]
    [InlineData("What is Psaki quoted as saying?")]
    public void ASpeakerIsFoundByNameSurnameTitleOrATypo(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Jen Psaki", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("No option is off the table"));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("We're now at a stage"));
    }

    [Fact]
    public void AllOfASpeakersStatementsComeDirectQuotesFirstInArticleOrder()
    {
        var answer = Ask("What did the official say?");
        Assert.True(answer.Quotes.Count >= 6, $"only {answer.Quotes.Count} statements");
        Assert.All(answer.Quotes, q => Assert.Equal("US official (unnamed)", q.Speaker?.Name));
        var direct = answer.Quotes.TakeWhile(q => q.Kind == Knowledge.Attribution.QuoteKind.Direct).ToList();
        Assert.True(direct.Count >= 4);
        Assert.Equal(direct.OrderBy(q => q.Position), direct);
        Assert.Contains(answer.Quotes, q => q.Text.StartsWith("\"It's really an opportunity")); // "she said" is the official
    }

    [Theory]
    [InlineData("Did the official say anything about Belarus?")]
    [InlineData("What was the official's response on Belarus?")]
    public void YesNoAndPossessiveSpeechQuestionsAreSpeakerQuestions(string question)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.Statements, parsed.Kind);
        Assert.Equal("Belarus", parsed.Topic);
        Assert.Contains("movement into Belarus", Ask(question).Quotes.Select(q => q.Text).FirstOrDefault(t => t.StartsWith('"')) ?? "");
    }

    [Fact]
    public void WhatASpeakerSaidAboutATopicPutsThatTopicFirst()
    {
        var answer = Ask("What did the official say about Belarus?");
        Assert.Contains("movement into Belarus clearly gives the Russians", First(answer).Text);
        Assert.All(answer.Quotes, q => Assert.Equal("US official (unnamed)", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Who said no option is off the table?", "No option is off the table", "Jen Psaki")]
    [InlineData("Who talked about common ground?", "find common ground", "US official (unnamed)")]
    [InlineData("who warned that the US is ready to invade?", "the US is ready to invade", "US official (unnamed)")]
    public void WhoSaidFindsTheSentenceAndItsSpeaker(string question, string expected, string speaker)
    {
        var first = First(Ask(question));
        Assert.Contains(expected, first.Text);
        Assert.Equal(speaker, first.Speaker?.Name);
    }

    [Theory]
    [InlineData("When will Blinken meet Lavrov?", "Geneva")]
    [InlineData("Where will Blinken go after Ukraine?", "travel to Berlin")]
    [InlineData("Who is Lukashenko?", "close supporter of Russian President Vladimir Putin")]
    [InlineData("How many troops are on the border?", "tens of thousands of Russian troops")]
    [InlineData("Why is Blinken going to Ukraine?", "show of support")]
    [InlineData("Did Moscow agree to talks?", "refused to hold new talks")]
    [InlineData("Tell me about Belarus", "Belarus")]
    [InlineData("Which countries will Blinken meet in Berlin?", "Britain, France, and Germany")]
    public void AFactoidIsAnsweredByTheBestSentenceFirst(string question, string expected)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(expected, First(answer).Text);
        // a topic asked about as a whole ("tell me about …") is told in a few more of its article's sentences
        Assert.InRange(answer.Quotes.Count, 1, Question.Parse(question).AsksAboutATopic ? 5 : 3);
    }

    [Theory]
    [InlineData("How much money did the developers raise?", AnswerType.Money)]
    [InlineData("How many troops are on the border?", AnswerType.Number)]
    [InlineData("When will Blinken meet Lavrov?", AnswerType.Time)]
    [InlineData("Where will Blinken go?", AnswerType.Place)]
    [InlineData("Who is Lukashenko?", AnswerType.Person)]
    [InlineData("Why is Blinken going to Ukraine?", AnswerType.Reason)]
    [InlineData("Did Moscow agree to talks?", AnswerType.Any)]
    public void TheQuestionWordSetsTheExpectedAnswerType(string question, AnswerType expected) =>
        Assert.Equal(expected, Question.Parse(question).Expected);

    [Theory]
    [InlineData(AnswerType.Money, "The pair collected $12 million through the scheme.", true)]
    [InlineData(AnswerType.Money, "Tens of thousands of troops are there.", false)]
    [InlineData(AnswerType.Time, "They meet in Geneva on Friday.", true)]
    [InlineData(AnswerType.Place, "He'll then travel to Berlin.", true)]
    [InlineData(AnswerType.Place, "Blinken will fly to Ukraine.", false)]
    public void AnAnswerTypeIsASentenceHoldingSomethingTheQuestionDoesNotName(AnswerType type, string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(type, sentence, "where will blinken go after ukraine?"));

    [Fact]
    public void SomeoneMentionedButNotQuotedIsSaidSoAndNeverMadeTheSpeaker()
    {
        var answer = Ask("What did Lavrov say?");
        Assert.Equal(AnswerKind.NotQuoted, answer.Kind);
        Assert.Contains("isn't quoted", answer.Message);
        Assert.NotEmpty(answer.Quotes);
        Assert.All(answer.Quotes, q => Assert.DoesNotContain("Lavrov", q.Speaker?.Name ?? ""));
        Assert.All(answer.Quotes, q => Assert.Contains("Lavrov", q.Text));
    }

    [Theory]
    [InlineData("What did Zelensky say?")]
    [InlineData("Will it rain in Paris tomorrow?")]
    [InlineData("Who won the football match?")]
    public void WhatTheArticlesDoNotCoverGetsNoQuoteAndAPlainMessage(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Quotes);
        Assert.False(string.IsNullOrWhiteSpace(answer.Message));
    }

    [Fact]
    public void WhoIsQuotedListsTheSpeakerRosterMostQuotedFirst()
    {
        var answer = Ask("Who is quoted?");
        Assert.Equal(AnswerKind.Roster, answer.Kind);
        Assert.True(answer.Message.IndexOf("US official (unnamed)") < answer.Message.IndexOf("Jen Psaki"));
        Assert.Empty(answer.Quotes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the and of a")]
    [InlineData("🙂🙂🙂")]
    [InlineData("¿Qué dijo el portavoz?")]
    [InlineData("<script>alert('x')</script> **bold** [link](http://x)")]
    [InlineData("title:psaki AND text:(table OR \"off\"~2)^3 NOT [a TO z] \\ / * ?")]
    public void OddQuestionsNeverThrowAndAlwaysSaySomething(string question)
    {
        var answer = Ask(question);
        Assert.False(string.IsNullOrWhiteSpace(answer.Message));
    }

    [Fact]
    public void ATenThousandCharacterQuestionIsAnswered()
    {
        var question = "what did Psaki say? " + string.Concat(Enumerable.Repeat("lorem ipsum dolor ", 600));
        Assert.False(string.IsNullOrWhiteSpace(Ask(question[..10_000]).Message));
    }

    [Fact]
    public void UserTextIsNeverParsedAsQuerySyntax()
    {
        // as syntax, the field prefix and wildcard would match nothing or everything; as words they find Psaki's quote
        var answer = Ask("Who said no* option:is (off) the table?");
        Assert.Contains("No option is off the table", First(answer).Text);
        Assert.Equal(QuestionKind.WhoSaid, Question.Parse("Who said no* option:is (off) the table?").Kind);
    }
}
