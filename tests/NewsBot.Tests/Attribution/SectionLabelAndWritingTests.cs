using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// What is a statement and what kind of source makes it: a subheading in the body only labels its section, a cue inside
/// a "which" clause whose object is the noun before it reports nothing, a copy, list or history of a writing is a
/// document, a writing sent out "saying" something is its sender's statement, a country's initials are its government,
/// a body's leadership is the body, and people named by where they live are unnamed people.
/// </summary>
public sealed class SectionLabelAndWritingTests
{
    [Theory]
    [InlineData("Harbor audit finds budget gap")]
    [InlineData("Ferry union warns of summer strike")]
    public void ABodySubheadingWithAnActiveVerbReportsNobody(string subheading)
    {
        var quotes = Attribute("Port board weighs ferry cuts\n\nMayor Ana Ruiz runs the port.\n\n" + subheading + "\n\nThe board meets on Monday.").Quotes;
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2);
    }

    [Fact]
    public void AShortLineWhoseColonOpensTheNextParagraphStillReports()
    {
        var quotes = Attribute("Port board weighs ferry cuts\n\nIn a statement, harbor master Tom Ellery said:\n\n“The night ferry will stop in June and the crews will move to the day routes.”").Quotes;
        Assert.Contains(quotes, q => q.Speaker?.Name == "Tom Ellery");
    }

    [Fact]
    public void TheHeadlinesVerbStillReportsItsSpeaker()
    {
        var quotes = Attribute("Ruiz warns of ferry cuts\n\nMayor Ana Ruiz runs the port.").Quotes;
        Assert.Equal("Ana Ruiz", Assert.Single(quotes, q => q.Paragraph == 0).Speaker?.Name);
    }

    [Fact]
    public void ACueInsideAWhichClauseWithOnlyWhereAndWhenAfterItIsNoStatementOfItsSubject()
    {
        var quotes = Quotes("The clip, which the harbor agency posted online late on Monday, shows a crane tipping into the water.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("agency") == true);
    }

    [Fact]
    public void AWhichClauseWhoseCueIsFollowedByAVerbStillReports()
    {
        var quotes = Quotes("The new pier, which the harbor agency said would cost $4 million, opens in May.");
        Assert.Contains(quotes, q => q.Speaker?.Name.Contains("agency") == true);
    }

    [Theory]
    [InlineData("The ferry operator pays $2 million a year, according to a copy of the lease obtained by the Tribune.")]
    [InlineData("A list attached to the petition shows 40 boat owners in favor.")]
    [InlineData("The pier was first built in 1921, according to a history of the harbor published for its centenary.")]
    public void ACopyListOrHistoryOfAWritingIsNoPerson(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.NotNull(quote.Speaker);
        Assert.NotEqual(SpeakerType.Person, quote.Speaker!.Type);
    }

    [Theory]
    [InlineData("The Harbor Trust sent the council a two-page letter saying the pier would close in June.")]
    [InlineData("The Harbor Trust issued a statement on Monday saying the pier would close in June.")]
    [InlineData("Before the vote, the Harbor Trust sent the council a letter saying the pier would close in June.")]
    public void AWritingSentOutSayingSomethingIsItsSendersStatement(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal("Harbor Trust", quote.Speaker?.Name);
        Assert.StartsWith("the pier would close", ContentOf(quote));
    }

    [Fact]
    public void AWritingIssuedAtAnHourStillSpeaks()
    {
        var quote = Assert.Single(Quotes("A notice issued at noon on Friday said the pier would close in June."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
        Assert.StartsWith("the pier would close", ContentOf(quote));
    }

    [Theory]
    [InlineData("The US said the ferry talks would resume in May.")]
    [InlineData("The U.S. said the ferry talks would resume in May.")]
    public void ACountrysInitialsAfterTheAreItsGovernment(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
        Assert.DoesNotContain("(unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void ABodysLeadershipIsAnOrganization()
    {
        var quote = Assert.Single(Quotes("The guild’s regional leadership said in a statement that the vote would go ahead."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Theory]
    [InlineData("Harbor Light Films said the premiere would move to June.")]
    [InlineData("Eastmoor Studios said the premiere would move to June.")]
    public void AStudioNamedForItsTradeIsAnOrganization(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void NeighborsAreUnnamedPeople()
    {
        var quote = Assert.Single(Quotes("Neighbors described the ferry captain as a careful man who never missed a shift."));
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
        Assert.Contains("(unnamed)", quote.Speaker?.Name);
    }
}
