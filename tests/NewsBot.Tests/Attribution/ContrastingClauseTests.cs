using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A second statement in the same sentence, opened by a contrasting "while" after a comma: its own subject said it, not
/// the first clause's speaker. And a second "that" clause of the same verb ("…, but that “…”").
/// </summary>
public sealed class ContrastingClauseTests
{
    [Fact]
    public void AWhileClauseAfterAPartialQuoteHasItsOwnSpeaker()
    {
        var quotes = Quotes("Alderman Piet Voss, who had opposed the lease, said the board \"moved far too slowly,\" while Alderwoman Nell Harper said the port should share the blame for the delays.");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Piet Voss" && ContentOf(q).Contains("far too slowly"));
        var harper = Assert.Single(quotes, q => q.Speaker?.Name == "Nell Harper");
        Assert.StartsWith("the port should share the blame", ContentOf(harper));
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Piet Voss" && ContentOf(q).Contains("share the blame"));
    }

    [Fact]
    public void AWhileClauseAfterADescribedSpeakerOfADirectQuoteHasItsOwnSpeaker()
    {
        var quotes = Quotes("\"Nobody warned us at all,\" said Gita Lund, 38, who has sailed the route since 2012, while her brother, Aron Lund, said the owners should have \"told the truth in May\".");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Gita Lund" && q.Kind == QuoteKind.Direct);
        var aron = Assert.Single(quotes, q => q.Speaker?.Name == "Aron Lund");
        Assert.Contains("told the truth in May", ContentOf(aron));
    }

    [Fact]
    public void AnOrganizationsWhileClauseIsItsOwn()
    {
        var quotes = Quotes("The dock board welcomed the deal as \"a fair start,\" while the county's salmon union said it expected prices to fall within a year.");
        var union = Assert.Single(quotes, q => q.Source?.Text == "the county's salmon union");
        Assert.StartsWith("it expected prices", ContentOf(union));
        Assert.Contains(quotes, q => q.Source?.Text == "The dock board" && ContentOf(q).Contains("a fair start"));
    }

    [Fact]
    public void AVerbInsideTheWhileClausesReportIsNoneOfTheFirstSpeakers()
    {
        // the clause's subject is missed here, so the "it" of what it said must not become a speaker of its own
        var quotes = Quotes("The dock board welcomed the deal as \"a fair start,\" while the salmon farmers' union said it expected prices to fall within a year.");
        Assert.DoesNotContain(quotes, q => ContentOf(q).Contains("prices to fall") && q.Speaker?.Name == "dock board (unnamed)");
    }

    [Fact]
    public void AWhileClauseWithoutSpeechReportsNothing()
    {
        var quotes = Quotes("The harbor master said the pier would reopen, while the canal stayed closed to barges.");
        var quote = Assert.Single(quotes);
        Assert.Equal("the pier would reopen", ContentOf(quote));
    }

    [Fact]
    public void ASecondThatClauseOfTheSameVerbIsReportedToo()
    {
        var quotes = Quotes("The auditor, Wren Osei, said her team had found no missing funds, but that \"the board was warned twice.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("Wren Osei", quote.Speaker?.Name);
        Assert.Contains("the board was warned twice", ContentOf(quote));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void AVerbConjoinedInsideAClauseWithItsOwnSubjectIsNotTheFirstSpeakers()
    {
        var quotes = Quotes("The Harbor Trust said fares would rise, but the Port Ministry rejected the claim and accused it of \"spreading panic.\"");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Harbor Trust" && ContentOf(q).Contains("spreading panic"));
        Assert.Contains(quotes, q => q.Speaker?.Name == "Harbor Trust" && ContentOf(q) == "fares would rise");
    }

    [Fact]
    public void ASecondVerbOfTheSameSubjectStillSpeaksForIt()
    {
        var quotes = Quotes("The Harbor Trust said fares would rise but warned that \"ferries will run as usual.\"");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Harbor Trust" && ContentOf(q).Contains("ferries will run"));
    }
}
