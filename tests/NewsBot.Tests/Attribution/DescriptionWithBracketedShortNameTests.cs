using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The head of the Tessaly Fisheries Authority (TFA), Ilse Dorsk, said …": the body's short name in brackets is part
/// of the description, so the name set off after it is the person who spoke, not an unnamed "head of …".
/// </summary>
public sealed class DescriptionWithBracketedShortNameTests
{
    [Fact]
    public void TheNameAfterADescriptionEndingInABracketedShortNameSpeaks()
    {
        var quotes = Quotes("The Tessaly Fisheries Authority (TFA) set new catch limits on Monday.\n\n"
            + "The head of the Tessaly Fisheries Authority (TFA), Ilse Maren Dorsk, said the authority would review the figures. "
            + "She warned of a \"hard winter\" for the fleet.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ilse Maren Dorsk", q.Speaker?.Name));
    }
}
