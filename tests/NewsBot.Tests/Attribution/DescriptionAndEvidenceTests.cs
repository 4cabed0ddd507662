using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Who a description, a pronoun or a document stands for when the article only ties them to a name indirectly, and
/// what must stay unresolved rather than go to the wrong person.
/// </summary>
public sealed class DescriptionAndEvidenceTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    private static List<Speaker?> Speakers(string body) => Quotes(body).Select(q => q.Speaker).ToList();

    [Fact]
    public void GopAndRepublicanAreTheSameParty()
    {
        var speakers = Speakers("Republican presidential nominee Carl Brandt is demanding a recount.\n\n"
            + "The GOP presidential nominee argued that the count was rigged.");
        Assert.Equal("Carl Brandt", speakers[^1]?.Name);
    }

    [Fact]
    public void TheJudgeIsTheOneJusticeTheArticleNames()
    {
        var speakers = Speakers("County Court Justice Alma Reyes ruled on Friday.\n\nThe judge wrote that the law was clear.");
        Assert.Equal("Alma Reyes", Assert.Single(speakers)?.Name);
    }
}
