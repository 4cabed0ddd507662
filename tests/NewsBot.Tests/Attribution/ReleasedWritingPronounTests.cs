using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Quillane Port Council released a report on Monday. ¶ It also mentions …": "it" may be the report as well as the
/// council that put it out, so it names neither; "The council met on Monday. It said …" still names the council.
/// </summary>
public sealed class ReleasedWritingPronounTests
{
    [Fact]
    public void ItAfterAReleasedReportIsNotTheBodyThatReleasedIt()
    {
        var speakers = Quotes("The Quillane Port Council released a report on Monday about ferry delays.\n\nIt also mentions that three ferries lacked inspections.").Select(q => q.Speaker);
        Assert.DoesNotContain(speakers, s => s?.Name == "Quillane Port Council");
    }

    [Fact]
    public void ItAfterTheBodyAloneIsTheBody()
    {
        var speakers = Quotes("The Quillane Port Council met on Monday about ferry delays.\n\nIt said that three ferries lacked inspections.").Select(q => q.Speaker);
        Assert.Contains(speakers, s => s?.Name == "Quillane Port Council");
    }
}
