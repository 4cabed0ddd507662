using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Subjects the noun-phrase reader misses: a name set off after a description ("The head of the inquiry, engineer Lars
/// Holm, said"), a word for a person with relative clauses before the cue, a name with a party label, an
/// organization's name opening with "The", and a phrase after an inverted cue that a quote follows.
/// </summary>
public sealed class SubjectApposedTests
{
    [Fact]
    public void ANameAfterADescriptionIsTheSpeakerNotTheDescriptionsLastNoun()
    {
        var quotes = Quotes("A spokesman for the Harbor Defence League, Omar Kesh, told reporters the group had no boats.");
        Assert.Equal("Omar Kesh", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void ANameWithATitleAfterADescriptionSpeaks()
    {
        var quote = Assert.Single(Quotes("The head of the inquiry, Danish engineer Lars Holm, said inspectors had found cracks in 12 of the 40 piers."));
        Assert.Equal("Lars Holm", quote.Speaker?.Name);
        Assert.StartsWith("inspectors had found cracks", ContentOf(quote));
    }

    [Fact]
    public void TwoDescribedSpeakersJoinedByWhileEachSayTheirOwnClause()
    {
        var quotes = Quotes("The Dutch harbor minister, Pieter de Wit, said the Netherlands would join only if fares fell, while the Belgian minister, Marc Dubois, said Antwerp backed it \"without conditions.\"");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Pieter de Wit" && ContentOf(q) == "the Netherlands would join only if fares fell");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Marc Dubois" && ContentOf(q).StartsWith("Antwerp backed it"));
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("Antwerp") == true);
    }

    [Fact]
    public void AWordForAPersonWithTwoRelativeClausesIsTheSubject()
    {
        var quote = Assert.Single(Quotes("A nurse who works nights, who would give only her first name because she feared reprisals, says staff flagged problems with the pumps."));
        Assert.Equal("A nurse", quote.Source?.Text);
        Assert.Equal("staff flagged problems with the pumps", ContentOf(quote));
    }

    [Fact]
    public void AnAnonymousSourceWhoSpokeOnConditionIsTheSpeakerNotTheSubjectOfWhatTheySaid()
    {
        var quote = Assert.Single(Quotes("A harbor official who requested anonymity because talks continue said the board had first demanded a full refund."));
        Assert.Equal("A harbor official", quote.Source?.Text);
        Assert.Equal("the board had first demanded a full refund", ContentOf(quote));
    }

    [Fact]
    public void ANameWithAPartyLabelPraisingSomeoneIsTheSpeaker()
    {
        var quotes = Quotes("Board Chairwoman Ana Ruiz, D-Ore., praised Ellery's record on safety, saying the lawyer had \"done more for crews than anyone.\"");
        Assert.All(quotes, q => Assert.Equal("Ana Ruiz", q.Speaker?.Name));
        Assert.Contains(quotes, q => q.Cue?.Text == "saying");
    }

    [Fact]
    public void AnOrganizationOpeningWithTheSaysWhatItsMembersShouldNotBe()
    {
        var quote = Assert.Single(Quotes("The Ferry Workers Alliance, a union for about 4,000 deckhands, said its crews \"must not be treated as pawns in this fight.\""));
        Assert.Equal("Ferry Workers Alliance", quote.Speaker?.Name);
        Assert.Contains("must not be treated as pawns", ContentOf(quote));
    }

    [Fact]
    public void APluralsPossessiveOpeningTheSentenceIsTheSubject()
    {
        var quote = Assert.Single(Quotes("The deckhands' union rejected what it called a \"cheap\" wage offer on Friday."));
        Assert.Equal("The deckhands' union", quote.Source?.Text);
        Assert.StartsWith("what it called", ContentOf(quote));
    }
}
