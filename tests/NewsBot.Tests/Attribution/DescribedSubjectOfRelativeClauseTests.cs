using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A person the article describes by a relative clause before naming them speaks as the subject of the cue after the
/// clause: past an introductory phrase ("On the quay at Dunmore, a skipper who …"), by a "whose" clause with a verb of
/// its own ("A widow whose bakery was flooded said …"), and under a word the lexicon does not know ("who" is said of
/// people). The name the next paragraph gives the description ("the skipper, <Name>") is then that speaker's.
/// </summary>
public sealed class DescribedSubjectOfRelativeClauseTests
{
    [Fact]
    public void APersonDescribedAfterAnIntroductoryPhraseSpeaksAndIsNamedNext()
    {
        var quotes = Quotes("On the quay at Dunmore, a skipper who has run the same little ferry since he left school said he had dropped two crossings a day.\n\n"
            + "\"Diesel costs twice what it did,\" said the skipper, Olav Brenning, 51.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Olav Brenning", q.Speaker?.Name));
    }

    [Fact]
    public void APersonDescribedByAWhoseClauseSpeaks()
    {
        var quote = Assert.Single(Quotes("A widow whose bakery on the quay was flooded in April said she had reopened only last week."));
        Assert.Equal("widow (unnamed)", quote.Speaker?.Name);
        Assert.StartsWith("she had reopened", ContentOf(quote));
    }

    [Fact]
    public void TheVerbRightAfterAWhosePhraseIsTheClausesOwn()
    {
        // (the son said it, not the widow: nothing here is hers)
        Assert.DoesNotContain(Quotes("A widow whose son said she was ill sold the bakery in May."), q => q.Speaker?.Name == "widow (unnamed)");
    }
    [Fact]
    public void ABodysNameSetOffBeforeAWhoseClauseStaysNamed()
    {
        var quotes = Quotes("The Tarnby Water Board, whose auditors checked the pumps for a year, blamed a supplier in a written note and said the fault was theirs.\n\n"
            + "The board said it would replace the pumps by spring.");
        Assert.All(quotes, q => Assert.Equal("Tarnby Water Board", q.Speaker?.Name));
    }

    [Fact]
    public void AClauseWithAVerbOfSayingIsNoDescribedSubject()
    {
        var quotes = Quotes("The Tarnby Water Board warned of cuts on Monday.\n\n"
            + "The board said tenants whose taps ran dry would be told first, and asked others to save water.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name?.Contains("tenants") == true);
        Assert.All(quotes, q => Assert.Equal("Tarnby Water Board", q.Speaker?.Name));
    }

    [Fact]
    public void ALaterCuePastTheSentencesOwnVerbOfSayingHasItsOwnSubject()
    {
        var quotes = Quotes("Hana Ostrand runs the yard.\n\n"
            + "A welder who asked to stay nameless as the yard inquiry had yet to open said the pump had been swapped in May, a detail Ostrand declined to confirm.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "welder (unnamed)" && q.Cue?.Text == "declined");
    }
}
