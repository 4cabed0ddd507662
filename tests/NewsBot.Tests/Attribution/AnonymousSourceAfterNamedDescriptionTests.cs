using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A senior ministry official who requested anonymity said …" then "“…,” said the cooperative's
/// president, Teodulo Barranquín Osuna." then "The anonymous official said …": the president was described and then
/// named, so he is no anonymous source; the official is the one who would not give a name, never the president. And
/// "the lawyer, who asked not to be identified," after "Ruta Kalnins, the family's lawyer" is an anonymous lawyer, never her.
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

    [Theory]
    [InlineData("The family's lawyer, who asked not to be identified, said", "family's lawyer (unnamed)")]
    [InlineData("The lawyer, who asked not to be named, said", "lawyer (unnamed)")]
    [InlineData("The lawyer, who spoke on condition of anonymity, said", "lawyer (unnamed)")]
    [InlineData("The lawyer, who declined to be named, said", "lawyer (unnamed)")]
    [InlineData("The family lawyer, who requested anonymity, said", "family lawyer (unnamed)")]
    [InlineData("The lawyer, who was not authorized to speak publicly, said", "lawyer (unnamed)")]
    [InlineData("The lawyer, who would not give her name, said", "lawyer (unnamed)")]
    public void ADescriptionThatGoesUnnamedOnPurposeIsNotTheNamedHolderOfTheRole(string attribution, string speaker)
    {
        var quotes = BodyQuotes("Ruta Kalnins, the family's lawyer, said the mill had ignored the warnings for years.\n\n"
            + attribution + " the case would go to court in Dravik.");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("go to court"));
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void ADescriptionAuthorizedToSpeakStillFindsItsNamedHolder()
    {
        var quotes = BodyQuotes("Ruta Kalnins, the family's lawyer, said the mill had ignored the warnings for years.\n\n"
            + "The family's lawyer, who is authorized to speak for the estate, said the case would go to court in Dravik.");
        Assert.Equal("Ruta Kalnins", Assert.Single(quotes, q => q.Content[0].Text.Contains("go to court")).Speaker?.Name);
    }
}

