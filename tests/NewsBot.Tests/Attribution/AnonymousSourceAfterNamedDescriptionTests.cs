using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A senior ministry official who requested anonymity said …" then "“…,” said the cooperative's
/// president, Teodulo Barranquín Osuna." then "The anonymous official said …": the president was described and then
/// named, so he is no anonymous source; the official is the one who would not give a name, never the president.
/// </summary>
public sealed class AnonymousSourceAfterNamedDescriptionTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void TheAnonymousOfficialIsNotTheNamedPresident()
    {
        var quotes = BodyQuotes(
            "A senior fisheries ministry official who requested anonymity as the talks were still going on said the closure could last a month.\n\n"
            + "\u201cEvery day the boats stay in port, the crews lose their wages,\u201d said the association\u2019s president, Teodulo Barranquín Osuna. \u201cThe crews are not to blame. We carry the cost.\u201d\n\n"
            + "The anonymous official said the ministry would present a rescue plan at Friday\u2019s meeting.");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("rescue plan"));
        Assert.NotEqual("Teodulo Barranquín Osuna", quote.Speaker?.Name);
        Assert.Equal("senior fisheries ministry official (unnamed)", quote.Speaker?.Name);
    }
}
