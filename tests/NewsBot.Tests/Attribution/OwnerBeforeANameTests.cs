using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The clinic's IT supplier said …": an owner before a name tells whose the named thing is, never what it is, so "the
/// clinic" elsewhere in the article is the clinic itself, not a body called "IT".
/// </summary>
public sealed class OwnerBeforeANameTests
{
    private const string Text =
        "A cyber attack on the Sint-Aldric clinic in Tessenburg has forced it to cancel 200 operations, the clinic said on Tuesday.\n\n"
        + "The clinic's IT supplier said in a statement that it was working with police.\n\n"
        + "According to the clinic, about 90 employees now keep their records on paper.";

    [Theory]
    [InlineData("cancel 200 operations")]
    [InlineData("records on paper")]
    public void TheClinicIsNoBodyNamedAfterItsOwner(string content)
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains(content, StringComparison.Ordinal));
        Assert.NotEqual("IT", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
