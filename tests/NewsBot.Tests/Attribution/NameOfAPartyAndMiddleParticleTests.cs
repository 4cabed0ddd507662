using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Pieter van Dalen of the Green Alliance party said …": a name before "of the" and a party (or any body whose head word
/// is lowercase) is the person, not an unnamed description; and "Nguyen Van Long" later called "Long" is the same
/// person, not a second one named "Van Long".
/// </summary>
public sealed class NameOfAPartyAndMiddleParticleTests
{
    [Theory]
    [InlineData("Hendrik Maas of the Civic Renewal party said clinics had warned the ministry.", "Hendrik Maas")]
    [InlineData("Pieter van Dalen of the Green Alliance party said clinics had warned the ministry.", "Pieter van Dalen")]
    public void TheMemberOfAPartyIsNamed(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(text)).Speaker?.Name);

    [Fact]
    public void ACapitalizedMiddleParticleLeavesTheLastNameForThePerson()
    {
        var quotes = Quotes("Deputy Minister Nguyen Van Long, who toured the clinic, told reporters the state would pay.\n\n"
            + "\"No clinic will be left alone,\" Long said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("left alone", StringComparison.Ordinal));
        Assert.Equal("Nguyen Van Long", quote.Speaker?.Name);
    }
}
