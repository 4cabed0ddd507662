using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Back-references by description: "the coach" after a reported clause opened with "her coach, <name>,"; "the
/// company said" closing a sentence that opens with the company's name.
/// </summary>
public sealed class DescribedBodyBackReferenceTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Quotes(body);

    [Fact]
    public void TheCoachIsThePersonTheArticleSaidCoachesTheAthlete()
    {
        var quotes = Quotes("Marta Ellory, a sculler, was suspended for two years by the Quorral Rowing Board.\n\n"
            + "Her lawyer, Ilvo Venn, said she would appeal and that her coach, Ruben Oskar, had watched every session.\n\n"
            + "\"We will fight this,\" he added.\n\n"
            + "Oskar, who has coached Ellory since she was a junior, said the ruling had shocked the squad.\n\n"
            + "\"She has never cut a corner,\" the coach told a local radio station.");
        Assert.Equal("Ruben Oskar", quotes[^1].Speaker?.Name);
    }

    [Fact]
    public void TheCompanyInTheLeadIsTheCompanyTheSentenceNamed()
    {
        var quotes = Quotes("Brindle Paper Works will close its mill at Oxham in June, cutting most of the jobs there, the company said late on Monday.\n\n"
            + "The mill had lost money for three years, the company added.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Brindle Paper Works", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void ANameOpeningTheSentenceIsNoCompanyWithoutItsOwnership()
    {
        var quote = Assert.Single(Quotes("Dalia Moravec will step down in June, the company said late on Monday."));
        Assert.NotEqual("Dalia Moravec", quote.Speaker?.Name);
    }

    [Fact]
    public void ADatelinesPlaceInCapitalsIsNoCompany()
    {
        var quotes = TestArticles.Attribute("Tarvo recalls kites\n\n"
            + "VELMORA, June 3 - Dutch toy maker Tarvo is recalling a batch of kites sold in Velmora, the company said late on Monday.").Quotes;
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.NotEqual("VELMORA", q.Speaker?.Name));
    }
}
