using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Brakstad Turbines said …" then "the company said …" then "Brakstad said …": the first word of the one
/// organization the article named that way is that organization, not a second speaker; a person who bears the word
/// as a surname keeps it.
/// </summary>
public sealed class OrganizationByFirstWordTests
{
    [Fact]
    public void TheFirstWordOfAnOrganizationsNameIsThatOrganization()
    {
        var quotes = Quotes("Brakstad Turbines said on Friday it would pause deliveries of its largest blades.\n\nIn a filing, the company said the pause covers its offshore orders.\n\n"
            + "\"We have decided that deliveries must wait,\" Brakstad said in a statement.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Brakstad Turbines", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void APersonWithThatSurnameKeepsIt()
    {
        var quotes = Quotes("Brakstad Turbines said on Friday it would pause deliveries of its largest blades.\n\nIts founder, Ola Brakstad, said the pause was painful.\n\n"
            + "\"We have no choice,\" Brakstad said.");
        Assert.Equal("Ola Brakstad", quotes[^1].Speaker?.Name);
    }

    [Fact]
    public void AWordForAKindOfBodyIsNotTheBodyItOpens()
    {
        var quotes = Quotes("Police said on Friday that they had changed the patrol rota.\n\nThe Police Association said the change came too late.");
        Assert.Equal(["Police", "Police Association"], quotes.Select(q => q.Speaker?.Name));
    }
}
