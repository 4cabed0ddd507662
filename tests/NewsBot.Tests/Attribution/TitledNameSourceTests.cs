using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Names and titles inside the source phrase: "The Minister for Fisheries, Maeve Corrigan, said" names Maeve Corrigan,
/// not a person called "Fisheries"; a body's name is kept whole; a kin word carries its possessor's surname.
/// </summary>
public sealed class TitledNameSourceTests
{
    [Fact]
    public void ATitleForAFieldBeforeAnApposedNameIsThatPersonsTitle()
    {
        var quotes = Quotes("The Minister for Fisheries, Maeve Corrigan, said the new quota was \"not up for debate\".\n\n"
            + "The minister said the inshore fleet would be paid for its lost days.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Maeve Corrigan", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }


    [Fact]
    public void APersonOfAFirmIsOneSpeaker()
    {
        var quotes = Quotes("\"The board has folded,\" said Dara Quill of Whitmore Lane Partners.\n\n"
            + "Quill said the shares would \"drift for months\".");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Dara Quill", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }
}
