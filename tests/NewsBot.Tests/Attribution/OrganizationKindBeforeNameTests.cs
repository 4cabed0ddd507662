using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"the watchdog group Clear Budget Watch sent …" then "“…,” the group wrote.": the kind word before a name makes "the group" that body.</summary>
public sealed class OrganizationKindBeforeNameTests
{
    [Theory]
    [InlineData("On Monday the watchdog group Clear Budget Watch sent the council a letter saying the plan left out two costs.")]
    [InlineData("The watchdog group Clear Budget Watch sent the council a letter.")]
    public void TheGroupIsTheBodyNamedAfterItsKind(string introduction)
    {
        var quote = Assert.Single(Quotes(introduction + "\n\n\"The plan is missing numbers that matter,\" the group wrote."), q => q.Paragraph == 2);
        Assert.Equal("Clear Budget Watch", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void ANameSplitAtItsForIsNotGivenInPart()
    {
        var quotes = Quotes("On Monday the watchdog group Voters for Clear Budgets sent the council a letter.\n\n\"The plan is missing numbers that matter,\" the group wrote.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Voters");
    }
}
