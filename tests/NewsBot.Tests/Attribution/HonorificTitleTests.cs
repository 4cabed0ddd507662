using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Cllr Tembe" after "Council leader Odalys Tembe": a British councillor's title before a surname is the person the
/// article named with it, as "Mr" or "Dr" is; and a bare honorific ("Dr.", "Cllr") is no job title when the article
/// gives a real one ("a regional health officer", "Green councillor").
/// </summary>
public sealed class HonorificTitleTests
{
    [Fact]
    public void CllrAndASurnameIsThePersonNamedBefore()
    {
        var quotes = Quotes("Council leader Odalys Tembe, no member of the panel, backed the plan as the meeting opened.\n\n"
            + "\"This is the best offer the town has had in years,\" Cllr Tembe said.");
        Assert.Equal("Odalys Tembe", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void TheTitleTheArticleGaveOutranksTheHonorific()
    {
        var quotes = Quotes("Green councillor Oskar Blyth, who voted against, said the site was too close to homes.\n\n"
            + "Cllr Blyth said he wanted the vote put off.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Oskar Blyth", "Green councillor"), (q.Speaker?.Name, q.Speaker?.Role)));
    }

    [Fact]
    public void ADescriptionOutranksDoctor()
    {
        var quote = Assert.Single(Quotes("\"This is what gaps in vaccination look like,\" said Dr. Ilse Vorwerk, a regional health officer for the agency, in an interview."));
        Assert.Equal(("Ilse Vorwerk", "regional health officer for the agency"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    [Fact]
    public void AnHonorificAfterTheTitleIsNoPartOfIt()
    {
        var quote = Assert.Single(Quotes("Senior forecaster Dr Ilse Vorwerk said the storm would turn north by Friday."));
        Assert.Equal(("Ilse Vorwerk", "Senior forecaster"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }
}
