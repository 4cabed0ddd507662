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
        var quote = Assert.Single(Quotes("The Harbor Bank of Marlow set its deposit rate at 2 percent on Monday and said more moves could follow."));
        Assert.Contains("Harbor Bank", quote.Source?.Text);
        Assert.Equal("more moves could follow", ContentOf(quote));
    }

    [Fact]
    public void ADocumentWithAnAsideAboutItsReleaseFindsWhatFollows()
    {
        var quote = Assert.Single(Quotes("The county's ferry demand study, released in April, found that Marlow will need six more boats by 2035."));
        Assert.Equal("The county's ferry demand study", quote.Source?.Text);
        Assert.Equal("Marlow will need six more boats by 2035", ContentOf(quote));
    }

    [Fact]
    public void TheDayAfterTheCueIsNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The guild said on Friday the owners would not accept its terms."));
        Assert.Equal("the owners would not accept its terms", ContentOf(quote));
    }

    [Fact]
    public void AListenerAndALetterBeforeThatAreNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("The retail council urged the governor in a letter to the statehouse on Friday that she step into the dispute."));
        Assert.Equal("she step into the dispute", ContentOf(quote));
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
        var quote = Assert.Single(Quotes("The board's treasurer, Ivo Brandt, dismissed the reports of waste."));
        Assert.Equal("Ivo Brandt", quote.Speaker?.Name);
        Assert.Equal("the reports of waste", ContentOf(quote));
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
        var quote = Assert.Single(Quotes("Ellis' press aide, Tom Reese, dismissed the estimate as \"pure guesswork by a lobby.\""));
        Assert.Equal("Tom Reese", quote.Speaker?.Name);
    }

    [Fact]
    public void AParticipleInsideARulingIsNotTheCourtsSpeech()
    {
        var quote = Assert.Single(Quotes("The appeals panel ruled 2-1 on Friday that the port must hold a hearing before asking that ferry firms turn over their fare logs."));
        Assert.StartsWith("the port must hold a hearing", ContentOf(quote));
    }

    [Fact]
    public void AnEmailFromSomeoneWhichReadAQuoteGivesTheirWords()
    {
        var quote = Assert.Single(Quotes("The board saw a 2019 memo from Ellery to the pier crews, which read: \"No ticket, no boat. That is the rule.\""));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Ellery", quote.Source?.Text);
        Assert.StartsWith("\"No ticket, no boat", ContentOf(quote));
    }

    [Fact]
    public void APostThatReadAQuoteIsItsOwnSource()
    {
        var quote = Assert.Single(Quotes("A note on the Marlow Harbor message board at 6:10 a.m. Sunday read: \"Ferries are cancelled until noon. Stay off the piers.\""));
        Assert.Equal("A note", quote.Source?.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void ASecondThatClauseAfterACommaAndAndIsMoreOfTheSameReport()
    {
        var quote = Assert.Single(Quotes("She says the crew checked the tides at every pier, and that lab tests reported in the same survey found a similar pattern."));
        Assert.EndsWith("found a similar pattern", ContentOf(quote));
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
        var quotes = Quotes("Mayor Tom Ellery claimed the win early on Sunday. In remarks aired on a local radio station, he praised crews for \"keeping the boats running\" and said his rivals' objections were \"sour grapes from the losing side.\"");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Tom Ellery" && ContentOf(q).StartsWith("his rivals' objections were"));
    }

    [Fact]
    public void APostAfterAGameShowsWhatItShowsNotTheGame()
    {
        var quote = Assert.Single(Quotes("A post on the crew's Instagram page after the regatta showed the rowers on the dock holding the cup, with the caption: \"Four tries. One cup. FINALLY.\""));
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
        var quote = Assert.Single(Quotes("MARLOW, Mar 3 - The Harbor Bank of Marlow lowered its deposit rate by a quarter point on Monday, its second move since winter, and said more moves could follow."));
        Assert.Contains("Harbor Bank", quote.Source?.Text);
        Assert.Equal("more moves could follow", ContentOf(quote));
    }

    [Fact]
    public void AStudyByTwoBodiesSpeaksForItselfNotForTheSecondBody()
    {
        var quote = Assert.Single(Quotes("The study by the Harbor Research Trust and the Institute of Tides and Currents said 40 piers were at risk of \"sudden\" collapse."));
        Assert.Equal("The study", quote.Source?.Text);
    }

    [Fact]
    public void WhatWasSaidInsideARelativeClauseIsNotTheSentenceBeforeIt()
    {
        var quote = Assert.Single(Quotes("The board also fined the ferry firm's owner, Ana Ruiz, and her cousin Tom Ruiz, who it said kept the firm's books in Marlow."));
        Assert.Equal("kept the firm's books in Marlow", ContentOf(quote));
    }
}
