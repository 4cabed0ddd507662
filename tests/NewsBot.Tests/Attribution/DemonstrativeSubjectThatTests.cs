using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Aldo Renn said that was too late.": a "that" right before a verb is the pronoun the reported clause is about, its
/// subject, so it stays in what was said; the "that" of "said that the plan was too late" only introduces the clause.
/// </summary>
public sealed class DemonstrativeSubjectThatTests
{
    [Theory]
    [InlineData("Aldo Renn said that was too late for the growers.", "that was too late for the growers")]
    [InlineData("Aldo Renn said on Tuesday that would be a mistake for Velmar.", "that would be a mistake for Velmar")]
    [InlineData("Aldo Renn warned that is not enough to save the orchards.", "that is not enough to save the orchards")]
    [InlineData("Aldo Renn said that the levy was too late for the growers.", "the levy was too late for the growers")]
    public void AThatBeforeAVerbStaysInWhatWasSaid(string sentence, string content)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(content, ContentOf(quote));
        Assert.Equal("Aldo Renn", quote.Speaker?.Name);
    }
}
