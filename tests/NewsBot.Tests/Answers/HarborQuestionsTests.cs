using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions whose words are not the article's: an age, a count, an acronym, a title, a paraphrase.</summary>
public sealed class HarborQuestionsTests(HarborKnowledge knowledge) : IClassFixture<HarborKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void HowOldIsAnsweredByTheAgeBesideTheName() =>
        Assert.Contains("Pell, 58,", Ask("How old is Nora Pell?").Quotes.First().Text);

    [Fact]
    public void HowManyIsAnsweredByACountOfTheNounUnderItsAcronym() =>
        Assert.Contains("312 members", Ask("How many members does the HWA have?").Quotes.First().Text);

    [Fact]
    public void OneWordIsNoAnswerWhenTheQuestionsNameIsInNoArticle() =>
        Assert.Equal(AnswerKind.NotFound, Ask("What did the Central Reserve decide?").Kind);

    [Fact]
    public void WhoQuotedSomeoneAsksWhoseWordsNameThem()
    {
        var answer = Ask("Who quoted Rocky Vance at the pier dedication?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.EndsWith("Gale", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void ATitleWrittenBesideANameInNarrationFindsThatSpeaker()
    {
        var answer = Ask("What did the commission chairman say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain("isn't quoted", answer.Message);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("lost its way"));
        Assert.All(answer.Quotes, q => Assert.EndsWith("Lund", q.Speaker?.Name));
    }

    [Fact]
    public void ATitleTheArticleSetsBesideAQuotedNameAfterItFindsThatSpeaker()
    {
        var answer = Ask("What did the Seaport professor say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain("isn't quoted", answer.Message);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("tides are rising"));
        Assert.All(answer.Quotes, q => Assert.Equal("Hana Brook", q.Speaker?.Name));
    }

    [Fact]
    public void NoStatementOnTheTopicIsNotClaimedAsTheSpeakerSayingNothingAboutIt()
    {
        var answer = Ask("What did Lund say about the ferry tolls?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("lost its way"));
        Assert.DoesNotContain("said nothing", answer.Message);
        Assert.Contains("everything", answer.Message);
    }

    [Fact]
    public void WhoSaidPutsTheQuotesOwnSentenceBeforeTheOneThatBorrowsItsWords() =>
        Assert.StartsWith("\"Nobody wants to ride a ferry", Ask("Who said families don't want to ride a ferry to a clinic?").Quotes.First().Text);

    [Fact]
    public void WhatItTakesInMoneyIsWhatItCosts() =>
        Assert.Contains("$2 million", Ask("How much money does it take to run citywide in Portmouth?").Quotes.First().Text);

    [Fact]
    public void APhrasalVerbIsFoundAsItsOneWord()
    {
        var answer = Ask("Who said there's no way Pell will drop out?");
        Assert.Equal("Vera Lind", answer.Quotes.First().Speaker?.Name);
    }

    [Fact]
    public void ADerivedWordIsFoundAsItsBase()
    {
        var answer = Ask("Who called it foolish not to plan for a strike?");
        Assert.Contains("does not plan for one is a fool", answer.Quotes.First().Text);
        Assert.Equal("Omar Diaz", answer.Quotes.First().Speaker?.Name);
    }
}
