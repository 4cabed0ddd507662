using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Fact and speaker questions as readers word them, on a made-up article about a town after protests.</summary>
public sealed class ProtestQuestionsTests(ProtestKnowledge knowledge) : IClassFixture<ProtestKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Theory]
    [InlineData("Which protester said the marches would go on every day?", "the marches would go on every day")]
    [InlineData("Which pastor said the town won't go back?", "the town won't go back")]
    public void WhichRoleSaidAsksWhoSaidIt(string question, string topic)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.WhoSaid, parsed.Kind);
        Assert.Equal(topic, parsed.Topic);
    }

    [Fact]
    public void WhichProtesterSaidFindsTheProtester()
    {
        var answer = Ask("Which protester said the marches would go on every day?");
        Assert.Equal("Alina Brooks", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void AFullNameFindsTheSentenceThatUsesOnlyTheSurname()
    {
        var answer = Ask("How old was Darnell Lee Hayes?");
        Assert.StartsWith("The death of Hayes, 38", answer.Quotes.First().Text);
    }

    [Fact]
    public void APlaceTheQuestionIsSetInWeighsLessThanWhatItAsksAbout()
    {
        var answer = Ask("When was the curfew in Millbrook lifted?");
        Assert.StartsWith("Late Sunday night, the town lifted a midnight curfew", answer.Quotes.First().Text);
    }

    [Fact]
    public void AnIrregularPastTenseMatchesTheQuestionsVerb()
    {
        var answer = Ask("How many years did Kalman spend on the council?");
        Assert.Contains("spent 12 years", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("What was the final score in the Hawks game against the Rams?")]
    [InlineData("How much money did Hayes's family get in the settlement?")]
    [InlineData("How much money did Kalman get for the depot?")]
    public void AQuestionWhoseSubjectIsAbsentIsNotAnswered(string question) =>
        Assert.Equal(AnswerKind.NotFound, Ask(question).Kind);

    [Fact]
    public void WhatSomeoneWroteInAVenueBringsTheQuoteAfterTheSetup()
    {
        var answer = Ask("What did Ruth Kalman write in the Millbrook Ledger?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("The curfew saved lives"));
    }

    [Fact]
    public void ANameWrittenInTheArticlesIsNotTakenForATypoOfAnotherSpeaker()
    {
        var answer = Ask("What did Alana Brooks say about the study?");
        Assert.Equal(AnswerKind.NotQuoted, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("Alana Brooks"));
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Alina Brooks");
    }
}
