using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A gallery … has agreed to return 40 paintings …, the Ministry of Culture, Arts and Heritage said Thursday.": a
/// closing attribution whose body's name holds a comma reports the whole sentence before the name; the gallery's
/// agreeing is what the ministry reports, not the gallery's speech.
/// </summary>
public sealed class TrailingBodyNameWithCommaTests
{
    [Fact]
    public void TheMinistryWithACommaInItsNameReportsTheSentence()
    {
        var quote = Assert.Single(Quotes("A private gallery in Ostby has agreed to return 40 paintings that were taken during the war, the Ministry of Culture, Arts and Heritage said Thursday."));
        Assert.Equal(("Ministry of Culture, Arts and Heritage", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
        Assert.Equal("A private gallery in Ostby has agreed to return 40 paintings that were taken during the war", ContentOf(quote));
    }

    [Fact]
    public void ALastCommaOutsideANameStillEndsTheContent()
    {
        var quote = Assert.Single(Quotes("The gallery will return 40 paintings, the ministry said Thursday."));
        Assert.Equal("The gallery will return 40 paintings", ContentOf(quote));
    }
}
