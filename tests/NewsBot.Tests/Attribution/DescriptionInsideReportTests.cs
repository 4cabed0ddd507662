using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Maris Kell said the vessel's operator, Pellion Lines, had ignored …": a name set off after "the" and what it is of
/// someone's ("the vessel's operator", "the ship's captain") is described so wherever it stands, inside someone else's
/// report as well as opening a sentence, so "the operator" or "the captain" who speaks later is that name.
/// </summary>
public sealed class DescriptionInsideReportTests
{
    [Fact]
    public void ACompanyDescribedInsideAReportIsTheOperatorWhoSpeaksLater()
    {
        var quotes = Quotes("Harbor chief Maris Kell said the vessel's operator, Pellion Lines, had ignored two storm warnings off Dunmere.\n\n"
            + "The operator said in a statement that the crew had followed every rule.");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal(("Pellion Lines", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void APersonDescribedInsideAReportIsTheCaptainWhoSpeaksLater()
    {
        var quotes = Quotes("Harbor chief Maris Kell said the ship's captain, Ivo Brandt, had ignored two storm warnings off Dunmere.\n\n"
            + "\"We followed every rule,\" the captain said.");
        var quote = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("Ivo Brandt", quote.Speaker?.Name);
    }
}
