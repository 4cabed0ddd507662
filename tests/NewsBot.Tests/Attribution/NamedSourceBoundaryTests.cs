using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Where a found source's name begins and ends: the title holder a pronoun takes up after an opening phrase of time,
/// the place at the end of a description ("from Dayton, Ohio, who said"), the place of an office before the holder's
/// name, and the lowercase particles inside a name.
/// </summary>
public sealed class NamedSourceBoundaryTests
{
    [Fact]
    public void APronounAfterAnOpeningPhraseOfTimeIsTheTitleHolderNotAMayorMentionedBefore()
    {
        var quotes = Quotes("President Lena Morales toured the flooded valley on Monday. \"We will rebuild,\" she said.\n\n"
            + "Tomas Vidal, the mayor of Ashford, was among the injured and was taken to hospital, the regional government said.\n\n"
            + "Late on Tuesday, the president thanked Canada and Mexico for their help. \"This country always stands up again,\" she wrote.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "wrote");
        Assert.Equal("Lena Morales", quote.Speaker?.Name);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Tomas Vidal");
    }
}
