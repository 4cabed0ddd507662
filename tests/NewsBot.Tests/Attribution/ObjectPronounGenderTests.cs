using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "His daughter, Ondina Varo, a 41-year-old surgeon, defended him on a phone-in show. “…,” she said.": an object pronoun in
/// the subject's own clause is someone else, so "him" tells nothing of the daughter's gender and her "she said" stays
/// hers, never her father's. A possessive ("said her plan") still tells the subject's.
/// </summary>
public sealed class ObjectPronounGenderTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    private const string Story =
        "A judge on Monday ordered the detention of former ports minister Anselmo Varo over a dredging contract.\n\n"
        + "Varo, who denies any wrongdoing, told the judge in April that every price had been approved by a committee.\n\n"
        + "His daughter, Ondina Varo, a 41-year-old surgeon, defended him on a morning phone-in show. "
        + "\u201cMy father has attended every hearing,\u201d she said.";

    [Fact]
    public void HimAsAnObjectDoesNotMakeTheDaughterAMan()
    {
        var quote = Assert.Single(BodyQuotes(Story), q => q.Content[0].Text.Contains("attended every hearing"));
        Assert.Equal("Ondina Varo", quote.Speaker?.Name);
    }

    [Fact]
    public void HerAsAnObjectDoesNotMakeTheSonAWoman()
    {
        var quotes = BodyQuotes(Story.Replace("former ports minister Anselmo Varo", "former ports minister Anselma Varo").Replace("His daughter, Ondina Varo, a 41-year-old surgeon, defended him", "Her son, Teodor Varo, a 41-year-old surgeon, defended her")
            .Replace("My father has", "My mother has").Replace("she said.", "he said."));
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("attended every hearing"));
        Assert.Equal("Teodor Varo", quote.Speaker?.Name);
    }
}
