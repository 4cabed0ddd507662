using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A body whose name runs on after its head word with "for" and capitalized words joined by "and" ("Agency for
/// Amber and Peat Care") is named by the whole of it, even when one of those words is also a given name: with
/// "and" after it, the given name opens no person's name.
/// </summary>
public sealed class ConnectedBodyNameTests
{
    [Theory]
    [InlineData("Velmar Agency for Moss and Orchard Care")]
    [InlineData("Velmar Agency for Amber and Peat Care")]
    [InlineData("Corvanian Office for Amber and Dune Protection")]
    public void ABodyNamedWithForAndAndIsNamedWhole(string name)
    {
        var quotes = Attribute($"Dam leak floods farmland\n\nThe Corvanian Coast Watch said a dam had burst.\n\n"
            + $"The {name} said mud had reached two villages.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal((name, SpeakerType.Organization), (quotes[1].Speaker?.Name, quotes[1].Speaker?.Type));
    }
}
