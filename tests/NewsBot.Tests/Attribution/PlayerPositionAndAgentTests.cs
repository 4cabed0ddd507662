using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Winger Ilsa Marrow wants to leave the club, her agent said.": the agent closing the sentence reports what the player
/// wants (never the player speaking), and a player's position before the name is her role, not part of her name.
/// </summary>
public sealed class PlayerPositionAndAgentTests
{
    [Fact]
    public void TheAgentClosingTheSentenceReportsWhatThePlayerWants()
    {
        var quotes = Quotes("Winger Ilsa Marrow wants to leave the club this winter, her agent said on Tuesday.\n\n\"I want to play,\" Marrow said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("agent (unnamed)", quotes[0].Speaker?.Name);
        Assert.Equal("Winger Ilsa Marrow wants to leave the club this winter", ContentOf(quotes[0]));
        Assert.Equal(("Ilsa Marrow", "Winger"), (quotes[1].Speaker?.Name, quotes[1].Speaker?.Role));
    }

    [Fact]
    public void HisLawyerIsNotTheOneTheArticleCalledHerLawyer()
    {
        var quotes = Quotes("Members were angry that Vorn's lawyer Petra Lusk was granted immunity.\n\nSenator Ida Vorn denied any wrongdoing.\n\n"
            + "The panel held Tomas Brede in contempt for refusing to appear. His lawyer said he would not answer questions.");
        var lawyer = Assert.Single(quotes, q => ContentOf(q).Contains("would not answer"));
        Assert.NotEqual("Petra Lusk", lawyer.Speaker?.Name);
    }
}
