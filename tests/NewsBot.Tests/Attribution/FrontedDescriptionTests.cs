using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "In the children's ward, a mother who had sat … held a cloth …. “…,” she said.": a person described after a fronted
/// phrase of place is the one the "she" right after means, not the woman quoted in the paragraph before.
/// </summary>
public sealed class FrontedDescriptionTests
{
    private const string Text =
        "Dr. Ines Marlow, the hospital's director, said the wards were full.\n\n"
        + "\"Our nurses are exhausted,\" she said.\n\n"
        + "In the children's ward, a mother who had sat beside her daughter's bed since Friday held a damp cloth to the girl's forehead. \"I thought it was a cold,\" she said.";

    [Fact]
    public void TheSheAfterAFrontedDescriptionIsTheDescribedPerson()
    {
        var quote = Assert.Single(Quotes(Text), q => q.Content[0].Text.Contains("a cold", StringComparison.Ordinal));
        Assert.NotEqual("Ines Marlow", quote.Speaker?.Name);
        Assert.Contains("mother", quote.Speaker?.Name);
    }

    [Fact]
    public void TheDirectorKeepsHerOwnQuote() =>
        Assert.Equal("Ines Marlow", Assert.Single(Quotes(Text), q => q.Content[0].Text.Contains("exhausted", StringComparison.Ordinal)).Speaker?.Name);
}
