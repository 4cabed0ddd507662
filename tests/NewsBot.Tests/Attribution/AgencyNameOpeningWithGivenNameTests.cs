using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Marine Safety Administration closed the port …": a name of three words or more closed by an agency's head word is
/// a body, though its first word is also a given name somewhere ("Marine"); so it speaks as an organization, and "the
/// agency said" later finds it.
/// </summary>
public sealed class AgencyNameOpeningWithGivenNameTests
{
    [Fact]
    public void TheAdministrationSpeaksAsAnOrganization()
    {
        var quote = Assert.Single(Quotes("The Marine Safety Administration closed the port of Tarvik on Monday.\n\n"
            + "The Marine Safety Administration said the port would reopen on Friday."), q => ContentOf(q).Contains("reopen"));
        Assert.Equal("Marine Safety Administration", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void TheAgencyIsTheOneAuthorityTheArticleNamed()
    {
        var quote = Assert.Single(Quotes("The Marine Safety Authority closed the port of Tarvik on Monday.\n\nShips waited offshore.\n\n"
            + "The agency said the port would reopen on Friday."), q => ContentOf(q).Contains("reopen"));
        Assert.Equal("Marine Safety Authority", quote.Speaker?.Name);
    }
}
