using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"Ana Ruiz's gains … if the Republican nominee's stance …": a party title later in the sentence that opens with a name is that person's.</summary>
public sealed class PartyTitleTests
{
    [Fact]
    public void APartyTitleLaterInTheSentenceThatOpensWithANameIsThatPersonsRole()
    {
        var quotes = Quotes("Ana Ruiz’s recent gains in the Lake District may fade if the Republican nominee’s stance on ferries is hammered home.\n\nIn a radio interview Ruiz said the ferry would close.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("Republican nominee", quote.Speaker?.Role);
    }

    [Fact]
    public void AnotherPersonBetweenTheNameAndTheTitleKeepsTheTitleFromTheName()
    {
        var quotes = Quotes("Governor Tom Ellery spoke on Monday.\n\nAna Ruiz’s attack on Ellery angered the Democratic nominee’s aides.\n\nIn a radio interview Ruiz said the ferry would close.");
        Assert.Null(Assert.Single(quotes).Speaker?.Role);
    }

    [Fact]
    public void APartyTitleFollowedByANameIsThatOtherPersons()
    {
        var quotes = Quotes("Ana Ruiz met the Republican nominee Tom Ellery on Monday.\n\nIn a radio interview Ruiz said the ferry would close.");
        Assert.Null(Assert.Single(quotes).Speaker?.Role);
    }
}
