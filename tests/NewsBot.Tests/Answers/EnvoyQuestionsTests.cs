using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions whose answer uses other words than the question, on a made-up article (see <see cref="EnvoyKnowledge"/>).</summary>
public sealed class EnvoyQuestionsTests(EnvoyKnowledge knowledge) : IClassFixture<EnvoyKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void AnIrregularPastTenseCountsAsTheQuestionsVerb()
    {
        var answer = Ask("How many years did Ilvane spend under house arrest?");
        Assert.Contains("spent 11 years under house arrest", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatSomeoneWillGiveIsFoundWhereTheArticleWritesOtherWordsForTheVerbThePlaceAndTheEvent()
    {
        // "send" for "give", "the Ostrians" for "Ostria", "an invasion" for "invades"
        var answer = Ask("What will the alliance give Ostria if Norland invades?");
        Assert.Contains("we will send extra radar equipment", answer.Quotes.First().Text);
    }

    [Fact]
    public void HowDoesSomeoneDoSomethingIsAnsweredByByDoing()
    {
        var answer = Ask("How does Hensley plan to pay for family leave?");
        Assert.Contains("by cutting the state's travel budget", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("Where does Vera Lind work?")]
    [InlineData("Who is Vera Lind?")]
    public void WhereSomeoneWorksIsTheSentenceThatIntroducesThem(string question)
    {
        var answer = Ask(question);
        Assert.StartsWith("Vera Lind, an economist at the centrist Harmon Institute", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatSomeoneWroteShowsTheirQuoteBeforeTheSentenceThatSetsItUp()
    {
        var answer = Ask("What did Nora Hensley write in the Valley Herald?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("Working parents have waited", answer.Quotes.First().Text);
    }

    [Fact]
    public void ANameTheArticlesWriteIsNotForgivenAsATypoOfAnotherSpeakersName()
    {
        var answer = Ask("What did Karla Moss say about the loan reports?");
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Carla Moss");
        Assert.Contains(answer.Quotes, q => q.Text.Contains("old and misread statements"));
    }

    [Fact]
    public void AYesNoQuestionIsAboutItsVerb()
    {
        var answer = Ask("Will the newspapers challenge the judge's ruling?");
        Assert.Contains("whether to challenge it", answer.Quotes.First().Text);
    }

    [Fact]
    public void AContractedNegationIsNoWordToLookFor()
    {
        var answer = Ask("Which pastor said Eastfield won't return to what it was, and that this is a blessing?");
        Assert.Equal("Amos Dane", answer.Quotes.FirstOrDefault()?.Speaker?.Name);
    }
}
