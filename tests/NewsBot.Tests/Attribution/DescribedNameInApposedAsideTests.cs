using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "…, while his brother, the carpenter Brannoc Vinter, said the toll would …": a word for a person and a name after it,
/// set off after a description, name the second speaker of the sentence — whether or not the lexicon knows the given
/// name. A body's name there ("the report, the first by Acme Group, said") is no person's.
/// </summary>
public sealed class DescribedNameInApposedAsideTests
{
    [Fact]
    public void TheNameAfterAWordForAPersonIsTheSecondSpeaker()
    {
        var quotes = Quotes("“We were never asked,” said Odile Marsk, 54, a ferry pilot who moors at the east quay, while his brother, the carpenter Brannoc Vinter, said the toll would “empty the harbour”.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Brannoc Vinter", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void ABodysNameInTheAsideIsNoSpeaker()
    {
        var quotes = Quotes("The survey, the first by Halden Research Group, said fees would rise.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Halden Research Group");
    }
}
