using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// The name apposed inside a "who" clause is not the subject who speaks after it; a state
/// abbreviation after a town ("Natchez, Miss.") is never a person; a document released by a named body is its word;
/// "the mediator" is whom a verb made one; "the agency" is the one government body named.
/// </summary>
public sealed class ClauseDocumentAndAgencySpeakerTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Quotes(body);

    [Fact]
    public void TheSubjectBeforeAWhoClauseSpeaksNotTheNameApposedInsideIt()
    {
        var quotes = Quotes("Curtis Dunmore has run the Hollis Creek marina since the spring.\n\n"
            + "Dunmore, who took over the marina from its builder, Amos Pickett, in 2009, said the slips had been dredged twice.\n\n"
            + "\"Boats will come back,\" he said. \"A marina without water won't.\"");
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.EndsWith("Dunmore", q.Speaker?.Name));
    }

    [Fact]
    public void AStateAbbreviationAfterATownIsNeverTheSpeaker()
    {
        var quote = Assert.Single(Quotes("Rosa Quint, the curator of maps at the River Museum in Natchez, Miss., which acquired about 900 of his "
            + "drawings in 2011, said his work stood apart."));
        Assert.Equal("Rosa Quint", quote.Speaker?.Name);
    }

    [Fact]
    public void ADocumentReleasedByANamedDepartmentIsTheDepartmentsWord()
    {
        var quotes = Quotes("The Coastal Safety Department raised the alert to orange on Tuesday.\n\n"
            + "\"Ash is falling on the eastern villages,\" according to a notice released by the department on Friday.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Coastal Safety Department", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void PluralWritingsAndABulletinAreNoPerson()
    {
        var quotes = Quotes("Town budget documents show the pool lost money for six years.\n\n"
            + "One of the suits says the firm ignored the warnings.\n\n"
            + "The bulletin said the roads would stay closed.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.NotEqual(SpeakerType.Person, q.Speaker?.Type));
    }

    [Fact]
    public void TheAgentNounOfAVerbThatGaveANamedPersonARoleIsThatPerson()
    {
        var quotes = Quotes("Marovia's envoy, Vesna Tallor, who is mediating the fishing dispute, told a radio station the quotas would hold.\n\n"
            + "The mediator said the two sides would meet again in June.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Vesna Tallor", q.Speaker?.Name));
    }

    [Fact]
    public void TheAgencyIsTheOneGovernmentBodyTheArticleNamed()
    {
        var quotes = Quotes("The Coastal Safety Department said on Tuesday that the alert would stay at orange.\n\n"
            + "Ferries to the island were cancelled.\n\n"
            + "The agency said a no-fly zone of five miles was in force.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Coastal Safety Department", q.Speaker?.Name));
    }

    [Fact]
    public void TheAgencyIsNobodyWhenTheArticleNamedTwoGovernmentBodies()
    {
        var quotes = Quotes("The Coastal Safety Department said on Tuesday that the alert would stay at orange.\n\n"
            + "The Ministry of Transport said ferries were cancelled.\n\n"
            + "The agency said a no-fly zone of five miles was in force.");
        Assert.Equal("agency (unnamed)", quotes.Single(q => TestArticles.ContentOf(q).Contains("no-fly")).Speaker?.Name);
    }
}
