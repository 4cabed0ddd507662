using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Who a quote, a description or a pronoun names when the words around it also name someone else: the listener after
/// "told", a body of another kind that spoke just before, a group of sources for one person, a person set beside the
/// pronoun's own "his".
/// </summary>
public sealed class ApposedListenerAndOwnerTests
{
    [Fact]
    public void TheListenerAfterToldIsNeverTheSpeakerOfAQuoteBeforeADescribedName()
    {
        var quote = Assert.Single(Quotes("\"Nothing here was bad luck. It was a string of choices,\" the agency's chief inspector, Maren Tulleby, told a press briefing in the town of Brask."),
            q => ContentOf(q).Contains("string of choices", StringComparison.Ordinal));
        Assert.Equal("Maren Tulleby", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void ABodyOfAnotherKindIsNotTheGroupThatSpokeJustBefore()
    {
        var quotes = Quotes("A criminal group calling itself GreyOwl claimed the attack on Tuesday. It said it had copied patient files.\n\n"
            + "The criminal group said it would publish the files.\n\n"
            + "The clinic group declined to say whether it would pay.");
        Assert.Equal("clinic group (unnamed)", Assert.Single(quotes, q => ContentOf(q).Contains("would pay", StringComparison.Ordinal)).Speaker?.Name);
        Assert.Equal("GreyOwl", Assert.Single(quotes, q => ContentOf(q).Contains("publish", StringComparison.Ordinal)).Speaker?.Name);
    }

    [Fact]
    public void AGroupOfSourcesIsNeverTheOnePersonDescribedAfterIt()
    {
        var quotes = Quotes("Museum to return carved gates to Varnholm\n\n"
            + "A draft rule has been stalled since 2021, according to officials.\n\n"
            + "Prince Jonas Marr Velde, a grandson of the last lock keeper to use the gate, travelled to Brask last year to see the objects for the first time.\n\n"
            + "\"When I saw the gate, my hands shook,\" the 71-year-old retired teacher said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("hands shook", StringComparison.Ordinal));
        Assert.NotEqual("officials (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void APronounIsNeverTheNameSetBesideItsOwnPossessive()
    {
        var quotes = Quotes("The researcher, Professor Tomas Vikerlund, 52, led the unit.\n\n"
            + "Vikerlund rejects the findings. In a note sent through his lawyer, Henrik Osk, he said the errors were made by junior staff.\n\n"
            + "Osk said the panel had ignored his evidence.");
        Assert.Equal("Tomas Vikerlund", Assert.Single(quotes, q => ContentOf(q).Contains("junior staff", StringComparison.Ordinal)).Speaker?.Name);
        Assert.Equal("Henrik Osk", Assert.Single(quotes, q => ContentOf(q).Contains("ignored his evidence", StringComparison.Ordinal)).Speaker?.Name);
    }

    [Theory]
    [InlineData("Centre")]
    [InlineData("Center")]
    [InlineData("Foundation")]
    public void AResearchBodyNamedForItsFieldKeepsTheField(string head)
    {
        var quote = Assert.Single(Quotes($"According to the Osterby-based {head} for Canal Research, the two towns use 40,000 tonnes of salt a year."));
        Assert.Equal($"{head} for Canal Research", quote.Speaker?.Name);
    }

    [Fact]
    public void ACapitalNamingAGovernmentIsNoBodyThatIsMerelyBasedThere()
    {
        var quotes = Quotes("Hungary reopened two crossings with Serbia on Monday.\n\n"
            + "Hungary closed the crossings in 2022, citing a rise in smuggling that Budapest says Belgrade quietly tolerated, a charge Serbia has always rejected.\n\n"
            + "\"This is a bargain, not a friendship,\" said Ana Pell, an analyst at the Centre for Balkan Studies in Budapest.");
        var quote = Assert.Single(quotes, q => ContentOf(q).StartsWith("Belgrade", StringComparison.Ordinal));
        Assert.Equal("Budapest", quote.Speaker?.Name);
    }
}
