using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Narration that reads like a statement: a headline's passive "told" whose subject is the one told, a worry about
/// something (a feeling, with no words said), and a consent to an act inside a clause of time that tells when
/// something happened. And a writing a body issued just before speaks for that body.
/// </summary>
public sealed class ListenerAndFeelingTests
{
    [Theory]
    [InlineData("Drivers told it is safe to cross the Kettle Point bridge again")]
    [InlineData("Islanders told they must leave the ferry dock by noon")]
    public void AHeadlineWhoseSubjectWasToldIsNoStatementOfTheirs(string headline)
    {
        var quotes = Attribute(headline + "\n\nThe harbor office closed the dock on Sunday.").Quotes;
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.StartsWith("Islanders", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public void AWorryAboutSomethingIsNoStatement()
    {
        var quotes = Quotes("Dock manager Ilsa Varn said the crews were tired and worried about how many sailings had been lost.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "worried");
        Assert.Contains(quotes, q => q.Cue?.Text == "said" && q.Speaker?.Name == "Ilsa Varn");
    }

    [Fact]
    public void ConsentToAnActInAClauseOfTimeIsPartOfTheReport()
    {
        var quotes = Quotes("An aide to the mayor said the strike ended on Sunday, when the port board agreed to buy the new cranes with state money.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "agreed");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("board") == true);
    }

    [Theory]
    [InlineData("The Harbor Safety Office issued an urgent warning for the north pier on Sunday.", "warning")]
    [InlineData("The Harbor Safety Office released a short summary of the inspection on Sunday.", "summary")]
    public void AWritingABodyIssuedJustBeforeSpeaksForIt(string issued, string document)
    {
        var quotes = Quotes(issued + "\n\n\"Keep off the pier until the tide turns,\" the " + document + " said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("Keep off the pier"));
        Assert.Equal(("Harbor Safety Office", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void AnUnclaimedWarningIsADocumentNotAPerson()
    {
        var quote = Assert.Single(Quotes("\"Keep off the pier until the tide turns,\" the warning said."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Theory]
    [InlineData("A senior manager at one of the two ferry lines, who was not cleared to talk about the plans, said the merged line would cut 40 jobs.", "senior manager")]
    [InlineData("An aide at the port office, who would not give her name, said the board would vote on Friday.", "aide")]
    public void ThePersonBeforeTheirWorkplaceIsWhoSpoke(string sentence, string head)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.StartsWith(head, quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Fact]
    public void CourtPapersAreNoStatementOfTheCourtNamedBefore()
    {
        var quotes = Quotes("Brackwater Marine filed its petition with the Harbor District Court on Monday.\n\nCourt documents show that the line owes its pilots $4 million.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("owes its pilots"));
        Assert.NotEqual("Harbor District Court", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void ABeliefConjoinedInsideAReportedClauseIsNoSecondStatement()
    {
        var quotes = Quotes("The skipper's lawyer, Ana Brill, argued that her client had never meant to sink the barge and had believed all along that the hull would hold.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "believed");
        Assert.Contains(quotes, q => q.Cue?.Text == "argued" && q.Speaker?.Name == "Ana Brill");
    }
}
