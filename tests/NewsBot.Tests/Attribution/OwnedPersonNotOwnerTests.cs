using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Minister Ilse Dorn visited the port … The minister's spokesperson said …": a person described as a title holder's
/// (a spokesperson, an aide) speaks for them but is someone else; the spokesperson stays unnamed, never the minister.
/// </summary>
public sealed class OwnedPersonNotOwnerTests
{
    [Theory]
    [InlineData("Minister Ilse Dorn visited the port of Tarvik on Monday.\n\nThe minister's spokesperson said the port would reopen soon.")]
    [InlineData("Mayor Ilse Dorn visited the port of Tarvik on Monday.\n\nThe port would reopen soon, the mayor's aide said.")]
    [InlineData("Minister Ilse Dorn visited the port of Tarvik on Monday.\n\nA spokesperson for the minister said the port would reopen soon.")]
    [InlineData("Ilse Dorn, the harbor minister, visited the port of Tarvik on Monday.\n\n\"The port will reopen soon,\" a spokesperson for the minister told reporters.")]
    public void TheTitleHoldersSpokespersonIsNotTheTitleHolder(string body)
    {
        var quote = Assert.Single(Quotes(body), q => ContentOf(q).Contains("reopen soon"));
        Assert.NotNull(quote.Speaker);
        Assert.DoesNotContain("Dorn", quote.Speaker!.Name);
        Assert.EndsWith("(unnamed)", quote.Speaker.Name);
    }

    [Fact]
    public void SomeoneTheArticleCalledSoIsTheOwnersOneAllTheSame()
    {
        var quote = Assert.Single(Quotes("Ines Quell, the Tarvik mill's doctor, treated the foreman for years.\n\nThe foreman's doctor said his injuries were old."));
        Assert.Equal("Ines Quell", quote.Speaker?.Name);
    }
}
