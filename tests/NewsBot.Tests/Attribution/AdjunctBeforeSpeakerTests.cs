using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Adjuncts that stood between a speaker and the cue, or before the description that names one: a prepositional aside
/// ("for his part") after a kin description, an opening participle's or preposition's phrase before "a spokeswoman,
/// Dana Pell, said".
/// </summary>
public sealed class AdjunctBeforeSpeakerTests
{
    [Fact]
    public void AKinDescriptionBeforeAPrepositionalAsideIsTheSpeakerNotTheManNamedBefore()
    {
        var quotes = Attribute("Pier vote\n\nMayor Ivo Brandt praised the pier plan on Monday.\n\nLena Osk, the new harbor editor, said the paper would survive."
            + " Her father, for his own part, told the board he planned to keep reading it \"as long as it prints.\"").Quotes;
        var quote = Assert.Single(quotes, q => q.Source?.Text == "Her father");
        Assert.NotEqual("Ivo Brandt", quote.Speaker?.Name);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Ivo Brandt" && q.Paragraph == 2);
    }

    [Fact]
    public void ASpokeswomanNamedAfterAnOpeningParticiplePhraseSpeaksAndIsTheSheThatFollows()
    {
        var quotes = Attribute("Ferry delays\n\nA deckhand said the boat was late.\n\nAsked about the delay, a Norvik Ferries spokeswoman, Dana Pell, said the company"
            + " \"followed every rule.\" She declined to say when the first complaint arrived.").Quotes;
        Assert.Contains(quotes, q => q.Paragraph == 2 && q.Speaker?.Name == "Dana Pell" && q.Cue?.Text == "said");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && q.Speaker?.Name != "Dana Pell");
    }

    [Fact]
    public void AChairmanNamedAfterAnOpeningPrepositionalPhraseSpeaks()
    {
        var quote = Assert.Single(Quotes("In a note to members sent the same evening, the club's president, Olav Rusk, said the board had \"tried every option.\""));
        Assert.Equal("Olav Rusk", quote.Speaker?.Name);
    }

    [Fact]
    public void ANameWithAnAgeAfterAnOpeningPhraseIsTheSpeakerAndTheSignsQuoteIsNotTheirs()
    {
        var quote = Assert.Single(Quotes("Standing beside a red truck hung with a sign reading \"No ferries, no town\", Olek Varn, 52, a potato grower from the Tarsa valley,"
            + " said he had driven all night to reach the port."));
        Assert.Equal("Olek Varn", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.StartsWith("he had driven", ContentOf(quote));
    }

    [Fact]
    public void ANameWithAnAgeBeforeWhoSaidIsTheSpeaker()
    {
        var quote = Assert.Single(Quotes("Dozens sought shelter at the library. Among them was Rita Molle, 81, who said the fan in her flat had broken a week ago."));
        Assert.Equal("Rita Molle", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuotedTitleClosingTheDescriptionBeforeTheCueKeepsTheNameTheSpeaker()
    {
        var quote = Assert.Single(Quotes("The strike won support. Alban Crewe, the 79-year-old composer who led the choir for 20 years and was due to conduct \"Aida,\" said he would not walk past the picket line."));
        Assert.Equal("Alban Crewe", quote.Speaker?.Name);
        Assert.Equal("he would not walk past the picket line", ContentOf(quote));
    }
}

