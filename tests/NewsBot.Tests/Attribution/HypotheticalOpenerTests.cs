using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>"Say Ostria demanded …": an imperative opening a hypothetical, before a name, is no part of the name.</summary>
public sealed class HypotheticalOpenerTests
{
    [Theory]
    [InlineData("Say")]
    [InlineData("Suppose")]
    public void TheImperativeIsNotPartOfTheSpeakersName(string opener)
    {
        var quotes = TestArticles.Quotes("Ostria could push back in other ways.\n\n"
            + opener + " Ostria demanded that the port prove each barge was Ostrian before it could be turned back.");
        Assert.All(quotes, q => Assert.DoesNotContain(opener, q.Speaker?.Name ?? ""));
    }
}
