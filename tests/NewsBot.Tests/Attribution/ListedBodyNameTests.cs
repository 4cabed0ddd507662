using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Valdoria's Ministry of Transport, Ports and Shipping said", "the Federal Office for the Coastal Environment": a body's
/// name runs on across a comma-and list and "for the"; it is kept whole, and "the ministry" or "the office" is that body.
/// </summary>
public sealed class ListedBodyNameTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void AMinistryNamedWithACommaListIsOneOrganization()
    {
        var quotes = BodyQuotes("Valdoria's Ministry of Transport, Ports and Shipping said on Monday that talks with dock workers would resume.\n\n"
            + "The ministry said in a statement that no deal had been reached.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ministry of Transport, Ports and Shipping", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void TheOfficeIsTheWholeOfficeForTheName()
    {
        var quotes = BodyQuotes("The Federal Office for the Coastal Environment said oil had leaked from one idle tanker.\n\nThe office said the leak was small.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Federal Office for the Coastal Environment", q.Speaker?.Name));
    }

    [Fact]
    public void TheCommissionIsTheWholeNameMentionedInReportedWords()
    {
        var quotes = BodyQuotes("A lawyer, Tomas Berg, said the Independent Pilots and Harbour Masters Commission (IPHMC) had lost its records.\n\n"
            + "In a post on X, the commission said it would \"fully cooperate.\"");
        Assert.Equal("Independent Pilots and Harbour Masters Commission", Assert.Single(quotes, q => q.Paragraph == 2).Speaker?.Name);
    }

    [Fact]
    public void TwoPeopleAfterABodyStayOutOfItsName()
    {
        var quotes = BodyQuotes("The Ministry of Health, Ana Ruiz and Tomas Berg said the clinic would close.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.StartsWith("Ministry of Health,", StringComparison.Ordinal) == true);
    }
}
