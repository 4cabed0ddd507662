using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A body named in full, then spoken for by a common noun ("the ministry", "the agency") or, for a document, by a
/// second name ("the 48-page document"): the noun stands for the one body (or document) that fits it, never a guess.
/// </summary>
public sealed class BodyNamedByCommonNounTests
{
    [Fact]
    public void TheMinistryIsTheMinistryNamedInFullThoughALowercaseMinistryCameBefore()
    {
        var quotes = Quotes("A safety audit commissioned by Dravia's canals ministry warned in May that the Ostrel lock could fail.\n\n"
            + "\"The gates are rusted through,\" the audit said.\n\n"
            + "Ministry says it acted in time\n\n"
            + "The Ostrel Ministry of Canals and Ports said its crews had acted on the audit.\n\n"
            + "\"Repairs were to start in spring, once the plans were approved,\" the ministry said.");
        Assert.Equal("Ostrel Ministry of Canals and Ports", Assert.Single(quotes, q => ContentOf(q).Contains("start in spring")).Speaker?.Name);
    }

    [Fact]
    public void TheCompanyAfterTheMinistryIsTheBuilderNamedJustBefore()
    {
        var quotes = Quotes("The Ostrel Ministry of Canals and Ports said its crews had acted on the audit.\n\n"
            + "\"Repairs were to start in spring, once the plans were approved,\" the ministry said.\n\n"
            + "The ministry gave no reason for dropping the plan.\n\n"
            + "The only bidder was Kestrel-Bau, a Tarn-based building company that had kept the lock for a decade. The company says it told the ministry of the rust twice.");
        Assert.Equal("Kestrel-Bau", Assert.Single(quotes, q => ContentOf(q).Contains("of the rust")).Speaker?.Name);
    }

    [Fact]
    public void ThePoliceIsThePoliceThatSpokeWithACapital()
    {
        var quotes = Quotes("Police told reporters that 23 marchers were detained after the rally.\n\n"
            + "Marta Ilves, who led the rally, said it was peaceful.\n\n"
            + "Two officers were hurt, the police added.");
        Assert.Equal("Police", Assert.Single(quotes, q => ContentOf(q).Contains("officers were hurt")).Speaker?.Name);
    }

    [Fact]
    public void TheDocumentByASecondNameIsTheOneReportAlreadyQuoted()
    {
        var quotes = Quotes("A survey report commissioned by the Harlen water board warned last spring that the Tallow dam could give way, documents obtained by the Tarn Courier show.\n\n"
            + "\"The spillway is cracked along its whole length,\" the report said.\n\n"
            + "The work would have cost $3 million, according to the report, drawn up by the Tarn Institute of Soils.\n\n"
            + "The 48-page document recommended lowering the lake by two metres until the repairs were done.");
        var report = Assert.Single(quotes, q => ContentOf(q).Contains("spillway is cracked")).Speaker;
        Assert.NotNull(report);
        Assert.Equal(report.Name, Assert.Single(quotes, q => ContentOf(q).Contains("lowering the lake")).Speaker?.Name);
    }

    [Fact]
    public void TwoWritingsQuotedLeaveTheDocumentUnnamed()
    {
        var quotes = Quotes("A survey report commissioned by the Harlen water board warned last spring that the Tallow dam could give way.\n\n"
            + "\"The spillway is cracked along its whole length,\" the report said.\n\n"
            + "A later audit found that \"no money was ever set aside\" for the work.\n\n"
            + "The 48-page document recommended lowering the lake by two metres until the repairs were done.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("lowering the lake")).Speaker?.Name ?? "";
        Assert.DoesNotContain("report", speaker);
        Assert.DoesNotContain("audit", speaker);
    }

    [Theory]
    [InlineData("Businesswomen")]
    [InlineData("Longshoremen")]
    public void AnOccupationPluralInMenOpeningTheSentenceIsAGroupNotAName(string group)
    {
        var quotes = Quotes("The Harlen board cut the herring catch by a fifth on Friday.\n\n"
            + group + " say the new levy hurts the smallest yards most.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("smallest yards")).Speaker;
        Assert.Equal(group + " (unnamed)", speaker?.Name, ignoreCase: true);
    }
}
