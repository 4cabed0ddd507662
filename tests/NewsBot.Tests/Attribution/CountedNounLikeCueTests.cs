using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "several partner states vetoed it": a count of more than one before a singular modifier counts the cue word, which is
/// then a plural noun and no verb of speech ("several member" is no speaker).
/// </summary>
public sealed class CountedNounLikeCueTests
{
    [Fact]
    public void ACountBeforeAModifierMakesTheCueWordItsNoun()
    {
        Assert.DoesNotContain(Quotes("The bid stalled in March, but several member states vetoed it since the port board would not sign."),
            q => q.Cue?.Text == "states");
        Assert.Empty(Quotes("Three partner states vetoed the levy on Tuesday."));
        Assert.Empty(Quotes("Many party rules changed after the spring congress."));
    }

    [Fact]
    public void ASingleSubjectStillStates()
    {
        var quote = Assert.Single(Quotes("The memo states that every clerk must sign in before noon."));
        Assert.Equal("states", quote.Cue?.Text);
        Assert.Equal("states", Assert.Single(Quotes("The 2037 member survey states that most dues are paid in May.")).Cue?.Text);
    }
}
