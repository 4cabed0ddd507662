using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the younger Mr. Fisk" when the article names a father and his son: the generation word picks the one the article
/// showed to be younger or elder, and when nothing it says decides that, the quote keeps no speaker — never the Fisk
/// mentioned most.
/// </summary>
public sealed class SameSurnameGenerationTests
{
    private const string FatherAndSon = "Harlan Fisk, 71, and his son, Dorian Fisk, 40, grow barley on 900 acres near Colby.\n\n";

    [Fact]
    public void TheSonIsTheYoungerAndTheOtherTheElder()
    {
        var quotes = Quotes(FatherAndSon + "\"We can wait a season,\" the elder Mr. Fisk said.\n\n\"I see what they want,\" the younger Mr. Fisk said.");
        Assert.Equal("Harlan Fisk", Assert.Single(quotes, q => ContentOf(q).Contains("wait a season")).Speaker?.Name);
        Assert.Equal("Dorian Fisk", Assert.Single(quotes, q => ContentOf(q).Contains("what they want")).Speaker?.Name);
    }

    [Fact]
    public void AGenerationWordIsNoJobTitle()
    {
        var quotes = Quotes(FatherAndSon + "\"I see what they want,\" the younger Fisk said.");
        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal(("Dorian Fisk", null), (speaker?.Name, speaker?.Role));
    }

    [Fact]
    public void NothingToTellThemApartLeavesNoSpeaker()
    {
        var quotes = Quotes("Harlan Fisk and Dorian Fisk grow barley on 900 acres near Colby.\n\n\"We can wait a season,\" the elder Mr. Fisk said.");
        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void TheRelationSetBesideTheNameCountsToo()
    {
        var quotes = Quotes("Dale Orsk said the tariffs would hurt. His son, Travis Orsk, who farms alongside him, was more measured. \"I see what they want,\" the younger Mr. Orsk said.");
        Assert.Equal("Travis Orsk", Assert.Single(quotes, q => ContentOf(q).Contains("what they want")).Speaker?.Name);
    }

    [Fact]
    public void ABareSurnameIsThePersonTheArticleIsAboutNotTheRelativeItIntroduced()
    {
        var quotes = Quotes("A judge on Monday freed Daniel Fisk, 47, after a witness recanted.\n\nFisk, who was 19 when he was jailed, embraced his mother, Ines Fisk, 70, in the hallway.\n\n\"I never stopped hoping,\" Fisk told reporters outside the courthouse.");
        Assert.Equal("Daniel Fisk", Assert.Single(quotes, q => ContentOf(q).Contains("never stopped hoping")).Speaker?.Name);
    }
}
