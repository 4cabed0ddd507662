using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Tollmere chief executive Daniel Okumbeyo apologised … and said …": the title after the company's name describes
/// the person named next, so the subject of the conjoined "said" is that person, never the company alone.
/// </summary>
public sealed class TitleBeforeConjoinedCueTests
{
    [Theory]
    [InlineData("Tollmere chief executive Daniel Okumbeyo")]
    [InlineData("Tollmere chief executive Daniel Kiptoo Okumbeyo")]
    public void TheSubjectOfTheConjoinedCueIsThePersonTheTitleDescribes(string subject)
    {
        var quotes = Quotes("Customers of the lender's app could not pay for hours on Tuesday.\n\n"
            + subject + " apologised to customers on Wednesday and said the fault had come from a faulty server update.");
        var fault = Assert.Single(quotes, q => ContentOf(q).Contains("faulty server update"));
        Assert.Equal(SpeakerType.Person, fault.Speaker?.Type);
        Assert.EndsWith("Okumbeyo", fault.Speaker?.Name);
    }
}
