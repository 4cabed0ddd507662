using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Names that only a word for their kind makes a body's: a firm named for its line of business in the plural ("Halvik
/// Properties"), an insurer its members own ("Kestrel Mutual"), a body's branch for a region ("Tallis Nordic"), islands
/// standing for their government ("the Marlin Islands"), and a name its kind opens, as other languages write it
/// ("Liga Andina"). Someone speaking for "the" named body is not that body.
/// </summary>
public sealed class BodyNamedByItsKindWordTests
{
    [Theory]
    [InlineData("Kestrel Mutual said it would cover the losses.", "Kestrel Mutual")]
    [InlineData("Halvik Properties said rents would rise.", "Halvik Properties")]
    [InlineData("Orvel Industries said the plant would close.", "Orvel Industries")]
    [InlineData("Brenna Ventures said it would invest.", "Brenna Ventures")]
    [InlineData("Tamsin Developments said building work had stopped.", "Tamsin Developments")]
    [InlineData("Tallis Nordic said the idle ships were burning less fuel.", "Tallis Nordic")]
    [InlineData("The Marlin Islands said they would send a ferry.", "Marlin Islands")]
    [InlineData("Liga Andina said two matches had been postponed.", "Liga Andina")]
    [InlineData("Federación Andina de Remo said the race was off.", "Federación Andina de Remo")]
    public void TheNameIsAnOrganizations(string sentence, string name)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal((name, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Theory]
    [InlineData("A spokesman for the Marlin Rovers said the offer stood.", "spokesman for the Marlin Rovers (unnamed)")]
    [InlineData("A spokeswoman for the Marlin Islands said the offer stood.", "spokeswoman for the Marlin Islands (unnamed)")]
    public void OneSpeakingForTheBodyIsNotTheBody(string sentence, string speaker)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal((speaker, SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker?.Type));
    }
}
