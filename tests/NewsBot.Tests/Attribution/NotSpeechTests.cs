using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>Words that look like an attribution but report nobody's speech: a headline's pun, a visit, a decision, a decline.</summary>
public sealed class NotSpeechTests
{
    private static IReadOnlyList<Quote> Quotes(string article) => TestArticles.Attribute(article).Quotes;

    [Fact]
    public void ATitleCaseHeadlinesPunBeforeItsColonIsNoSpeaker()
    {
        var quotes = Quotes("Thunder Down Under: Mayor Ana Ruiz Cancels Harbor Festival Over Storm Fears\n\nMayor Ana Ruiz cancelled the harbor festival on Friday.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 0);
    }

    [Fact]
    public void ATitleCaseHeadlinesLabelTheBodyNamesIsItsSpeaker()
    {
        var quotes = Quotes("Ruiz: Harbor Festival Will Go Ahead Despite The Storm\n\nMayor Ana Ruiz said the festival would go ahead.");
        Assert.Equal("Ana Ruiz", quotes.Single(q => q.Paragraph == 0).Speaker?.Name);
    }
}
