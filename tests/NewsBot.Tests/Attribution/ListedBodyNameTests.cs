using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Valdoria's Ministry of Transport, Ports and Shipping said", "the Regional Office for the Upland Forests": a body's
/// name runs on across a comma-and list and "for the", and over a field that is itself a body's word ("Ministry of
/// College and Research"); it is kept whole, and "the ministry" or "the office" is that body.
/// </summary>
public sealed class ListedBodyNameTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void AMinistryNamedWithACommaListIsOneOrganization()
    {
        var quotes = BodyQuotes("Valdoria's Ministry of Transport, Ports and Shipping said on Monday that talks with dock workers would resume.\n\n"
            + "Late on Tuesday the ministry said the two sides were still far apart on overtime pay.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ministry of Transport, Ports and Shipping", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void TheOfficeIsTheWholeOfficeForTheName()
    {
        var quotes = BodyQuotes("The Regional Office for the Upland Forests said bark beetles had killed a stand of spruce near Hollin Pass.\n\nThe office said no other stands were affected.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Regional Office for the Upland Forests", q.Speaker?.Name));
    }

    [Fact]
    public void TheCommissionIsTheWholeNameMentionedInReportedWords()
    {
        var quotes = BodyQuotes("A lawyer, Mark Ilsley, said the Independent Pilots and Harbour Masters Commission (IPHMC) had lost its records.\n\n"
            + "In a notice on its website, the commission said it would \"open every logbook to the inquiry.\"");
        Assert.Equal("Independent Pilots and Harbour Masters Commission", Assert.Single(quotes, q => q.Paragraph == 2).Speaker?.Name);
    }

    [Fact]
    public void TwoPeopleAfterABodyStayOutOfItsName()
    {
        var quotes = BodyQuotes("The Ministry of Fisheries, Helen Marrow and Mark Ilsley said the quota talks had stalled.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.StartsWith("Ministry of Fisheries,", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AFieldThatIsABodysWordStaysInTheMinistrysName()
    {
        var quotes = BodyQuotes("Some 9,000 people sat the nursing test this spring, according to the Ministry of College and Research.\n\n"
            + "The figures were checked twice, the ministry said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ministry of College and Research", q.Speaker?.Name));
    }
}
