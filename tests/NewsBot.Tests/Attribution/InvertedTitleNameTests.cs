using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>A title whose holder is named after it at the end of the sentence ("…," said the commandant, Jo Doe.), and the unnamed holder quoted before that.</summary>
public sealed class InvertedTitleNameTests
{
    private const string Flood =
        "Crews of the Valley Rescue Force (VRF) have carried 300 people out of the flooded streets, according to officials.\n\n"
        + "The force's commandant, who runs the work from a tent near the depot, said nine boats were out.\n\n"
        + "\"We go house by house. Some people stayed, and now they call us,\" said the commandant, Tomas Brevik.\n\n"
        + "\"Stay on the roof,\" Brevik said.";

    [Fact]
    public void TheNameThatEndsTheSentenceIsTheSpeaker()
    {
        var quote = Assert.Single(Quotes(Flood), q => q.Paragraph == 3);
        Assert.Equal("Tomas Brevik", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Fact]
    public void TheHolderQuotedBeforeTheNameIsThatPerson()
    {
        var quote = Assert.Single(Quotes(Flood), q => q.Paragraph == 2);
        Assert.Equal("Tomas Brevik", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAbbreviationIsNoSentenceEnd()
    {
        var quote = Assert.Single(Quotes("\"We go house by house,\" said the chief, Dr. Lena Marsh."));
        Assert.Equal("Lena Marsh", quote.Speaker?.Name);
    }
}
