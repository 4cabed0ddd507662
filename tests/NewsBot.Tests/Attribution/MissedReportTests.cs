using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Reports the frames missed or cut wrong: "answered that", a verb of saying conjoined after a short verb of the name
/// opening the sentence, a document's subject before a participle's aside, a day or a venue before what was said, a
/// name followed by its firm after a description, and a description before the name that is no content.
/// </summary>
public sealed class MissedReportTests
{
    [Fact]
    public void AnsweredThatReportsTheAnswer()
    {
        var quote = Assert.Single(Quotes("Ruiz answered that she would follow the law on fares but would not commit to specific routes."));
        Assert.Equal("Ruiz", quote.Source?.Text);
        Assert.StartsWith("she would follow the law", ContentOf(quote));
    }

    [Fact]
    public void ASayingVerbAfterAShortVerbOfTheOpeningNameIsTheNames()
    {
        var quote = Assert.Single(Quotes("The Harbor Bank of Marlow cut its lending rate by half a point on Wednesday and said further cuts were likely."));
        Assert.Contains("Harbor Bank", quote.Source?.Text);
        Assert.Equal("further cuts were likely", ContentOf(quote));
    }

    [Fact]
    public void ADocumentWithAnAsideAboutItsReleaseFindsWhatFollows()
    {
        var quote = Assert.Single(Quotes("The city's housing needs assessment, released in March, found that Marlow needs about 1,800 new homes by 2030."));
        Assert.Equal("The city's housing needs assessment", quote.Source?.Text);
        Assert.Equal("Marlow needs about 1,800 new homes by 2030", ContentOf(quote));
    }

