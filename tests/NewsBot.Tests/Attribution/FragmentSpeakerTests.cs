using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Pieces of a noun phrase that are no speaker: an adjective before a name, a modifier before a noun read as a verb,
/// one half of a coordination, an adjective before a plural, an abstract noun, an adverb after a pronoun.
/// </summary>
public sealed class FragmentSpeakerTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Attribute("Harbor plan splits the council\n\n" + body).Quotes;

    private static void NoSpeakerNamed(IReadOnlyList<Quote> quotes, string fragment) =>
        Assert.DoesNotContain(quotes, q => q.Speaker is { } s && (s.Name.Contains(fragment, StringComparison.OrdinalIgnoreCase) || s.Role?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true));

    [Fact]
    public void AnAdjectiveOpeningTheSentenceIsNoPartOfTheNameAfterIt()
    {
        var quotes = Quotes("Mayor Ana Ruiz opened the new harbor on Monday.\n\n"
            + "Rival Tom Ellery mocked the plan, saying the harbor \"will flood by spring.\"");
        Assert.Contains(quotes, q => q.Paragraph == 2);
        Assert.All(quotes.Where(q => q.Paragraph == 2), q => Assert.Equal("Tom Ellery", q.Speaker?.Name));
    }

    [Fact]
    public void AGivenNameOpeningTheSentenceStaysPartOfTheName()
    {
        var quotes = Quotes("Mary Ann Lowe said the harbor would flood by spring.");
        Assert.Equal("Mary Ann Lowe", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void TweetsAfterASeriesOfModifiersAreTheNounAndTheirOwnerTheSpeaker()
    {
        var quotes = Quotes("Mayor Ana Ruiz did not address her series of late-night tweets in which she called the council \"a circus.\"\n\n"
            + "Dan Ortiz unleashed a series of angry tweets criticizing the council.");
        NoSpeakerNamed(quotes, "series");
        Assert.Equal("Dan Ortiz", Assert.Single(quotes, q => q.Paragraph == 2).Speaker?.Name);
    }

    [Fact]
    public void TwoCountriesSpeakingTogetherAreNeverOneOfThemTitledWithTheOther()
    {
        var quotes = Quotes("Ahead of the summit, Norway and Denmark unveiled a plan for a joint coast guard.");
        Assert.All(quotes, q => Assert.True(q.Speaker is null || q.Speaker is { Name: "Norway and Denmark", Role: null }, q.Speaker?.ToString()));
    }

    [Fact]
    public void APlaceAdjectiveBeforeAPluralWithARelativeClauseIsPartOfTheSpeaker()
    {
        var quotes = Quotes("Baltic leaders who have long opposed the plan have embraced the idea of a joint fleet, warning that the old ferries will soon fail.");
        Assert.Equal("Baltic leaders (unnamed)", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void AnAbstractNounThatFoundSomethingSaidNothing()
    {
        var quotes = Quotes("The bunkers were never finished. The fear remained but found other targets, such as the new bridge.");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void AnAdverbAfterIIsNoPartOfTheSource()
    {
        var quotes = Quotes("My uncle left the town, which confirmed what I always knew.");
        NoSpeakerNamed(quotes, "always");
    }

    [Fact]
    public void AnUnnamedSourceIsNamedWithoutItsPossessive()
    {
        var quotes = Quotes("Only three towns spend more than the council's recommended 2 percent of their budget on ferries.");
        NoSpeakerNamed(quotes, "council's");
    }

    [Fact]
    public void ADescriptionWithAnotherPartyIsNotTheUnnamedSourceMetBefore()
    {
        var quotes = Quotes("The Republican nominee complained about the microphone.\n\n"
            + "The Democratic presidential nominee said the debate \"went well.\"\n\n"
            + "The GOP nominee said the microphone was broken.");
        Assert.Equal(["Republican nominee (unnamed)", "Democratic presidential nominee (unnamed)", "Republican nominee (unnamed)"],
            quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void APassiveAfterHasBeenIsNoStatementOfItsSubject()
    {
        var quotes = Quotes("The Democratic nominee has been endorsed by a dozen weeklies around the state.");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void EverythingBeforeANameOpensAFreeRelativeAndNamesNobody()
    {
        var quotes = Quotes("Mayor Ana Ruiz spoke at the pier.\n\nNobody listens now. Everything Ruiz says is false until someone checks it.");
        NoSpeakerNamed(quotes, "Everything");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void FindingWaysToDoSomethingIsNoFinding()
    {
        var quotes = Quotes("Many firms and the richest families of the town have found ways to make the fee code work for them.\n\n"
            + "The pilots found a way to dock at night.");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void AConnectiveBeforeAnUnclearItLeavesTheSayingWithoutASpeaker()
    {
        var quotes = Quotes("The Harbor Lantern endorsed Mayor Ana Ruiz in May.\n\n"
            + "Meanwhile, it attacked Ellery, saying he “lacks the patience and the sense to run a port.”");
        var saying = Assert.Single(quotes, q => q.Cue?.Text == "saying");
        Assert.Null(saying.Speaker);
        Assert.StartsWith("he “lacks", TestArticles.ContentOf(saying));
    }

    [Fact]
    public void AConnectiveBeforeAnItForTheNewspaperJustNamedGivesTheSayingToThePaper()
    {
        var quotes = Quotes("The Harbor Ledger endorsed Mayor Ana Ruiz in May.\n\n"
            + "Meanwhile, it attacked Ellery, saying he “lacks the patience and the sense to run a port.”");
        Assert.Equal("Harbor Ledger", Assert.Single(quotes, q => q.Cue?.Text == "saying").Speaker?.Name);
    }
}
