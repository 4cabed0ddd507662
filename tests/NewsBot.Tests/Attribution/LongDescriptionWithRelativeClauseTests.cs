using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A hydrologist at the Vendel Institute of Oceanography who reviewed the study said …": a word for a person
/// with a complement naming a body, described by a relative clause, is the subject of the cue, however many words the
/// body's name takes; and the article naming them later ("said the hydrologist, Tove Lind") names them there too.
/// </summary>
public sealed class LongDescriptionWithRelativeClauseTests
{
    [Fact]
    public void ThePersonBeforeTheComplementSpeaks()
    {
        var quote = Assert.Single(Quotes("A hydrologist at the Vendel Institute of Oceanography who reviewed the study said the sample was too small."));
        Assert.Equal("the sample was too small", ContentOf(quote));
        Assert.StartsWith("hydrologist", quote.Speaker?.Name);
    }

    [Fact]
    public void TheNameGivenLaterNamesTheDescribedSpeaker()
    {
        var quotes = Quotes("A hydrologist at the Vendel Institute of Oceanography who reviewed an early draft said the sample was too small.\n\n"
            + "\"Nobody can count a sea with twenty nets,\" said the hydrologist, Tove Lind.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Tove Lind", q.Speaker?.Name));
    }

    [Fact]
    public void ADescriptionOfAPlaceSetOffBeforeTheClauseIsNotTheSource()
    {
        var quote = Assert.Single(Quotes("A senior relief official in Marrow Bay, the capital, who had no leave to brief reporters, said the convoys were blocked."));
        Assert.Equal("A senior relief official in Marrow Bay", quote.Source?.Text);
    }
}
