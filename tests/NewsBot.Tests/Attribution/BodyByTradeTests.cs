using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the national grid operator, Voltmark," "Marel Tolvan, the ferry carrier," "Insurer Hallgrim said": a name
/// described by a business's trade is that business, and "the operator said" later finds it; a trade that is also a
/// job ("a crane operator") keeps its person.
/// </summary>
public sealed class BodyByTradeTests
{
    [Fact]
    public void TheOperatorIsTheOneBodyTheArticleCalledTheGridOperator()
    {
        var quotes = TestArticles.Quotes("The national grid operator, Voltmark, said on Sunday that it would ration power to heavy industry in Varland.\n\n"
            + "\"We have no spare capacity left,\" the operator said in a statement.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Voltmark", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void AGridOperatorNamedAfterItsTradeIsABody()
    {
        var quotes = TestArticles.Quotes("Grid operator Voltmark blamed the outage on a fault at a substation in Ostmark.\n\n"
            + "\"The fault was found within an hour,\" the operator said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Voltmark", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void TheCarrierIsTheFerryCarrierTheArticleNamed()
    {
        var quotes = TestArticles.Quotes("Marel Tolvan, the ferry carrier, said it would cancel all sailings to Ostmark. The carrier said passengers would get refunds.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marel Tolvan", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void ACraneOperatorIsAPerson()
    {
        var quote = Assert.Single(TestArticles.Quotes("Ilse Marn, a crane operator at the Ostmark docks, said the strike would last a week."));
        Assert.Equal("Ilse Marn", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Theory]
    [InlineData("Insurer", "Hallgrim", "insurer")]
    [InlineData("Lender", "Brask Credit", "lender")]
    [InlineData("Retailer", "Vessa", "retailer")]
    public void ATradeOpeningTheSentenceDescribesTheBodyAfterIt(string trade, string name, string called)
    {
        var quotes = TestArticles.Quotes($"{trade} {name} said claims from the Ostmark floods would rise. \"We are ready,\" the {called} said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(name, q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void ABodyNamedForItsOwnHeadKeepsItsFirstWord()
    {
        var quote = Assert.Single(TestArticles.Quotes("Union Vessa said claims from the Ostmark floods would rise."));
        Assert.Equal("Union Vessa", quote.Speaker?.Name);
    }

    [Fact]
    public void TheOperatorAfterTwoOperatorsSpokeIsNeither()
    {
        var quotes = TestArticles.Quotes("Grid operator Voltmark said the outage began at a substation in Ostmark. Rival grid operator Nordnet said the fault lay elsewhere.\n\n"
            + "\"The fault was not ours,\" the operator said.");
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("not ours"));
        Assert.NotEqual("Voltmark", quote.Speaker?.Name);
        Assert.NotEqual("Nordnet", quote.Speaker?.Name);
    }
}
