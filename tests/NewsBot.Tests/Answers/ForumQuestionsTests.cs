using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions asked in a reader's words on made-up articles: who reported something, a full name where the paragraph
/// writes "Mr. Ryu … He …", a dotted acronym, "picked" for "chose", a sum of money asked of one person.
/// </summary>
public sealed class ForumQuestionsTests(ForumKnowledge knowledge) : IClassFixture<ForumKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Theory]
    [InlineData("Who reported that only about a fifth of Marlowe's donors gave $50 or less?")]
    [InlineData("Who wrote that only about a fifth of Marlowe's donors gave $50 or less?")]
    [InlineData("Who stated that only about a fifth of Marlowe's donors gave $50 or less?")]
    public void WhoReportedOrWroteAsksWhoSaidIt(string question)
    {
        Assert.Equal(QuestionKind.WhoSaid, Question.Parse(question).Kind);
        var answer = Ask(question);
        Assert.Contains("19 percent", answer.Quotes.First().Text);
        Assert.Contains("Courier", answer.Quotes.First().Speaker?.Name);
    }

    [Theory]
    [InlineData("What did the Courier report?", "the Courier")]
    [InlineData("what else did they report?", "they")]
    [InlineData("What else did the paper write about the campaign?", "the paper")]
    public void WhatDidXReportAsksForTheirStatements(string question, string speaker)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.Statements, parsed.Kind);
        Assert.Equal(speaker, parsed.Speaker);
    }

    [Fact]
    public void AFullNameIsAskedOfAParagraphThatCallsThemMrAndHe() =>
        Assert.Contains("Tamsel Bay", Ask("Where did Ryu Jae-won plant seagrass?").Quotes.First().Text);

    [Theory]
    [InlineData("Why has the C.N.F. Safety Board failed to stop wars?")]
    [InlineData("Why has the CNF Safety Board failed to stop wars?")]
    public void ADottedAcronymBeforeANameIsNoNameTheArticlesNeverWrite(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("Board", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("Who picked the moderators for the debates?")]
    [InlineData("Who chose the moderators for the debates?")]
    public void PickedIsHeldByChose(string question) =>
        Assert.Contains("Harbor Debate League chose", Ask(question).Quotes.First().Text);

    [Fact]
    public void TakePartIsHeldByParticipate() =>
        Assert.Contains("ineligible to participate", Ask("Why couldn't Dale Orrin take part in the first debate?").Quotes.First().Text);

    [Fact]
    public void ObeyIsHeldByComplied() =>
        Assert.Contains("complied", Ask("Did Dale Orrin obey the orders?").Quotes.First().Text);

    [Theory]
    [InlineData("How much money has Marlowe given to her own campaign?")]
    [InlineData("How much money did Marlowe give her campaign?")]
    [InlineData("How much has Marlowe given to her campaign?")]
    public void MoneyAskedOfOnePersonIsTheSumTheyGaveNotAnotherArticlesMoney(string question) =>
        Assert.Contains("$2 million", Ask(question).Quotes.First().Text);

    [Theory]
    [InlineData("What did the C.N.F. secretary general say?")]
    [InlineData("What did the CNF secretary general say?")]
    public void ATitleWithADottedAcronymIsTheNamedHolder(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Ryu Jae-won", q.Speaker?.Name));
    }

    [Fact]
    public void ATitleNotLinkedToAnyoneIsNotSaidToBeUnquotedBesideTheQuotesOfThoseItMayBe()
    {
        var answer = Ask("What did the Harbor Review writer say?");
        Assert.True(answer.Quotes.Any(q => q.Speaker?.Name == "Pia Sand"), answer.Kind + ": " + answer.Message + " | " + string.Join(" | ", answer.Quotes.Select(q => q.Speaker?.Name + ": " + q.Text)));
        Assert.DoesNotContain("isn't quoted", answer.Message);
    }

    [Fact]
    public void HasAFullNamedPersonBeenSomethingIsAnsweredWhereTheParagraphCallsThemBySurnameAndAPronoun() =>
        Assert.Contains("he was fined", Ask("Has Dale Orrin ever been fined at a debate?").Quotes.First().Text);

    [Fact]
    public void WhoAnnouncedIsAnsweredByTheAnnouncementNotAnotherReportOnTheSameThing() =>
        Assert.Contains("announced that its volunteer goal", Ask("Who announced that the campaign had met its target for volunteers?").Quotes.First().Text);

    [Fact]
    public void WhoReportedIsAnsweredByTheReportBeforeAQuoteOnTheSameThing() =>
        Assert.Contains("report by the Valley Ledger", Ask("Who reported that small donors are walking away from the governor?").Quotes.First().Text);
}
