using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "said Kestrel Mutual's chief executive, Bo Lindqvist": the name before the possessive owns the description; even
/// when the article has already quoted that body, the speaker is the person named beside the description.
/// </summary>
public sealed class OwnerOfApposedDescriptionTests
{
    [Fact]
    public void ABodyQuotedBeforeOwningTheDescriptionLeavesTheNameBesideItTheSpeaker()
    {
        var quotes = Quotes("\"Premiums will rise,\" Kestrel Mutual said in a statement. "
            + "\"We expect a loss this year,\" said Kestrel Mutual's chief executive, Bo Lindqvist.");
        Assert.Equal("Bo Lindqvist", quotes[^1].Speaker?.Name);
        Assert.Equal("Kestrel Mutual's chief executive", quotes[^1].Speaker?.Role);
    }
}
