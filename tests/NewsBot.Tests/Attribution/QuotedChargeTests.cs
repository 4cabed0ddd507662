using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A woman's husband named once in passing ("Her husband, Yakiv Orlenko, a poet, is serving a sentence on charges of
/// "…"") shares her surname: the charge in quote marks is not his statement, so he is no speaker the article keeps
/// quoting, and her "Orlenko said" and "she said" are never his.
/// </summary>
public sealed class QuotedChargeTests
{
    private const string Article =
        "Orysia Orlenko, an exiled lawyer, won the Harbor Prize on Friday.\n\n"
        + "Orlenko, 51, founded a legal aid group in 2011. Her husband, Yakiv Orlenko, a poet, is serving a long prison sentence on charges of \"spreading rumours.\"\n\n"
        + "Reached by phone, Orlenko said she had been cooking dinner when the board called. \"I laughed at first. Then I cried,\" she said.";

    [Fact]
    public void AChargeInQuoteMarksIsNoStatementOfTheOneCharged()
    {
        Assert.DoesNotContain(Quotes(Article), q => ContentOf(q).Contains("spreading rumours"));
    }

    [Fact]
    public void SheAfterAHusbandNamedInPassingIsTheWifeNeverHim()
    {
        var quotes = Quotes(Article);
        Assert.Contains(quotes, q => ContentOf(q).Contains("I laughed"));
        Assert.All(quotes.Where(q => ContentOf(q).Contains("I laughed") || ContentOf(q).Contains("cooking dinner")), q => Assert.Equal("Orysia Orlenko", q.Speaker?.Name));
    }
}
