using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "According to" before a body whose name goes on over "for the …", with its initials in brackets, or before the
/// figures a named body put out: the whole body is the source, and only what follows its name is what it said.
/// </summary>
public sealed class AccordingToBodyTests
{
    [Theory]
    [InlineData("According to the Institute for the Study of Fish, biologists have advised a total haul of 310,000 tonnes.")]
    [InlineData("According to the Institute for the Study of Fish (ISF), biologists have advised a total haul of 310,000 tonnes.")]
    [InlineData("According to the Institute for the Study of the Fish (ISF), biologists have advised a total haul of 310,000 tonnes.")]
    public void ABodyNamedOverForTheIsWholeAndItsInitialsAreNoContent(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.StartsWith("Institute for the Study of", quote.Speaker?.Name);
        Assert.Equal("biologists have advised a total haul of 310,000 tonnes", ContentOf(quote));
    }

    [Fact]
    public void FiguresReleasedByABodyAreThatBodysAndItsDescriptionIsNoContent()
    {
        var quote = Assert.Single(Quotes("According to figures released by Fisheries Norrland, the regional fisheries agency, the lake has lost 40 percent of its pike."));
        Assert.Equal("Fisheries Norrland", quote.Speaker?.Name);
        Assert.Equal("the lake has lost 40 percent of its pike", ContentOf(quote));
    }

    [Fact]
    public void FiguresFromABodyWhoseNameHoldsAndAreThatBodys()
    {
        var quote = Assert.Single(Quotes("According to figures from the Norrland Lakes and Rivers Placement Service, about 4,000 jobs depend on the herring fleet."));
        Assert.Equal("Norrland Lakes and Rivers Placement Service", quote.Speaker?.Name);
    }

    [Fact]
    public void AStudyByTwoBodiesStillNamesNeither()
    {
        var quote = Assert.Single(Quotes("According to a study by the Varne Institute and the Ostby Council, about 4,000 jobs depend on the herring fleet."));
        Assert.DoesNotContain("Ostby", quote.Speaker?.Name ?? "");
        Assert.DoesNotContain("Varne", quote.Speaker?.Name ?? "");
    }
}
