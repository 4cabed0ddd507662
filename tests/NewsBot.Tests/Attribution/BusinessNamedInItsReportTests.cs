using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Orvane probe, built by the Kessel-based start-up Dravik Orbital, stopped sending data …, the company said": the one
/// business the sentence itself names by a company's kind is "the company", never one that spoke a paragraph before;
/// and a start-up is a company, so its short name later is the same organization. A confederation of industry is a
/// body, never a person.
/// </summary>
public sealed class BusinessNamedInItsReportTests
{
    private const string Text =
        "LDT said in a statement that its offer of a 2 percent rise was \"the most the company can pay\".\n\n"
        + "The Orvane probe, built by the Kessel-based start-up Dravik Orbital, stopped sending data two minutes after its upper stage fired, the company said in a statement.\n\n"
        + "Dravik said it had formed a review board to study the failure.";

    [Fact]
    public void TheCompanyIsTheStartUpItsReportNames()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("stopped sending data", StringComparison.Ordinal));
        Assert.Equal(("Dravik Orbital", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void ItsShortNameLaterIsTheSameCompany()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("review board", StringComparison.Ordinal));
        Assert.Equal(("Dravik Orbital", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void TwoBusinessesInTheReportLeaveItToNeither()
    {
        var quotes = Quotes("The Orvane probe, built by the start-up Dravik Orbital for the carmaker Holm Motors, stopped sending data, the company said.");
        var quote = Assert.Single(quotes);
        Assert.NotEqual("Dravik Orbital", quote.Speaker?.Name);
        Assert.NotEqual("Holm Motors", quote.Speaker?.Name);
    }

    [Fact]
    public void AConfederationOfIndustryIsABody()
    {
        var quote = Assert.Single(Quotes("The Tarvish Confederation of Industry said that the strike had cost factories about 20 million crowns."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}
