using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A lorry driver waiting at the border, who gave only his first name, Milan, said he supported the strike": the indefinite
/// description is the speaker, and the "he" of what was said is that person, never a man the article named earlier.
/// </summary>
public sealed class UnnamedDescriptionWithInnerPronounTests
{
    private const string Lead = "Transport minister Karel Dvorin said on Monday that the strike was illegal.\n\n";

    [Fact]
    public void ADescriptionWithAParticipleOfWhereTheyStoodIsTheSpeaker()
    {
        var quote = Assert.Single(Quotes(Lead + "A lorry driver waiting at the border, who gave only his first name, Milan, said he supported the strike."), q => q.Paragraph == 2);
        Assert.Equal("he supported the strike", ContentOf(quote));
        Assert.StartsWith("lorry driver", quote.Speaker?.Name);
        Assert.EndsWith("(unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AnInnerPronounAfterASayingWhoseSubjectWentUnfoundIsNoEarlierMansStatement()
    {
        var quotes = Quotes(Lead + "Outside the depot a lorry driver in a red cap, who gave only his first name, Milan, said he supported the strike.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && q.Speaker?.Name == "Karel Dvorin");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && ContentOf(q).StartsWith("Outside the depot", StringComparison.Ordinal));
    }
}
