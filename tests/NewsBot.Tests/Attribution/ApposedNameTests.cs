using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A spokeswoman for the Harbor Pilots Guild, Lena Marsk, told …": the person a description sets apart by name
/// is the speaker, never the organization or place the description mentions; and a person goes by the fullest name
/// the article gives them.
/// </summary>
public sealed class ApposedNameTests
{
    [Theory]
    [InlineData("A spokeswoman for the Harbor Pilots Guild, Lena Marsk, told reporters that the pilots would stay home.", "Lena Marsk")]
    [InlineData("The regional director for Palvania, Greta Lindholm, wrote in a letter that the camps were full.", "Greta Lindholm")]
    [InlineData("Palvania's minister of fisheries and coastal affairs, Per Lunde, argued that strict quotas would ruin small fleets.", "Per Lunde")]
    public void TheNameBetweenCommasAfterADescriptionIsTheSpeaker(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Person), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void ALongTitleEndsBeforeTheGivenName()
    {
        var quotes = Quotes("Assistant Secretary of Commerce for Ports and Coastal Trade Paula Renner said in a statement that the lease was void.\n\n"
            + "Renner said the ruling was final.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Paula Renner", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Theory]
    [InlineData("Senior guard Rebecca \"Becca\" Tolliver scored 20 points.\n\nTolliver said the team had \"never quit.\"", "Rebecca Tolliver")]
    [InlineData("Josephine \"Jo\" Tolliver scored 20 points.\n\nTolliver said the team had \"never quit.\"", "Josephine Tolliver")]
    [InlineData("The ferry pilot Simon Arkwright, of Pell & Crane, had warned of delays.\n\nArkwright said the board had \"lost the plot.\"", "Simon Arkwright")]
    public void ASurnameGoesByTheFullNameTheArticleWroteBeforeIt(string body, string name)
    {
        var speaker = Quotes(body).Last().Speaker;
        Assert.Equal((name, SpeakerType.Person), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void APersonWithAGivenNameInTheTextIsNeverMadeTheCompany()
    {
        var quotes = Quotes("The ferry pilot Simon Arkwright, of Pell & Crane, had warned of delays.\n\nArkwright said the board had \"lost the plot.\" The company also announced a buyback.");
        Assert.Contains(quotes, q => q.Speaker is { Name: "Simon Arkwright", Type: SpeakerType.Person });
        Assert.DoesNotContain(quotes, q => q.Speaker is { Name: "Simon Arkwright", Type: SpeakerType.Organization });
    }

    [Fact]
    public void SheIsNeverPeopleSpeakingTogether()
    {
        var quotes = Quotes("Several people close to the harbor board said a deal was near.\n\n\"None of this happens without our staff,\" she said.");
        Assert.Null(Assert.Single(quotes, q => ContentOf(q).Contains("our staff")).Speaker);
    }

    [Fact]
    public void ThePlaceSetBesideItsNameIsNotWhoSpoke()
    {
        var quotes = Quotes("A senior health official in Varnas, the capital, who was not cleared to talk to reporters, said the clinics had run out of insulin. "
            + "\"We are counting vials,\" the official said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("senior health official in Varnas (unnamed)", SpeakerType.Person), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void TheDescriptionBeforeTheNameIsTheirRole()
    {
        var quotes = Quotes("NPA's regional director for North and West Harlow, Samuel Arko-Bente, said at a news conference in Tromso that the pilots would stay home.\n\n"
            + "\"We cannot sail blind,\" the regional director said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Samuel Arko-Bente", "NPA's regional director for North and West Harlow"), (q.Speaker?.Name, q.Speaker?.Role)));
    }

    [Fact]
    public void AnIndefinitePronounNamesNoOne()
    {
        var speaker = Assert.Single(Quotes("Nobody wants the ferry to close, but the money is gone.")).Speaker;
        Assert.Null(speaker);
    }

    [Fact]
    public void OthersAreAGroupNotAPerson()
    {
        var quotes = Quotes("Some residents backed the plan. Others urged the council to reject the project.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("reject")).Speaker;
        Assert.NotEqual("Others", speaker?.Name);
    }

    [Fact]
    public void ThePronounAfterAnAppositionWithTwoComplementsIsThatPerson()
    {
        var quotes = Quotes("Britta Saar, the harbor commissioner, said the quotas were fair.\n\n"
            + "Palvania's minister of fisheries and coastal affairs, Per Lunde, argued that strict quotas would ruin small fleets.\n\n\"Quotas cannot become a wall,\" he told reporters.");
        Assert.Equal("Per Lunde", Assert.Single(quotes, q => ContentOf(q).Contains("wall")).Speaker?.Name);
    }

    [Fact]
    public void TwoPeopleJoinedByAndAreNoDescriptionOfTheName()
    {
        var quotes = Quotes("The mayor and the governor, Ana Ruiz, said the pier would reopen.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Ana Ruiz" && q.Source?.Text.StartsWith("The mayor") == true);
    }
}
