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
        var quotes = Quotes("The Harlan Rowing Board suspended Marta Ellory, 24, for two years on Friday.\n\n"
            + "Her lawyer, Paolo Venn, said she would appeal and that her coach, Ruben Oskar, had watched every session.\n\n"
            + "\"We will fight this,\" he added.\n\n"
            + "Oskar, who has coached Ellory since 2015, said the ruling had shocked the squad.\n\n"
            + "\"She has never cut a corner,\" the coach told a local radio station.");
        Assert.Equal("Ruben Oskar", quotes[^1].Speaker?.Name);
    }

    [Fact]
    public void TheCompanyInTheLeadIsTheCompanyTheSentenceNamed()
    {
        var quotes = Quotes("Brindle Paper Works will close its mill at Oxham in June, cutting about 400 jobs, the company said on Monday.\n\n"
            + "The mill had lost money for three years, the company said in a statement.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Brindle Paper Works", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void ANameOpeningTheSentenceIsNoCompanyWithoutItsOwnership()
    {
        var quote = Assert.Single(Quotes("Dalia Moravec will step down in June, the company said on Monday."));
        Assert.NotEqual("Dalia Moravec", quote.Speaker?.Name);
    }
}
