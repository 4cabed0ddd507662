using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A pronoun that is the subject of a cue ("…,” she said, while Mira said …) stands for someone already named: the
/// person named after it, in a later clause of the same sentence, is never its antecedent.
/// </summary>
public sealed class PronounBeforeLaterClauseTests
{
    private const string Opening = "Tova Brandt and Mira Brandt run a bakery in Harrowgate.\n\n"
        + "Tova Brandt said the ovens had been bought with a loan from their uncle.\n\n"
        + "Mira Brandt said the shop opened at five every morning.\n\n";

    [Theory]
    [InlineData("“I am the one who burns the bread,” she said, while Mira said their father still tastes every loaf.")]
    [InlineData("“I am the one who burns the bread,” she said, as Mira added that their father still tastes every loaf.")]
    [InlineData("“I am the one who burns the bread,” she said, and Mira agreed that their father still tastes every loaf.")]
    public void APronounCueGoesToThePersonBeforeNotTheOneNamedLater(string sentence)
    {
        var quotes = Quotes(Opening + "Asked about working together, Tova smiled. " + sentence);
        var burns = Assert.Single(quotes, q => ContentOf(q).Contains("burns the bread"));
        Assert.Equal("Tova Brandt", burns.Speaker?.Name);
    }

    [Fact]
    public void AGivenNameAloneIsTheOnePersonNamedInFullWithIt()
    {
        var quotes = Quotes(Opening + "Mira said the queue sometimes reached the corner. “We sell out by noon,” Tova said.");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Mira Brandt" && ContentOf(q).Contains("reached the corner"));
        Assert.Contains(quotes, q => q.Speaker?.Name == "Tova Brandt" && ContentOf(q).Contains("sell out by noon"));
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name is "Mira" or "Tova");
    }
}
