using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Archivists identified the barge by matching …, said Professor Tarek Holm Varga, a historian at Ornvik University.":
/// the closing inverted attribution reports the whole clause before it; a verb of speech inside that clause ("identified")
/// is no attribution of its own, so its subject is no speaker and the clause is the professor's.
/// </summary>
public sealed class ClosingInvertedNameOwnsTheClauseTests
{
    private const string Text =
        "Archivists identified the barge by matching the carvings on its bow against sketches held in the royal library, said Professor Tarek Holm Varga, a historian at Ornvik University.\n\n"
        + "\"The crest will settle it,\" he told the radio station.";

    [Fact]
    public void TheClauseIsTheProfessors()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("carvings on its bow", StringComparison.Ordinal));
        Assert.Equal("Tarek Holm Varga", quote.Speaker?.Name);
        Assert.StartsWith("Archivists identified", ContentOf(quote), StringComparison.Ordinal);
    }

    [Fact]
    public void HisQuoteAfterIsHis()
    {
        var quote = Assert.Single(Quotes(Text), q => ContentOf(q).Contains("settle it", StringComparison.Ordinal));
        Assert.Equal("Tarek Holm Varga", quote.Speaker?.Name);
    }
}
