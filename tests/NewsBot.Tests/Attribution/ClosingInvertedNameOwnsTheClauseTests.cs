using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Researchers identified the barge by comparing …, said Professor Tarek Holm Varga, a historian at Ornvik University.":
/// the closing inverted attribution reports the whole clause before it; a verb of speech inside that clause ("identified")
/// is no attribution of its own, so its subject is no speaker and the clause is the professor's.
/// </summary>
public sealed class ClosingInvertedNameOwnsTheClauseTests
{
    private const string Text =
        "Researchers identified the barge by comparing the shape of its bow with drawings kept at the royal archive, said Professor Tarek Holm Varga, a historian at Ornvik University.\n\n"
        + "\"The crest will be the final proof,\" he told the radio station.";

    [Fact]
    public void TheClauseIsTheProfessors()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("comparing the shape", StringComparison.Ordinal));
        Assert.Equal("Tarek Holm Varga", quote.Speaker?.Name);
        Assert.StartsWith("Researchers identified", ContentOf(quote), StringComparison.Ordinal);
    }

    [Fact]
    public void HisQuoteAfterIsHis()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("final proof", StringComparison.Ordinal));
        Assert.Equal("Tarek Holm Varga", quote.Speaker?.Name);
    }
}
