using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Joris van der Berg", then "van der Berg said" or "Van der Berg said": two particles join a surname as one does, so
/// the later mention is the person named in full; a clause opening before the name ("when a researcher, …") is no title.
/// </summary>
public sealed class TwoParticleSurnameTests
{
    [Fact]
    public void ASurnameWithTwoParticlesIsThePersonNamedInFull()
    {
        var quotes = Quotes("The leak came to light when a Dutch researcher, Joris van der Berg, contacted the firm.\n\n"
            + "\"I sent them three emails,\" van der Berg said.\n\n\"I got no reply,\" said Van der Berg.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Joris van der Berg", null), (q.Speaker?.Name, q.Speaker?.Role)));
    }
}
