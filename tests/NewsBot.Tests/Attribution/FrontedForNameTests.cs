using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "For Odalys Marwood, who runs a bakery, the rise means …": a person named in a fronted "for" phrase is the one the
/// story turns to, so the "she said" that follows is hers, not that of someone named paragraphs before.
/// </summary>
public sealed class FrontedForNameTests
{
    private const string Before = "Forestry Minister Tobias Renk, who flies to Oslo on Friday, was not at the press event.\n\n";

    [Fact]
    public void TheNextPronounIsThePersonTheForPhraseNames()
    {
        var quote = Assert.Single(Quotes(Before + "For Odalys Marwood, who runs a bakery in the old town, the rise means her overdraft will cost more.\n\n"
            + "\"I cannot say how we will pay for it,\" she said."));
        Assert.Equal("Odalys Marwood", quote.Speaker?.Name);
    }

    [Fact]
    public void AnUnlistedNameInTheForPhraseKeepsThePronounFromSomeoneFurtherBack()
    {
        var quote = Assert.Single(Quotes(Before + "For Odalys Marwood, the rise means her overdraft will cost more.\n\n"
            + "\"I cannot say how we will pay for it,\" she said."));
        // nothing says "Odalys Marwood" names a person, but she may well be the one speaking: better no speaker than the minister
        Assert.NotEqual("Tobias Renk", quote.Speaker?.Name);
    }

    [Fact]
    public void AClauseBeforeAnApposedNameIsNoJobTitle()
    {
        // "were first raised … by a payroll clerk" has a verb of its own: it is no description of Mary Voss
        var quote = Assert.Single(Quotes("The errors were first flagged in the spring by a payroll clerk, Mary Voss, who says she was sent to a branch upstate."));
        Assert.Equal("Mary Voss", quote.Speaker?.Name);
        Assert.DoesNotContain("raised", quote.Speaker?.Role ?? "");
    }
}
