using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"Ryu Dae-sung … Mr. Ryu": a hyphenated given name after the surname; the surname alone is the same person.</summary>
public sealed class SurnameFirstTests
{
    [Fact]
    public void ASurnameBeforeAHyphenatedGivenNameIsTheSamePersonLater()
    {
        var quotes = Quotes("The harbor agency's chief, Ryu Dae-sung, vowed to fix the cranes.\n\nMr. Ryu has said he backed the plan. Later, Ryu said the cranes were fixed.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ryu Dae-sung", q.Speaker?.Name));
    }

    [Fact]
    public void AVowIsWhatFollowsItNotTheDescriptionBeforeIt()
    {
        var quotes = Quotes("The harbor agency's chief, Ryu Dae-sung, vowed to fix the cranes.");
        Assert.Equal("to fix the cranes", ContentOf(Assert.Single(quotes)));
    }

    [Fact]
    public void AHyphenatedSurnameAfterAGivenNameKeepsTheUsualOrder()
    {
        var quotes = Quotes("Dock manager Lena Fisk-Moreno said the cranes were fixed.\n\nFisk-Moreno said the port would reopen.");
        Assert.All(quotes, q => Assert.Equal("Lena Fisk-Moreno", q.Speaker?.Name));
    }
}
