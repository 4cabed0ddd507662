using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Phrases that stand beside a frame without being its speaker or its cue: an aside between commas, a fronted
/// prepositional phrase, an "As X pointed out" opener, a verb of seeming.
/// </summary>
public sealed class FrameAsideTests
{
    [Fact]
    public void TheSubjectWhoContinuesToInsistPastAnAsideIsTheSourceAndTheAsideIsNot()
    {
        var quotes = Quotes("Mayor Ana Ruiz spoke at the dock on Monday. The Democratic mayor continues to insist, most lately on a Coast FM radio hour, that she really, really wants to open the pier but can't because the board is stalling.");
        Assert.DoesNotContain(quotes, q => q.Source?.Text.Contains("Coast FM") == true || q.Speaker?.Name.Contains("Coast FM") == true);
        var quote = Assert.Single(quotes);
        Assert.Equal("The Democratic mayor", quote.Source?.Text);
        Assert.Equal("she really, really wants to open the pier but can't because the board is stalling", ContentOf(quote));
    }

    [Fact]
    public void AVerbThatKeepsOnSayingSpeaksForItsSubject()
    {
        var quotes = Quotes("The harbor board keeps insisting that the pier is unsafe. Mayor Ana Ruiz went on to say that the board had never inspected it.");
        Assert.Equal("the pier is unsafe", ContentOf(Assert.Single(quotes, q => q.Source?.Text == "The harbor board")));
        Assert.Equal("the board had never inspected it", ContentOf(Assert.Single(quotes, q => q.Speaker?.Name == "Ana Ruiz")));
    }

    [Fact]
    public void AnAsideBetweenTheCueAndThatIsNotWhatWasSaid()
    {
        var quotes = Quotes("Mayor Ana Ruiz insisted, most recently at a dock meeting with ferry crews, that the board is stalling.");
        Assert.Equal("the board is stalling", ContentOf(Assert.Single(quotes)));
    }

    [Fact]
    public void AShowNamedInAFrontedPhraseIsNoCueAndItsOwnerNoSpeaker()
    {
        var quotes = Quotes("HARBORVILLE, May 3 (AP) — In a preview clip for Lena Fisk's upcoming Harbor Radio show Tide Talk, Fisk sings an old sea shanty to Mayor Ana Ruiz.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "show" || q.Speaker?.Name.Contains("Harbor Radio") == true);
    }

    [Fact]
    public void AsAUserPointedOutGivesTheUserTheMainClause()
    {
        var quotes = Quotes("As one Twitter user @harborwatcher pointed out with a clever chart, the distance between what riders expect from ferries and what riders expect from buses is so wide it's almost funny.");
        var quote = Assert.Single(quotes);
        Assert.Contains("@harborwatcher", quote.Source?.Text);
        Assert.Equal("pointed out", quote.Cue?.Text);
        Assert.StartsWith("the distance between", ContentOf(quote));
    }

    [Fact]
    public void AsTheMayorNotedGivesHerTheMainClause()
    {
        var quotes = Quotes("As Mayor Ana Ruiz noted on Monday, the ferry has not run on time since June.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("the ferry has not run on time since June", ContentOf(quote));
    }

    [Fact]
    public void WhatSomethingComesAcrossAsIsNoStatement()
    {
        var quotes = Quotes("Mayor Ruiz has heard it all before.\n\n\"I have learned that I cannot be too eager at the podium. It comes across as \"too pushy\" or \"too sharp\" or \"too much.\"\"");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text is "comes");
    }
}
