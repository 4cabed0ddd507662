using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Subjects set off before their cue in the ways reporters write them: a description with an apposition ("Her sister,
/// a retired teacher, said"), a description naming the person ("a retired fisherman named Oskar Velling", "the
/// fisherman Oskar Velling"), and a "where" clause about the place that ends the subject ("Pastor Ivo Kelmane of Hollin
/// Chapel, where the couple married, said"). Each is the speaker; no word of the aside is.
/// </summary>
public sealed class DescribedSubjectBeforeCueTests
{
    [Theory]
    [InlineData("Her sister, a retired teacher, said the school would close next week because of the flood.", "sister (unnamed)")]
    [InlineData("The mayor, a retired teacher, said the school would close next week because of the flood.", "mayor (unnamed)")]
    public void ADescriptionWithAnAppositionSpeaks(string text, string speaker)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Contains("the school would close", ContentOf(quote), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Her neighbour, a retired fisherman named Oskar Velling, said he had refused to leave his goats.")]
    [InlineData("Her neighbour, the fisherman Oskar Velling, said he had refused to leave his goats.")]
    public void TheNameInTheDescriptionSpeaks(string text)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(("Oskar Velling", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void TheWordThatIntroducesTheNameIsNoPartOfTheRole()
    {
        var quote = Assert.Single(Quotes("A retired fisherman named Oskar Velling said he had refused to leave his goats."));
        Assert.Equal(("Oskar Velling", "retired fisherman"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    [Fact]
    public void TheNamedPersonGoesOnAsTheDescriptionThatFollows()
    {
        var quotes = Quotes("Her neighbour, a retired fisherman named Oskar Velling, said he had refused to leave his goats. "
            + "\"My father built that barn,\" the 71-year-old said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Oskar Velling", q.Speaker?.Name));
    }

    [Fact]
    public void AWhereClauseBeforeTheCueDescribesThePlaceNotTheSpeaker()
    {
        var quote = Assert.Single(Quotes("Pastor Ivo Kelmane of Hollin Chapel in Merenval, where the rower was married, said his parish had collected 9,000 crowns for the appeal."));
        Assert.Equal(("Ivo Kelmane", SpeakerType.Person), (quote.Speaker?.Name, quote.Speaker!.Type));
    }

    [Fact]
    public void APastorOfAChurchIsThePastorNotTheChurch()
    {
        var quote = Assert.Single(Quotes("Pastor Ivo Kelmane of Saint Brannoc Church said his parish had collected 9,000 crowns for the appeal."));
        Assert.Equal("Ivo Kelmane", quote.Speaker?.Name);
    }
}
