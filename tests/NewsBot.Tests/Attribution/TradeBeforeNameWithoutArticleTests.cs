using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "after state operator Velna Rail cancelled all sailings": a company's trade written right before a name, without an
/// article, makes the name that company's, so a later "the operator said" finds it; once two businesses are met, "the
/// company" is neither.
/// </summary>
public sealed class TradeBeforeNameWithoutArticleTests
{
    private const string Ferries = "Ferry services across the Vessa archipelago were halted on Tuesday after state operator Velna Rail cancelled all sailings.\n\n"
        + "Crews walked out at dawn, leaving hundreds of travellers stranded in Port Amsel.\n\n"
        + "\"We had no choice but to stop the boats,\" the operator said in a statement.";

    [Fact]
    public void TheOperatorIsTheCompanyTheTradeNamed()
    {
        var quote = Assert.Single(Quotes(Ferries));
        Assert.Equal(("Velna Rail", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void TheCompanyAfterTwoBusinessesIsNeither()
    {
        var quotes = Quotes(Ferries + "\n\nThe vaccine shipments, developed by Norvik Biologics, a Danish manufacturer, were stuck on the quay.\n\n"
            + "The company said the doses could keep for another week.");
        Assert.Equal("company (unnamed)", quotes[^1].Speaker?.Name);
    }
}
