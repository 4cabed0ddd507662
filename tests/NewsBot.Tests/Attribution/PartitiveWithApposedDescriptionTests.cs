using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "One of the survivors, a 34-year-old teacher who had stopped for fuel, said she felt …": the description apposed to
/// the partitive that opens the sentence speaks through "said", not the "she felt" inside what she said; and "said the
/// teacher, Ilse Dorn" next names her in both quotes.
/// </summary>
public sealed class PartitiveWithApposedDescriptionTests
{
    [Fact]
    public void TheApposedDescriptionSaysWhatFollows()
    {
        var quote = Assert.Single(Quotes("One of the survivors, a 34-year-old teacher, said she felt the pier sink."));
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("she felt the pier sink", ContentOf(quote));
        Assert.EndsWith("(unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void TheNameGivenNextNamesHer()
    {
        var quotes = Quotes("One of the survivors, a 34-year-old teacher who had stopped for fuel, said she felt the pier \"sink like a stone\" before the deck gave way.\n\n"
            + "\"There was a noise like thunder,\" said the teacher, Ilse Dorn, who swam to the quay.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ilse Dorn", q.Speaker?.Name));
    }
}
