using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "according to a timetable the ministry put out": a schedule or a timetable is a writing, as a report is; what it
/// says, the body that released it says, and it is never an unnamed person.
/// </summary>
public sealed class ReleasedScheduleTests
{
    [Theory]
    [InlineData("schedule")]
    [InlineData("timetable")]
    public void AWritingOfTimesReleasedByABodyIsThatBodys(string writing)
    {
        var quotes = Quotes("The Ministry of Harbours cut the ferry budget on Friday.\n\n"
            + $"The Vessby ferry will stop only on Sundays, according to a {writing} released by the ministry.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("only on Sundays"));
        Assert.Equal("Ministry of Harbours", quote.Speaker?.Name);
    }

    [Fact]
    public void AWritingOfTimesNamedNoOtherWayIsNoPerson()
    {
        var quote = Assert.Single(Quotes("The Vessby ferry will stop only on Sundays, according to a timetable published on Monday."));
        Assert.NotEqual(SpeakerType.Person, quote.Speaker?.Type);
    }
}
