using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Regional Authority for Digital Safety, known as Rado, said it would …": the name a body goes by, set off between
/// commas, stands between the subject and its cue; the body speaks, and its short name later is the same body.
/// </summary>
public sealed class KnownAsAsideTests
{
    private const string Text =
        "The Regional Authority for Digital Safety, known as Rado, said it would audit the clinic's network.\n\n"
        + "Rado said the attackers had used a stolen password.";

    [Fact]
    public void TheBodyBeforeItsShortNameSpeaks()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("audit the clinic", StringComparison.Ordinal));
        Assert.Equal(("Regional Authority for Digital Safety", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ItsShortNameLaterIsTheSameBody()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("stolen password", StringComparison.Ordinal));
        Assert.Equal("Regional Authority for Digital Safety", quote.Speaker?.Name);
    }

    [Fact]
    public void AlsoKnownAsToo()
    {
        var quote = Assert.Single(Quotes("The Tarvish Seamen's Federation, also known as the TSF, said its members would strike."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
