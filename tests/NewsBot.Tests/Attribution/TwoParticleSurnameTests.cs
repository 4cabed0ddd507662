using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Pieter van den Hoek", then "van den Hoek said" or "Van den Hoek said": two particles join a surname as one does, so
/// the later mention is the person named in full; a clause opening before the name ("when a researcher, …") is no title.
/// </summary>
public sealed class TwoParticleSurnameTests
{
    [Fact]
    public void ASurnameWithTwoParticlesIsThePersonNamedInFull()
    {
        var quotes = Quotes("The flaw was found when a Dutch student, Pieter van den Hoek, contacted the firm.\n\n"
            + "\"I called them twice,\" van den Hoek said.\n\n\"I got no reply,\" said Van den Hoek.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Pieter van den Hoek", null), (q.Speaker?.Name, q.Speaker?.Role)));
    }
}
