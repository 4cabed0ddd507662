using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Knowledge.Sentences;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Question forms and answer types a newsroom user asks beyond "what did X say", on made-up articles.</summary>
public sealed class QuestionFormsTests(HearingKnowledge knowledge) : IClassFixture<HearingKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Theory]
    [InlineData("What did Mary Holt tell the bank chief?", "Mary Holt")]
    [InlineData("What did the senator tell Brandt about the accounts?", "the senator")]
    [InlineData("What advice did Holt give Brandt?", "Holt")]
    [InlineData("What warning did Tom Reed give the bank?", "Tom Reed")]
    [InlineData("What did the senator say to Brandt?", "the senator")]
    public void AListenerOrASpeechNounStillMakesASpeakerQuestion(string question, string speaker)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.Statements, parsed.Kind);
        Assert.Equal(speaker, parsed.Speaker);
    }

    [Theory]
    [InlineData("Did Brandt say the bank would appeal?", "Brandt", "the bank would appeal")]
    [InlineData("Did Holt claim that the regulators failed?", "Holt", "the regulators failed")]
    [InlineData("How did Brandt react to the hearing?", "Brandt", "the hearing")]
    [InlineData("How did Reed respond?", "Reed", "")]
    // what someone said after or before an event is their words on it
    [InlineData("What did Paul Brandt say after the hearing?", "Paul Brandt", "the hearing")]
    [InlineData("What did Holt say before the vote?", "Holt", "the vote")]
    public void DidXSayAndHowDidXReactAskThatSpeakersWords(string question, string speaker, string topic)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.Statements, parsed.Kind);
        Assert.Equal(speaker, parsed.Speaker);
        Assert.Equal(topic, parsed.Topic);
    }

    [Theory]
    [InlineData("Did Brandt say how the bank would pay the fines?")]
    [InlineData("Did Holt say whether the regulators failed?")]
    [InlineData("Did Reed say if he would testify again?")]
    public void DidXSayHowOrWhetherAsksAboutThemNotOnlyForTheirWords(string question)
    {
        // the answer is as often the reporter's ("Brandt did not say how …") as their own words
        var parsed = Question.Parse(question);
        Assert.NotEqual(QuestionKind.Statements, parsed.Kind);
        Assert.True(parsed.IsYesNo);
    }

    [Fact]
    public void DidXSayIsAnsweredFromTheirWords()
    {
        var answer = Ask("Did Brandt say the bank would appeal?");
        Assert.Contains("will appeal any fine", answer.Quotes.First().Text);
        Assert.Equal("Paul Brandt", answer.Quotes.First().Speaker?.Name);
    }

    [Theory]
    [InlineData("Tell me about Dr. Lowe")]
    [InlineData("Who is Mr. Lowe?")]
    [InlineData("Tell me about Dr. Lowe and Mr. Brandt")]
    public void ACourtesyTitleInTheQuestionIsNoWordToLookFor(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("J.D. Lowe", answer.Quotes.First().Text);
    }

    [Fact]
    public void ANameWithDottedInitialsIsFound()
    {
        var answer = Ask("Who is J.D. Lowe?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("head of the House banking caucus", answer.Quotes.First().Text);
    }

    [Fact]
    public void ASpeakerIsFoundByTheirSpelledOutTitleAndWhereTheyAreFrom()
    {
        var answer = Ask("What did the senator from Acme say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind); // no senator is from Acme: nobody is made its speaker
        Assert.All(Ask("What did the senators say?").Quotes, q => Assert.Contains(q.Speaker?.Name, new[] { "Mary Holt", "Tom Reed", "Ray Dunn" }));
    }

    [Fact]
    public void AStatementOnTheTopicBringsTheSpeakersNextSentenceThatGoesOnWithIt()
    {
        var answer = Ask("What did Dunn say about the fines?");
        var texts = answer.Quotes.Select(q => q.Text).ToList();
        Assert.Contains(texts, t => t.Contains("far too small"));
        Assert.Contains(texts, t => t.Contains("rounding error"));
        Assert.All(answer.Quotes, q => Assert.Equal("Ray Dunn", q.Speaker?.Name));
    }

    [Fact]
    public void WhatASpeakerToldSomeoneIsTheirOwnWords()
    {
        var answer = Ask("What did Mary Holt tell the bank chief?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("You should resign"));
        Assert.All(answer.Quotes, q => Assert.Equal("Mary Holt", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Who is the weakest link according to Holt?", "Holt", "Who is the weakest link")]
    [InlineData("According to Mary Holt, who is the weakest link?", "Mary Holt", "who is the weakest link")]
    public void AccordingToAsksOneSpeakersWords(string question, string speaker, string topic)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.Statements, parsed.Kind);
        Assert.Equal(speaker, parsed.Speaker);
        Assert.Equal(topic, parsed.Topic);
        Assert.Equal(AnswerType.Person, parsed.Expected);
        var answer = Ask(question);
        Assert.Contains("weakest link", answer.Quotes.First().Text);
        Assert.All(answer.Quotes, q => Assert.Equal("Mary Holt", q.Speaker?.Name));
    }

    [Fact]
    public void AccordingToTheArticleIsNoSpeaker() =>
        Assert.NotEqual(QuestionKind.Statements, Question.Parse("According to the article, where did the blast go off?").Kind);

    [Theory]
    [InlineData("Which countries offered help?", AnswerType.Place, "Which offered help")]
    [InlineData("In what city did the blast go off?", AnswerType.Place, "In what did the blast go off")]
    [InlineData("What year was the bank founded?", AnswerType.Time, "What was the bank founded")]
    [InlineData("Which senator spoke first?", AnswerType.Any, "Which senator spoke first")]
    public void TheNounAfterWhichSetsTheAnswerTypeAndIsNoWordToLookFor(string question, AnswerType expected, string topic)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(expected, parsed.Expected);
        Assert.Equal(topic, parsed.Topic);
    }

    [Theory]
    [InlineData("What was the council vote on the parking ordinance?", AnswerType.Number)]
    [InlineData("What is the unemployment rate in Ohio?", AnswerType.Number)]
    [InlineData("What was the final tally?", AnswerType.Number)]
    [InlineData("What is the Golden Week?", AnswerType.Any)]
    [InlineData("What was the committee's decision?", AnswerType.Any)]
    public void ACountedNounAfterWhatIsTheAsksForANumber(string question, AnswerType expected) =>
        Assert.Equal(expected, Question.Parse(question).Expected);

    [Theory]
    [InlineData("How fast does the ferry sail?")]
    [InlineData("How deep is the new harbor channel?")]
    [InlineData("How heavy was the stolen bell?")]
    public void AHowQuestionAboutAMeasureAsksForANumber(string question) =>
        Assert.Equal(AnswerType.Number, Question.Parse(question).Expected);

    [Theory]
    // a quantity asked by its noun after "what", a limit after "up to"
    [InlineData("Up to what amount are pension savings covered?")]
    [InlineData("What sum did the lottery fund hand out?")]
    public void AQuantityNounAfterWhatAsksForANumber(string question) =>
        Assert.Equal(AnswerType.Number, Question.Parse(question).Expected);

    [Theory]
    [InlineData("Which branch does Brandt's son manage?", AnswerType.Named)]
    [InlineData("What committee did Holt lead?", AnswerType.Named)]
    [InlineData("What is the committee?", AnswerType.Any)]
    [InlineData("Which rural clinics is the county merging?", AnswerType.Named)]
    [InlineData("What did Holt lead?", AnswerType.Any)]
    public void WhichNounBeforeAVerbAsksForANameHoldingTheNoun(string question, AnswerType expected) =>
        Assert.Equal(expected, Question.Parse(question).Expected);

    [Theory]
    [InlineData("She sits on the House Banking Committee.", true)]
    [InlineData("She sits on a committee of the House.", false)]
    [InlineData("She leads Committee 4.", true)]
    public void ANamedAnswerIsACapitalizedNameHoldingTheNoun(string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(AnswerType.Named, sentence, "which committee does holt sit on?"));

    [Theory]
    [InlineData("The clinics, at Fernhollow, Dunmere and Ashby Cross, will share one staff.", true)]
    [InlineData("The county will merge its rural clinics next spring.", false)]
    [InlineData("The Dunmere Rural Clinic Board voted to merge the clinics.", false)]
    public void AModifiedPluralWhichIsAnsweredByTheListOfNames(string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(AnswerType.Named, sentence, "which rural clinics is the county merging?"));

    [Fact]
    public void WhichNounIsAnsweredByTheSentenceNamingOne()
    {
        var answer = Ask("Which branch does Brandt's son manage?");
        Assert.Contains("Acme Branch 7", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("The blast went off in front of 210 West 14th Street.", true)]
    [InlineData("Belgium, which sent rescue teams, offered help.", true)]
    [InlineData("The blast went off at night.", false)]
    public void AStreetAddressOrACountryAnywhereIsAPlace(string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(AnswerType.Place, sentence, "where did the blast go off?"));

    [Theory]
    [InlineData("Where did the blast happen?", "210 West 14th Street")]
    [InlineData("Which country shares a border with Spain?", "Portugal, which shares a border")]
    public void APlaceQuestionIsAnsweredByTheSentenceNamingThePlace(string question, string expected)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(expected, answer.Quotes.First().Text);
    }

    [Fact]
    public void AQuotedQuestionIsAttributedToWhoAskedIt()
    {
        var answer = Ask("What did Reed say?");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("too big to manage") && q.Text.EndsWith("Reed demanded.") && q.Speaker?.Name == "Tom Reed");
    }
}
