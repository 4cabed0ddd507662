using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Orvane rocket, built by the Kessel-based start-up Dravik Aerospace, lost contact …, the company said": the one
/// business the sentence itself names by a company's kind is "the company", never one that spoke a paragraph before;
/// and a start-up is a company, so its short name later is the same organization. A confederation of commerce is a
/// body, never a person.
/// </summary>
public sealed class BusinessNamedInItsReportTests
{
    private const string Text =
        "LDT said in a statement that its offer of a 2 percent rise was \"the most the company can pay\".\n\n"
        + "The Orvane rocket, built by the Kessel-based start-up Dravik Aerospace, lost contact with controllers shortly after its second stage ignited, the company said in a statement.\n\n"
        + "Dravik said it had formed a review board to study the failure.";

    [Fact]
    public void TheCompanyIsTheStartUpItsReportNames()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("lost contact", StringComparison.Ordinal));
        Assert.Equal(("Dravik Aerospace", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ItsShortNameLaterIsTheSameCompany()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("review board", StringComparison.Ordinal));
        Assert.Equal(("Dravik Aerospace", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void TwoBusinessesInTheReportLeaveItToNeither()
    {
        var quotes = Quotes("The Orvane rocket, built by the start-up Dravik Aerospace for the carmaker Holm Motors, lost contact with controllers, the company said.");
        var quote = Assert.Single(quotes);
        Assert.NotEqual("Dravik Aerospace", quote.Speaker?.Name);
        Assert.NotEqual("Holm Motors", quote.Speaker?.Name);
    }

    [Fact]
    public void AConfederationOfCommerceIsABody()
    {
        var quote = Assert.Single(Quotes("The Tarvish Confederation of Commerce estimated that the strike had cost shops about 20 million crowns."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
