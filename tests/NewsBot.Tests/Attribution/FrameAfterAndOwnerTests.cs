using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>Attributions that stand after what they report, or in an owner's word: "According to X, anyway.", "By X's own admission, …".</summary>
public sealed class FrameAfterAndOwnerTests
{
    [Fact]
    public void AnAccordingToWithNothingOfItsOwnReportsTheSentenceBefore()
    {
        var quotes = Quotes("The ferry fares will double next spring. According to the harbor board, anyway. Riders are angry.");
        var quote = Assert.Single(quotes);
        Assert.Equal("The ferry fares will double next spring", ContentOf(quote));
        Assert.Contains("harbor board", quote.Source?.Text);
    }

    [Fact]
    public void AnAccordingToDoesNotTakeASentenceThatHasItsOwnSpeaker()
    {
        var quotes = Quotes("Mayor Ana Ruiz said the fares will double next spring. According to the harbor board, basically.");
        Assert.Equal("Ana Ruiz", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void ByHerOwnAdmissionMakesThePossessorTheSource()
    {
        var quotes = Quotes("Mayor Ana Ruiz opened the pier in June. By Ruiz's own admission, the pier cost twice what the board had planned.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("the pier cost twice what the board had planned", ContentOf(quote));
    }
}
