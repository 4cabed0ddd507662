using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The dockers' union, the Sindicato Portuario Unido, said …" then "the union said …": the body named in apposition
/// to a plural owner's description is the speaker (its "the" kept), and what the description calls it names it later.
/// </summary>
public sealed class UnionNamedInAppositionTests
{
    private const string Later = "\n\nCargo ships waited off Vessby for a third day.\n\n\"We will not load a single crate,\" the union said.";

    [Theory]
    [InlineData("The dockers' union, the Sindicato Portuario Unido, said the strike at Vessby would go on.", "Sindicato Portuario Unido")]
    [InlineData("The dockers’ union, the Sindicato Portuario Unido, said the strike at Vessby would go on.", "Sindicato Portuario Unido")]
    [InlineData("The port union, the Sindicato Portuario Unido, said the strike at Vessby would go on.", "Sindicato Portuario Unido")]
    [InlineData("The farmers' union, Liga Agraria, said the strike at Vessby would go on.", "Liga Agraria")]
    public void TheUnionLaterIsTheBodyNamedInApposition(string opening, string body)
    {
        var quotes = Quotes(opening + Later);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(body, q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void AForeignWordForAUnionOpeningANameMakesItABody()
    {
        var quote = Assert.Single(Quotes("The Sindicato Portuario Unido said the strike at Vessby would go on."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
