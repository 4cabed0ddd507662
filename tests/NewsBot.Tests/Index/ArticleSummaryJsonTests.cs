using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;

namespace NewsBot.Tests.Index;

public sealed class ArticleSummaryJsonTests
{
    private static readonly ArticleSummary Summary = new("bridge", "Bridge to reopen \"soon\"", 4, 3,
        [new SpeakerCount("Ana Lopez", SpeakerType.Person, "Mayor", 2, 1, 1, ["the mayor", "Lopez"]), new SpeakerCount("city council (unnamed)", SpeakerType.Organization, null, 1, 0, 1)],
        "ABC:123") { Stamp = "1913:639312350237193153" };

    [Fact]
    public void ASummaryReadsBackAsItWasWrittenSpeakersIncluded()
    {
        var read = ArticleSummaryJson.Read(ArticleSummaryJson.Write(Summary));

        Assert.Equal((Summary.Id, Summary.Headline, Summary.Paragraphs, Summary.Quotes, Summary.Fingerprint, Summary.Stamp),
            (read.Id, read.Headline, read.Paragraphs, read.Quotes, read.Fingerprint, read.Stamp));
        Assert.Equal(2, read.Speakers.Count);
        Assert.Equal(Summary.Speakers[0] with { Mentions = null }, read.Speakers[0] with { Mentions = null });
        Assert.Equal(Summary.Speakers[0].Mentions, read.Speakers[0].Mentions);
        Assert.Equal(Summary.Speakers[1] with { Mentions = null }, read.Speakers[1] with { Mentions = null });
    }

    [Fact]
    public void ASummaryWithoutStampOrSpeakersAndWithFieldsFromAnotherVersionStillReads()
    {
        var json = """{"id":"a","future":{"x":[1,2]},"headline":"H","paragraphs":1,"quotes":0,"speakers":[],"fingerprint":"F","stamp":null}"""u8.ToArray();

        var read = ArticleSummaryJson.Read(json);

        Assert.Equal(("a", "H", "F", (string?)null), (read.Id, read.Headline, read.Fingerprint, read.Stamp));
        Assert.Empty(read.Speakers);
    }
}
