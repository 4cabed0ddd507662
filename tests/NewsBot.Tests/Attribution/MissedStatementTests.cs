using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Statements the frames missed: a name after a fronted phrase with no comma, two names speaking together, an
/// organization's "it" calling for something, a block printed after "X continued:", "railed against".
/// </summary>
public sealed class MissedStatementTests
{
    [Fact]
    public void ANameAfterAFrontedMeetingWithoutACommaIsTheSubject()
    {
        var quotes = Quotes("Mayor Ana Ruiz runs the port.\n\nIn a May meeting with editors of the Coast Herald Ruiz said that city support for the ferry may need to be reduced.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("Ruiz", quote.Source?.Text);
        Assert.StartsWith("city support", ContentOf(quote));
    }

    [Fact]
    public void TheOutletOfAFrontedInterviewIsNoPartOfTheSpeakersRole()
    {
        var quotes = Quotes("Mayor Ana Ruiz runs the port.\n\nIn a radio interview Ruiz declared \"The ferry is here to stay.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("Mayor", quote.Speaker?.Role);
    }

    [Fact]
    public void TwoNamesJoinedByAndCallSomethingByAName()
    {
        var quotes = Quotes("When smugglers are caught at the docks, Ruiz and Ellery call them \"lost sailors\" and describe their deeds as mistakes.");
        var quote = Assert.Single(quotes);
        Assert.Contains("Ruiz", quote.Speaker?.Name);
        Assert.Contains("lost sailors", ContentOf(quote));
    }

    [Fact]
    public void PhoneCallsAreNoSpeech()
    {
        Assert.Empty(Quotes("Ferry phone calls rose sharply in May."));
    }

    [Fact]
    public void AnOrganizationsItCallsForWhatItsPaperAsks()
    {
        var quotes = Quotes("Many harbor towns share these fears, but the Coastal Towns Alliance wants to keep its neutral stance. Recently, however, it issued a paper welcoming the state's plans, and calling for building a new breakwater.");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Coastal Towns Alliance" && ContentOf(q) == "to keep its neutral stance");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Coastal Towns Alliance" && ContentOf(q).Contains("new breakwater"));
        Assert.DoesNotContain(quotes, q => ContentOf(q).Contains("share these fears"));
    }

    [Fact]
    public void ABlockAfterANameAndContinuedWithAColonIsTheirWords()
    {
        var quotes = Quotes("Pollster Lena Fisk spoke on Monday.\n\nFisk continued:\n\nThe ferry issue is a local issue. Asked if the fares were fair, riders said no.\n\nThe council meets in June.");
        var block = Assert.Single(quotes, q => q.Paragraph == 3 && q.Kind == QuoteKind.Direct);
        Assert.Equal("Lena Fisk", block.Speaker?.Name);
        Assert.StartsWith("The ferry issue", ContentOf(block));
        Assert.DoesNotContain(quotes, q => q.Paragraph == 4);
    }

    [Fact]
    public void ALabelWithAColonAndNoVerbOfSayingIntroducesNoBlock()
    {
        var quotes = Quotes("Ferry schedule:\n\nThe first boat leaves at six and the last at ten.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void RailingAgainstSomethingIsSpeech()
    {
        var quotes = Quotes("Mayor Tom Ellery spoke at the pier. And he railed against the toll on ferry tickets.");
        Assert.Equal("Tom Ellery", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void ACharacterisationAfterAPartyLabelRunsIntoItsQuote()
    {
        var quotes = Quotes("TV host Dan Ortiz said the debate was dull.\n\nHowever, he characterized Republican candidate Sen. Ana Ruiz, R-Ore., as, “a little nervous there at the start.”");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("Dan Ortiz", quote.Speaker?.Name);
        Assert.EndsWith("at the start.”", ContentOf(quote));
    }

    [Fact]
    public void AnAsAfterACommaThatOpensNoQuoteStillEndsTheReport()
    {
        var quotes = Quotes("Mayor Ana Ruiz said the ferry would run late, as it did last winter.");
        Assert.Equal("the ferry would run late", ContentOf(Assert.Single(quotes)));
    }

    [Fact]
    public void AChanceTakenToRemindTheCrowdIsSayingIt()
    {
        var quotes = Quotes("Mayor Tom Ellery toured the pier.\n\nEllery never missed a chance to remind the crowd he was the only candidate who rode the ferry.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Tom Ellery", quote.Speaker?.Name);
        Assert.Equal("he was the only candidate who rode the ferry", ContentOf(quote));
    }

    [Fact]
    public void AChanceToDoSomethingElseSaysNothing()
    {
        Assert.Empty(Quotes("Mayor Tom Ellery never missed a chance to ride the ferry with the crowd."));
    }
}
