using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>"the airline said" after "Tallis Airways": a carrier named for its trade in the plural is the one "the airline" stands for.</summary>
public sealed class NamedBodyReferredBackTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void TheAirlineIsTheAirwaysNamedInTheSameSentence()
    {
        var quotes = BodyQuotes("A Tallis Airways jet bound for Quito turned back over the sea on Monday after a cabin filled with smoke, the airline said.\n\nThe airline said all 140 passengers were rebooked.");
        Assert.All(quotes, q => Assert.Equal("Tallis Airways", q.Speaker?.Name));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void TheRailwayIsTheRailwaysNamedBefore()
    {
        var quotes = BodyQuotes("Eastmoor Railways cancelled its evening trains on Friday.\n\nThe railway said the line would reopen on Monday.");
        Assert.Equal("Eastmoor Railways", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void TheStateIsNeverTheUnitedStates()
    {
        var quotes = BodyQuotes("The United States sent two inspectors to the port.\n\nThe state said the port would stay open.");
        Assert.NotEqual("United States", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void AShortNameAnOrganizationIsKnownAsIsThatOrganization()
    {
        var quotes = BodyQuotes("The reservoir is at 4% of capacity, according to the National Water Board, known as Watbo.\n\n"
            + "Watbo said in a statement that it had approved nine new wells.");
        var statement = Assert.Single(quotes, q => q.Paragraph == 2);
        Assert.Equal("National Water Board", statement.Speaker?.Name);
        Assert.Equal(NewsBot.Knowledge.Attribution.SpeakerType.Organization, statement.Speaker?.Type);
    }
}
