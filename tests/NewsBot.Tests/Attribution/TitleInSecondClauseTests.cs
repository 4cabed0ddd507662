using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, while ministry spokeswoman Ilse Dorn said …": lowercase words for a person's job before a name in a second clause
/// are her title, as they are at a sentence's start, so "the spokeswoman" later is her.
/// </summary>
public sealed class TitleInSecondClauseTests
{
    [Fact]
    public void TheTitleBeforeANameAfterWhileFindsHerLater()
    {
        var quotes = Quotes("Ports minister Karl Ebbe said on Monday that the channel was clear, while ministry spokeswoman Ilse Dorn said the buoys were back.\n\n"
            + "\"We have nothing to add,\" the spokeswoman said.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Ilse Dorn", quotes[1].Speaker?.Name);
        Assert.Equal(("Ilse Dorn", "ministry spokeswoman"), (quotes[2].Speaker?.Name, quotes[2].Speaker?.Role));
    }
}
