using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Proponents say …", "Critics argue …": a plural word for the people on one side of a question, capitalized only
/// because it opens the sentence, is a group described, never a speaker's name.
/// </summary>
public sealed class SideTakersAsGroupTests
{
    [Theory]
    [InlineData("Proponents")]
    [InlineData("Critics")]
    [InlineData("Supporters")]
    [InlineData("Opponents")]
    [InlineData("Skeptics")]
    public void ASideTakenOpeningTheSentenceIsAGroupNotAName(string group)
    {
        var quotes = Quotes("The Vessby council approved the toll bridge over the Marren on Tuesday.\n\n"
            + group + " say the bridge will pay for itself within a decade.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("pay for itself")).Speaker;
        Assert.Equal(group + " (unnamed)", speaker?.Name, ignoreCase: true);
    }

    [Fact]
    public void ASideTakenBeforeAPartialQuoteIsAGroupToo()
    {
        var quote = Assert.Single(Quotes("Critics argue the harbour levy \"punishes the poorest boat owners.\""));
        Assert.Equal("critics (unnamed)", quote.Speaker?.Name, ignoreCase: true);
    }
}