    [Fact]
    public void TheDayAfterTheCueIsNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The union said on Tuesday the company could not agree to its demands."));
        Assert.Equal("the company could not agree to its demands", ContentOf(quote));
    }

    [Fact]
    public void AListenerAndALetterBeforeThatAreNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The retail federation urged the president in a letter to the White House on Monday that he intervene in the dispute."));
        Assert.Equal("he intervene in the dispute", ContentOf(quote));
    }

    [Fact]
    public void ANamedLawyerWithHisFirmAfterADescriptionSpeaks()
    {
        var quote = Assert.Single(Quotes("A lawyer for the ferry firm, Daniel Mercer of Mercer & Holt, said his client would challenge the fine."));
        Assert.Equal("Daniel Mercer", quote.Speaker?.Name);
        Assert.Equal("his client would challenge the fine", ContentOf(quote));
    }

    [Fact]
    public void TheDescriptionBeforeANameIsNotWhatTheyDismissed()
    {
        var quote = Assert.Single(Quotes("The commission's chairman, Dragan Kolar, dismissed the claims of fraud."));
        Assert.Equal("Dragan Kolar", quote.Speaker?.Name);
        Assert.Equal("the claims of fraud", ContentOf(quote));
    }

    [Fact]
    public void OneOfAGroupPuttingOddsAtAQuoteSaysTheQuote()
    {
        var quote = Assert.Single(Quotes("One of the board members put the plan's odds at \"maybe one in three on a good day.\""));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("One of the board members", quote.Source?.Text);
        Assert.Contains("maybe one in three", ContentOf(quote));
    }

    [Fact]
    public void AThingPutAtAQuotedFigureSaysNothing()
    {
        Assert.Empty(Quotes("The new rule put the fare at \"about five dollars\" for most riders."));
    }

    [Fact]
    public void AParticipleAfterADatelineAndAnOpeningNameIsTheNames()
    {
        var quote = Assert.Single(Quotes("MARLOW, Ore. (AP) — Oregon Gov. Ana Ruiz on Monday vetoed a bill that would have cut ferry fares by half, saying it would drain money the port needs for repairs."));
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("it would drain money the port needs for repairs", ContentOf(quote));
    }

    [Fact]
    public void ANamesPossessiveWithABareApostropheOpensTheDescription()
    {
        var quote = Assert.Single(Quotes("Ellis' campaign manager, Tom Reese, dismissed the figure as \"fantasy math from a lobby.\""));
        Assert.Equal("Tom Reese", quote.Speaker?.Name);
    }

    [Fact]
    public void AParticipleInsideARulingIsNotTheCourtsSpeech()
    {
        var quote = Assert.Single(Quotes("The court ruled 6-3 on Thursday that police must obtain a warrant before demanding that phone companies hand over location records."));
        Assert.StartsWith("police must obtain a warrant", ContentOf(quote));
    }

    [Fact]
    public void AnEmailFromSomeoneWhichReadAQuoteGivesTheirWords()
    {
        var quote = Assert.Single(Quotes("Jurors saw an internal 2021 email from Ellery to senior staff, which read: \"If they won't pay, they don't sail. Simple as that.\""));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Ellery", quote.Source?.Text);
        Assert.StartsWith("\"If they won't pay", ContentOf(quote));
    }

    [Fact]
    public void APostThatReadAQuoteIsItsOwnSource()
    {
        var quote = Assert.Single(Quotes("A post on the Marlow Harbor Facebook group at 4:52 p.m. Saturday read: \"Leave now for every pier west of 14. Do not wait for the text.\""));
        Assert.Equal("A post", quote.Source?.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void ASecondThatClauseAfterACommaAndAndIsMoreOfTheSameReport()
    {
        var quote = Assert.Single(Quotes("She says the team tried to account for differences in flowers around each site, and that laboratory experiments described in the same paper found a similar effect."));
        Assert.EndsWith("found a similar effect", ContentOf(quote));
    }

    [Fact]
    public void APollIssuedByANamedCenterSpeaksForTheCenterNotThePeopleItCounted()
    {
        var quote = Assert.Single(Quotes("A poll of 1,200 Oregonians published by the Coastal Survey Center on Monday found that 58% backed the plan."));
        Assert.Equal("Coastal Survey Center", quote.Speaker?.Name);
    }

    [Fact]
    public void ASayingVerbConjoinedAfterAnIntroductoryPhraseIsTheSubjects()
    {
        var quotes = Quotes("Mayor Tom Ellery declared victory shortly after midnight. In a speech broadcast on state television, he thanked voters for \"choosing calm over chaos\" and said the critics' complaints were \"the old song of those who lose.\"");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Tom Ellery" && ContentOf(q).StartsWith("the critics' complaints were"));
    }

    [Fact]
    public void APostAfterAGameShowsWhatItShowsNotTheGame()
    {
        var quote = Assert.Single(Quotes("A post on the club's Instagram account after the game showed the players on the court with the trophy, with the caption: \"Nine years. One ring. WE DID IT.\""));
        Assert.Equal("A post", quote.Source?.Text);
    }

    [Fact]
    public void ADescriptionAfterANameAndAnAgeSaysWhatItsRelativeClauseReports()
    {
        var quote = Assert.Single(Quotes("The rally drew Lena Park, 54, a retired welder who said she had voted for Ruiz in the past but was backing Ellery this year."));
        Assert.Equal("Lena Park", quote.Speaker?.Name);
        Assert.Equal("she had voted for Ruiz in the past but was backing Ellery this year", ContentOf(quote));
    }

    [Fact]
    public void WhereSomeoneShoutedFromIsNoPartOfTheirQuote()
    {
        var quote = Assert.Single(Quotes("Lindqvist shouted from the audience: \"So did the last crew.\""));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"So did the last crew.\"", ContentOf(quote));
    }

    [Fact]
    public void AnAsClauseWithItsOwnSubjectAndVerbIsNotWhatWasRejected()
    {
        var quote = Assert.Single(Quotes("The opposition rejected the result as observers cited \"serious irregularities\" in the vote."));
        Assert.Equal("the result", ContentOf(quote));
    }

    [Fact]
    public void AnAsThatCharacterizesStaysInWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The mayor described the plan as the best deal the city had seen."));
        Assert.Equal("the plan as the best deal the city had seen", ContentOf(quote));
    }

    [Fact]
    public void AWarningConjoinedByButIsASecondReportOfTheSameSpeaker()
    {
        var quotes = Quotes("Vang said she supported more ferries in principle but warned that approving the plan without a new dock would be a \"grave mistake\" for families.");
        Assert.Contains(quotes, q => q.Cue?.Text == "warned" && q.Kind == QuoteKind.Mixed && ContentOf(q).StartsWith("approving the plan"));
    }

    [Fact]
    public void ASayingVerbAfterADatelineAndAnAsideIsTheOpeningNames()
    {
        var quote = Assert.Single(Quotes("MARLOW, Nov 27 - The Harbor Bank of Marlow cut its lending rate by 50 basis points on Wednesday, its third cut this year, and said further cuts were likely."));
        Assert.Contains("Harbor Bank", quote.Source?.Text);
        Assert.Equal("further cuts were likely", ContentOf(quote));
    }
}
