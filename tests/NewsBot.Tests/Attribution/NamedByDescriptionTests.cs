using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// People and bodies the article first describes and names after: "a mother who …" is "the woman, Rosalind Okafor";
/// "Dutch toy maker Brindle" is the company that "the company" speaks for; a name that opens with a plural possessive
/// ("the Tenants' and Allotment Party") keeps it.
/// </summary>
public sealed class NamedByDescriptionTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void ADescribedMotherIsTheWomanNamedNext()
    {
        var quotes = BodyQuotes("On the children's ward, a mother who had waited beside her daughter's cot since Monday folded a blanket. "
            + "\"She had a rash and a fever,\" she said.\n\n"
            + "The woman, Rosalind Okafor, 29, a baker from the east of the town, said her daughter was the second child in the building to fall ill.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Rosalind Okafor", q.Speaker?.Name));
        // (what the article called her when it quoted her is still her role there: a reader asks for "the mother")
        Assert.StartsWith("mother", quotes[0].Speaker?.Role);
    }

    [Fact]
    public void TwoDescribedWomenStayUnnamed()
    {
        var quotes = BodyQuotes("A mother waiting by the gate said the bus had not come. \"We waited an hour,\" she said.\n\n"
            + "A grandmother at the same stop said she had given up. \"I will walk,\" she said.\n\n"
            + "The woman, Rosalind Okafor, said the timetable had changed.");
        Assert.DoesNotContain(quotes, q => q.Paragraph < 3 && q.Speaker?.Name == "Rosalind Okafor");
    }

    [Fact]
    public void ATradeBeforeTheNameMakesACompany()
    {
        // (the headline names it first, with nothing to show it is no person's name)
        var quotes = TestArticles.Attribute("Brindle recalls 38,500 kites\n\n"
            + "BRUSSELS, May 2 - Dutch toy maker Brindle is recalling about 38,500 kites sold in Belgium, the company said on Friday.\n\n"
            + "\"We are sorry for the trouble this has caused,\" the company wrote in its notice to shops.").Quotes;
        var statement = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Brindle", statement.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, statement.Speaker?.Type);
    }

    [Fact]
    public void ATradeOpeningTheSentenceMakesACompanyWithoutAHeadline()
    {
        // (the headline reports no speech, so the body's sentence is the first to name it)
        var quotes = TestArticles.Attribute("Kites pulled from shelves in Belgium\n\n"
            + "BRUSSELS, May 2 - Dutch toy maker Brindle is recalling about 38,500 kites, the company said on Friday.\n\n"
            + "Brindle said no child had been hurt.").Quotes;
        Assert.All(quotes, q => Assert.Equal("Brindle", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void ACourtToldSomethingNamesNoCourt()
    {
        // "told the court Vass had …": the court is what he told, and Vass the person the words are about
        var quotes = TestArticles.Attribute("Exchange founder jailed\n\n"
            + "Teodor Vass, the founder of the failed exchange Pexo, was jailed for nine years on Monday.\n\n"
            + "Prosecutor Ilse Damm told the court Vass had hidden the losses for two years.\n\n"
            + "Vass, in a grey suit, read a short statement.\n\n"
            + "\"I am ashamed,\" he said.").Quotes;
        var statement = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(SpeakerType.Person, statement.Speaker?.Type);
        Assert.EndsWith("Vass", statement.Speaker?.Name);
    }

    [Fact]
    public void APluralPossessiveOpensAPartysName()
    {
        var quotes = BodyQuotes("The Tenants' and Allotment Party announced late on Tuesday it was leaving the coalition.");
        Assert.Equal("Tenants' and Allotment Party", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void WhoAfterAPlaceClosingADescriptionIsThePersonDescribed()
    {
        // (the place the nurse is from is no speaker)
        var quotes = BodyQuotes("Among them was Orla Vennick, a 52-year-old retired nurse from Brackmoor, who said she had cast her ballot there for 20 years.");
        Assert.Equal("Orla Vennick", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void AnAgedTradeSetOffBeforeTheNameIsThatPerson()
    {
        var quotes = BodyQuotes("Outside the depot on Monday, where a few dozen drivers waved banners, a 41-year-old taxi driver, Tomas Relling, "
            + "said he had waited four hours for a fare.");
        Assert.Equal("Tomas Relling", Assert.Single(quotes).Speaker?.Name);
    }
}
