using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Words that stand around a speaker and are no part of what was said: the listener of "told" up to its "that", a
/// description set off before the name that closes a sentence, and a title "of" two fields joined by "and".
/// </summary>
public sealed class ListenerAndDescriptionTests
{
    [Theory]
    [InlineData("The federation's chairwoman, Ilse Varga, told the newspaper Tarvik Posten that anglers would protest on Saturday.")]
    [InlineData("The federation's chairwoman, Ilse Varga, told the crowd in front of the harbour office that anglers would protest on Saturday.")]
    public void TheListenerOfToldIsNoPartOfWhatWasSaid(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal("Ilse Varga", quote.Speaker?.Name);
        Assert.Equal("anglers would protest on Saturday", ContentOf(quote));
    }

    [Fact]
    public void ADescriptionBeforeTheClosingNameIsTheSpeakersNotTheContent()
    {
        var quotes = Quotes("At least 17 fishermen were detained, a coastguard spokesman, Captain Oskar Lind Berg, said in the evening. He said the boats had ignored three warnings.");
        var first = Assert.Single(quotes, q => q.Source?.Text != "He");
        Assert.Equal("Oskar Lind Berg", first.Speaker?.Name);
        Assert.Equal("At least 17 fishermen were detained", ContentOf(first));
    }

    [Fact]
    public void ATitleOfTwoFieldsJoinedByAndDescribesTheNameAfterIt()
    {
        var quotes = Quotes("Tarvik's Minister of Lakes and Rivers, Anton-Pierre Sollen, welcomed the ruling.");
        Assert.Equal("Anton-Pierre Sollen", Assert.Single(quotes).Speaker?.Name);
    }

    [Theory]
    [InlineData("Tarvik's Minister of Lakes, Anton Sollen, welcomed the ruling.")]
    [InlineData("The Minister of Lakes, Anton Sollen, welcomed the ruling.")]
    public void TheFieldOfATitleIsNoPersonALaterTitleCouldName(string sentence)
    {
        var quotes = Quotes(sentence + " \"Patience will pay off,\" the minister said.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Lakes");
    }
}
