using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A poll of 900 voters by the research firm Tallis Research found …": a study speaks for the body that made it, named
/// after "by" past the study's complement, a time or a place — never for a word of what the study was about, and a
/// number that opens a sentence is nobody's name.
/// </summary>
public sealed class NamedStudySourceTests
{
    [Theory]
    [InlineData("A poll of 900 Norvik voters by the research firm Tallis Research, released in May, found that 52 per cent backed the toll.", "Tallis Research")]
    [InlineData("A study published this week by the Coastal Dockworkers Guild found that 40 percent of its members worked night shifts.", "Coastal Dockworkers Guild")]
    [InlineData("A study of 40 coastal towns over two decades by the Tide Research Center at Norvik University found that the average sea wall cut flood losses by half.", "Tide Research Center")]
    public void AStudySpeaksForTheBodyThatMadeIt(string sentence, string maker)
    {
        var quote = Assert.Single(Quotes("Findings\n\n" + sentence));
        Assert.Equal((maker, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Theory]
    [InlineData("Nine towns sued the Varrow Water Board on Friday, accusing it of hiding test results.")]
    [InlineData("Dozens protested outside the plant on Monday, saying the closure would empty the town.")]
    public void ANumberOpeningTheSentenceIsNoName(string sentence)
    {
        Assert.All(Quotes("Suit\n\n" + sentence), q => Assert.NotEqual(SpeakerType.Person, q.Speaker?.Type ?? SpeakerType.Organization));
    }
}
