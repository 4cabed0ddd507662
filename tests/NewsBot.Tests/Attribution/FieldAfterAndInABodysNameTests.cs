using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "According to the Department of Mines and Labour, …": a field that also qualifies titles ("Labour Minister",
/// "Health Secretary") after "and" in a body's name goes on with that name; it is no second person speaking with the
/// first. Two people joined by "and" still name neither.
/// </summary>
public sealed class FieldAfterAndInABodysNameTests
{
    [Theory]
    [InlineData("According to the Department of Mines and Labour, some 40,000 miners work without contracts.", "Department of Mines and Labour")]
    [InlineData("The Ministry of Housing and Health said exports fell.", "Ministry of Housing and Health")]
    public void TheBodySpeaks(string text, string name)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal((name, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void TwoPeopleStillNameNeither() =>
        Assert.Null(Assert.Single(Quotes("Ossi Tarvanen and Labour Minister Ilse Marveld said exports fell.")).Speaker);
}
