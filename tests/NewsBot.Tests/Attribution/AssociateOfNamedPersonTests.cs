using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the player's agent, Tomas Reyes, …" then "His agent said …": someone who acts for a person (an agent, a lawyer)
/// is tied to their name as a relative is, so the plain "his agent" later is that one named agent — never the person
/// they act for, and nobody when the article names no such agent of anyone, or several.
/// </summary>
public sealed class AssociateOfNamedPersonTests
{
    [Theory]
    [InlineData("\"He has given everything to this club,\" the player's agent, Tomas Reyes, told the Harwick Courier.")]
    [InlineData("Okonjo's agent, Tomas Reyes, flew to Harwick on Monday.")]
    [InlineData("Tomas Reyes, his agent, flew to Harwick on Monday.")]
    [InlineData("His agent Tomas Reyes flew to Harwick on Monday.")]
    public void HisAgentIsTheAgentTheArticleNamed(string naming)
    {
        var quotes = Quotes("Marlow striker Daviel Okonjo wants to leave the club this winter.\n\n" + naming + "\n\nHis agent said the talks had stalled.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("stalled"));
        Assert.Equal("Tomas Reyes", quote.Speaker?.Name);
    }

    [Fact]
    public void HerLawyerIsTheLawyerTheArticleNamed()
    {
        var quotes = Quotes("Marlow defender Hanna Delgard sued the club in March. Delgard's lawyer, Ines Marwick, filed the papers on Monday.\n\n"
            + "Her lawyer said the contract was void.");
        Assert.Equal("Ines Marwick", Assert.Single(quotes, q => ContentOf(q).Contains("void")).Speaker?.Name);
    }

    [Fact]
    public void AnAgentOfNobodyTheArticleNamesIsNoOnesAgent()
    {
        var quotes = Quotes("Federal agent Ines Marwick searched the Marlow offices on Monday.\n\n"
            + "Marlow striker Daviel Okonjo wants to leave the club. His agent said the talks had stalled.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("stalled"));
        Assert.NotNull(quote.Speaker);
        Assert.DoesNotContain("Marwick", quote.Speaker!.Name);
        Assert.DoesNotContain("Okonjo", quote.Speaker.Name);
    }

    [Fact]
    public void TwoNamedAgentsLeaveHisAgentUnnamed()
    {
        var quotes = Quotes("Okonjo's agent, Tomas Reyes, flew to Harwick. Delgard's agent, Ines Marwick, stayed home.\n\n"
            + "Marlow striker Daviel Okonjo wants to leave the club. His agent said the talks had stalled.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("stalled"));
        Assert.NotNull(quote.Speaker);
        Assert.DoesNotContain("Reyes", quote.Speaker!.Name);
        Assert.DoesNotContain("Marwick", quote.Speaker.Name);
    }
}
