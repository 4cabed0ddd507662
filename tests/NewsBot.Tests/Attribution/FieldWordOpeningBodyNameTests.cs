using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Health Norland, the national health agency": a word that only qualifies a title ("Health" as in "Health Minister")
/// opening a name the article calls a body is part of that body's name, not the title of a person called "Norland".
/// </summary>
public sealed class FieldWordOpeningBodyNameTests
{
    private static Quote QuoteWith(string article, string words) =>
        Assert.Single(TestArticles.Attribute(article).Quotes, q => TestArticles.ContentOf(q).Contains(words));

    [Fact]
    public void AFieldWordAndANameCalledAnAgencyAreThatAgency()
    {
        var quote = QuoteWith("Wards short of staff\n\nHealth Varnmark, the national health agency, said in a statement that it would hire more nurses.", "more nurses");
        Assert.Equal("Health Varnmark", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void TheAgencyKeepsItsNameInALaterStatement()
    {
        var quote = QuoteWith("Wards short of staff\n\nThe clinic has 71 vacancies, according to Health Varnmark, the national health agency.\n\nHealth Varnmark said in a statement that it would hire more nurses.", "more nurses");
        Assert.Equal("Health Varnmark", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void ATitledPersonDescribedByABodyStaysAPerson()
    {
        var quote = QuoteWith("Wards short of staff\n\nMinister Olav Varnmark, the head of the national health agency, said in a statement that he would hire more nurses.", "more nurses");
        Assert.Equal("Olav Varnmark", quote.Speaker?.Name);
    }
}
