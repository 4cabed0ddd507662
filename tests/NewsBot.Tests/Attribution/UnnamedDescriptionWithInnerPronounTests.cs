using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A lorry driver waiting at the border, who would give only his first name, Milan, said he backed the stoppage": the indefinite
/// description is the speaker, and the "he" of what was said is that person, never a man the article named earlier.
/// </summary>
public sealed class UnnamedDescriptionWithInnerPronounTests
{
    private const string Lead = "Transport minister Karel Dvorin said on Monday that the strike was illegal.\n\n";

    [Fact]
    public void ADescriptionWithAParticipleOfWhereTheyStoodIsTheSpeaker()
    {
        var quote = Assert.Single(Quotes(Lead + "A lorry driver waiting at the border, who would give only his first name, Milan, said he backed the stoppage."), q => q.Paragraph == 2);
        Assert.Equal("he backed the stoppage", ContentOf(quote));
        Assert.StartsWith("lorry driver", quote.Speaker?.Name);
        Assert.EndsWith("(unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AnInnerPronounAfterASayingWhoseSubjectWentUnfoundIsNoEarlierMansStatement()
    {
        var quotes = Quotes(Lead + "Outside the depot a lorry driver in a red cap, who would give only his first name, Milan, said he backed the stoppage.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && q.Speaker?.Name == "Karel Dvorin");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && ContentOf(q).StartsWith("Outside the depot", StringComparison.Ordinal));
    }
}
