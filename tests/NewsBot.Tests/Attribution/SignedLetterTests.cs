using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>A letters column: each letter, written in the first person, is its signer's, whose name stands alone under it.</summary>
public sealed class SignedLetterTests
{
    private const string Column =
        "Readers on the ferry fares\n\nLETTERS.\n\n" +
        "I cannot see why the council keeps raising ferry fares. My family rides twice a day.\n\n" +
        "The harbor board should publish its accounts before any new fare.\n\n" +
        "Dana Pike.\n\nSpringfield, Ore.\n\nONLINE.\n\n" +
        "We moved here for the boats, and now we can't afford them. Enough!\n\n" +
        "Ryan Olsen.";

    [Fact]
    public void EveryParagraphOfALetterIsItsSignersOwnWords()
    {
        var article = Attribute(Column);
        Assert.Equal("Dana Pike", Assert.Single(article.Quotes, q => q.Paragraph == 2).Speaker?.Name);
        Assert.Equal("Dana Pike", Assert.Single(article.Quotes, q => q.Paragraph == 3).Speaker?.Name);
        var second = Assert.Single(article.Quotes, q => q.Paragraph == 7);
        Assert.Equal("Ryan Olsen", second.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, second.Kind);
    }

    [Fact]
    public void ThePlaceAndTheSectionLabelsBetweenLettersAreNobodysWords()
    {
        var article = Attribute(Column);
        Assert.DoesNotContain(article.Quotes, q => q.Paragraph is 1 or 4 or 5 or 6 or 8);
    }

    [Fact]
    public void ASingleBylineUnderAColumnSignsNothing()
    {
        var article = Attribute("Why the ferry matters\n\nI have ridden the harbor ferry for thirty years. It is the town's lifeline.\n\nDana Pike.");
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void NamesUnderParagraphsOfNarrationSignNothing()
    {
        var article = Attribute("Harbor awards\n\nThe harbor board gave its annual awards on Friday to two captains.\n\nDana Pike.\n\nThe second award went to the captain of the night ferry.\n\nRyan Olsen.");
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void TheLetterSomeoneWroteSpeaksForThemAndWritingItIsNoStatement()
    {
        var quotes = Attribute("Editor\n\nIvo Brandt edited the Gazette for thirty years. His daughter Lena Osk runs it now.\n\n"
            + "In 2004, after the Gazette backed a rival, Mr. Brandt was furious, and he wrote a letter to the paper, printed by his daughter on page one.\n\n"
            + "\"I have read this paper for forty years,\" the letter began, \"and not once have I felt so ashamed of it.\"").Quotes;
        var quote = Assert.Single(quotes);
        Assert.Equal(3, quote.Paragraph);
        Assert.Equal("Ivo Brandt", quote.Speaker?.Name);
    }
}

