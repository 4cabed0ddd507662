using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Verbs of saying that sit inside someone else's words and so name no speaker: a passive participle after the
/// thing it describes ("the haul advised by biologists"), a relative clause whose object is the noun before it ("the
/// reopening that many anglers had been demanding"), the object of a preposition inside a subject ("members of the
/// council backed"), a body accused of something after an accuser set off by commas, and a participle that describes
/// the noun after it, after a number or an article and an adverb ("512 confirmed cases", "a newly identified virus").
/// </summary>
public sealed class EmbeddedCueTests
{
    [Theory]
    [InlineData("recommended")]
    [InlineData("advised")]
    [InlineData("proposed")]
    public void APassiveParticipleAfterAThingNamesNoSpeaker(string verb)
    {
        var quotes = Quotes($"The ban began after the Norrvik Islands raised their own pike quota to 9,000 tonnes, close to a third of the whole haul {verb} by biologists.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void AVerbInsideAnObjectRelativeClauseNamesNoSpeaker()
    {
        var quotes = Quotes("The lake council kept its fishing ban in place on Monday, saying stocks remained too low to justify the reopening that the mayor and many anglers had been demanding.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name?.Contains("anglers") == true);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name?.Contains("mayor") == true);
    }

    [Fact]
    public void TheObjectOfAPrepositionInsideTheSubjectIsNoSpeaker()
    {
        var quotes = Quotes("The lake council met on Monday.\n\nNot all members of the board backed the plan. Three of the nine members voted to lift the ban.");
        Assert.DoesNotContain(quotes, q => ContentOf(q).StartsWith("Not all members", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuantifierBeforeTheSubjectIsNoContent()
    {
        var quotes = Quotes("The lake council met on Monday.\n\nNot all the members agreed on every point. Three of the nine members voted to lift the ban.");
        Assert.DoesNotContain(quotes, q => ContentOf(q) == "Not all");
    }

    [Fact]
    public void ABodyAccusedOfSomethingIsNotTheSpeaker()
    {
        var quotes = Quotes("The anglers' federation, the Liga Nacional de Pescadores, accused the council of ignoring the science. \"Our members have waited four years,\" the federation said in a statement.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name?.Contains("council") == true);
        Assert.DoesNotContain(quotes, q => ContentOf(q).Contains("Liga Nacional", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Health workers began receiving a vaccine against the Tarnel virus, a newly identified lung infection that has killed 21 people since June.")]
    [InlineData("The ministry recorded 512 confirmed cases as of Friday, 44 of them among nurses.")]
    public void AParticipleDescribingTheNounAfterItNamesNoSpeaker(string sentence)
    {
        Assert.Empty(Quotes(sentence));
    }
}
