using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Where a found source's name begins and ends: the title holder a pronoun takes up after an opening phrase of time,
/// the place at the end of a description ("from Burlington, Vermont, who said"), the place of an office before the holder's
/// name, and the lowercase particles inside a name.
/// </summary>
public sealed class NamedSourceBoundaryTests
{
    [Fact]
    public void APronounAfterAnOpeningPhraseOfTimeIsTheTitleHolderNotAManMentionedBefore()
    {
        var quotes = Quotes("President Lena Tasso toured the flooded valley on Monday. \"We will rebuild,\" she said.\n\n"
            + "Tomas Vidal, the mayor of Pellham, broke a leg in the flood and spent the night in hospital, the regional government said.\n\n"
            + "Late on Tuesday, the president thanked the rescue crews by name. \"Every one of you held this valley together,\" she wrote.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "wrote");
        Assert.Equal("Lena Tasso", quote.Speaker?.Name);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Tomas Vidal");
    }

    [Fact]
    public void TheStateAfterATownInADescriptionIsNoSourceButThePersonDescribedIs()
    {
        var quotes = Quotes("Outside the hearing stood Walter Grimes, 68, a former lighthouse keeper from Burlington, Vermont, who said the fund had taken his pension.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Walter Grimes", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Fact]
    public void WithNobodyNamedBeforeTheDescriptionThePlaceStillSpeaksForNobody()
    {
        var quotes = Quotes("A former lighthouse keeper from Burlington, Vermont, who said the fund had taken his pension, waited outside.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("Vermont") == true);
    }

    [Fact]
    public void ThePlaceOfAnOfficeEndsWhereTheHoldersKnownGivenNameBegins()
    {
        var quotes = Quotes("Voters backed the former mayor of Quintela Dorothy Lobo, who said she would cut rents.\n\n\"We are ready,\" Lobo said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Dorothy Lobo", q.Speaker?.Name));
    }

    [Fact]
    public void ThePlaceOfAnOfficeEndsWhereANameTheArticleWritesAloneBegins()
    {
        var quotes = Quotes("Polls favour the former governor of Vale Norte Odile Brasseur.\n\n"
            + "Her rival said Odile Brasseur had no plan for housing.\n\n\"We will build,\" Brasseur said.");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Odile Brasseur");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("Norte") == true);
    }

    [Fact]
    public void ALowercaseParticleInsideANameIsPartOfTheName()
    {
        var quotes = Quotes("Odete do Carmo Pinto, a teacher, said she was voting for change.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Odete do Carmo Pinto", quote.Speaker?.Name);
        Assert.Equal("teacher", quote.Speaker?.Role);
    }

    [Fact]
    public void TheConferenceIsTheConferenceTheArticleNamedNotThePersonQuotedBefore()
    {
        var quotes = Quotes("Brookfield beat Lakeside 70-64 in the final of the Northern Lakes Conference tournament.\n\n"
            + "\"We were ready,\" coach Ana Ruiz said.\n\n\"A record crowd for a record season,\" the conference wrote on its website that night.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text.StartsWith("wrote") == true);
        Assert.Equal("Northern Lakes Conference", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void ABandOrARegulatorNobodyNamedIsAnUnnamedBodyNotAPerson()
    {
        var quotes = Quotes("\"We rehearsed all year,\" the band wrote on its website. The regulator said the bank had ignored warnings.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void AnInvestigationIsADocumentNotAPerson()
    {
        var quotes = Quotes("A state investigation found the harbor board had steered contracts to friends.");
        var quote = Assert.Single(quotes);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void ASurnameBeforeTheSecondPersonSharingItIsNamedIsTheFirstOnesWhenBothGivenNamesAreKnown()
    {
        var quotes = Quotes("Sarah Dale scored 30 points for Brookfield.\n\n\"We fought hard,\" Dale said.\n\n"
            + "The coach praised the defense.\n\nLater, Michael Dale, who coaches the boys team, said he was proud.");
        Assert.Equal("Sarah Dale", Assert.Single(quotes, q => q.Source?.Text == "Dale").Speaker?.Name);
    }

    [Fact]
    public void ASurnameBeforeTheSecondPersonSharingItIsNamedIsTheFirstOnesWhenNeitherGivenNameIsKnown()
    {
        var quotes = Quotes("Shanice Dale scored 30 points for Brookfield.\n\n\"We fought hard,\" Dale said.\n\n"
            + "The coach praised the defense.\n\nLater, Rufus Dale, who coaches the boys team, said he was proud.");
        Assert.Equal("Shanice Dale", Assert.Single(quotes, q => q.Source?.Text == "Dale").Speaker?.Name);
        Assert.Equal("Rufus Dale", Assert.Single(quotes, q => q.Source?.Text?.Contains("Rufus") == true).Speaker?.Name);
    }

    [Fact]
    public void ASurnameBeforeAParentSharingItIsNamedIsThePlayerIntroducedFirst()
    {
        var quotes = Quotes("Senior forward Shanice Dale scored 19 points as Brookfield won the final.\n\n"
            + "\"The coach wanted the ball elsewhere,\" Dale said, grinning.\n\n"
            + "In the stands sat Desmond Dale, Shanice's father, who drove all night from Akron.\n\n"
            + "\"She has always loved a big stage,\" Desmond Dale said.");
        Assert.Equal("Shanice Dale", Assert.Single(quotes, q => q.Source?.Text == "Dale").Speaker?.Name);
    }
}
