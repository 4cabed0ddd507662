using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Results, decrees, charge sheets and catalogues speak as writings do, and a person the reported clause names right
/// after "According to the results," is its subject, never the source.
/// </summary>
public sealed class DocumentSourceTests
{
    [Fact]
    public void ANameThatOpensWhatResultsReportIsItsSubjectNotTheSource()
    {
        var quotes = TestArticles.Quotes("According to the provisional results, Mayor Tessa Varn of the Union Party (UP) won 4,210 votes, against 4,190 for her challenger.");
        var quote = Assert.Single(quotes);
        Assert.Equal("provisional results (unnamed)", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void ADescriptionsNameWithAnAffiliationAndACommaIsStillItsSpeaker()
    {
        var quotes = TestArticles.Quotes("A spokesman for the ferry line, Omar Tessaly of the Harbor Guild, said the boats would run.");
        Assert.Equal("Omar Tessaly", Assert.Single(quotes).Speaker?.Name);
    }

    [Theory]
    [InlineData("The decree, signed on Monday, says new exports are banned.", "decree (unnamed)")]
    [InlineData("The charge sheet says the men took 14 watches from the shop.", "charge sheet (unnamed)")]
    [InlineData("According to the sale catalogue, the vase was made in a Roman workshop.", "sale catalogue (unnamed)")]
    public void AWritingThatDecreesChargesOrListsIsNoPerson(string body, string speaker)
    {
        var quote = Assert.Single(TestArticles.Quotes(body));
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void AStatementFromSomeoneReadOutByAnotherIsTheirs()
    {
        var quotes = TestArticles.Quotes("Former mayor Ivo Brandt, 58, was jailed for six years on Monday.\n\n"
            + "A letter from him was handed to reporters by his son, Oddvar Brandt. \"I never took a coin that was not mine,\" the letter said.");
        Assert.Equal("Ivo Brandt", Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void ALetterFromHerLawyerIsNotHers()
    {
        var quotes = TestArticles.Quotes("Mara Velde, 44, lost her appeal on Monday.\n\n"
            + "A letter from her lawyer, Tomas Wend, was handed to reporters. \"The court got this wrong,\" the letter said.");
        Assert.NotEqual("Mara Velde", Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker?.Name);
    }

    [Theory]
    [InlineData("Barley exports fell 9 percent last year, according to customs data.", "customs data (unnamed)")]
    [InlineData("More than 263 people have fallen ill in the valley, according to statistics compiled by the county health office.", "statistics (unnamed)")]
    [InlineData("According to statistics gathered from the county health office, more than 263 people have fallen ill in the valley.", "statistics (unnamed)")]
    public void ABareWritingAfterAccordingToIsTheSource(string body, string speaker)
    {
        var quote = Assert.Single(TestArticles.Quotes(body));
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Contains("fallen ill", TestArticles.ContentOf(quote).Replace("fell 9 percent", "fallen ill"));
    }
}
