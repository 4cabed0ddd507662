using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Dockers' Union, whose president, Dag Ellefsen, said talks had failed, called a strike": the name set off in the
/// "whose" clause, right before the cue, is the speaker — not the body that owns the president, and not the object of
/// the sentence's own verb — and what the clause reports ends with the clause. After "according to", the same name
/// speaks for the body.
/// </summary>
public sealed class OwnedNameInWhoseClauseTests
{
    [Fact]
    public void TheNameInTheClauseSaidWhatTheClauseReports()
    {
        var quote = Assert.Single(Quotes("The Tarvish Dockers' Union, whose president, Dag Ellefsen, said talks had failed, called a strike for Friday."));
        Assert.Equal(("Dag Ellefsen", "talks had failed"), (quote.Speaker?.Name, ContentOf(quote)));
    }

    [Fact]
    public void AfterAccordingToTheNameInTheClauseIsTheSpeaker()
    {
        var quotes = Quotes("PORT ELMA - According to the Elma Chamber of Shipping, whose president, Lina Marstrand, told reporters the strike would cost millions, shops were short of goods.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Lina Marstrand", quote.Speaker?.Name);
        Assert.DoesNotContain("PORT ELMA", ContentOf(quote));
    }

    [Fact]
    public void AClauseWithAVerbOfItsOwnLeavesTheCueToTheSubject()
    {
        var quote = Assert.Single(Quotes("Ana Vell, whose son, Leo, farms the land, said the river had flooded twice."));
        Assert.Equal("Ana Vell", quote.Speaker?.Name);
    }
}
