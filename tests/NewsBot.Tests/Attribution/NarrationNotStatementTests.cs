using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Narration that looked like a statement: passives in subheadings, a noun like "states" before a verb, a cue with only
/// a time or a duration after it, a participle describing a noun, a negated cue with a short object, a cue inside a
/// condition, a cue whose object is the noun before its subject, a copula inside the would-be source, and a thing
/// unveiled or declared into being.
/// </summary>
public sealed class NarrationNotStatementTests
{
    [Theory]
    [InlineData("Crew charged with sinking boat")]
    [InlineData("Clerks told to prepare for closures")]
    [InlineData("Coastal states demand more ferries")]
    public void ASubheadingWithAPassiveOrAPluralNounReportsNobody(string subheading)
    {
        var quotes = Attribute("Port board weighs ferry cuts\n\nMayor Ana Ruiz runs the port.\n\n" + subheading + "\n\nThe board meets on Monday.").Quotes;
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2);
    }

    [Theory]
    [InlineData("Ellery testified for nearly three hours before the harbor committee on Tuesday.")]
    [InlineData("Board members argued into the early hours of Friday over the budget.")]
    [InlineData("The last strike declared in the harbor was in 2009.")]
    [InlineData("Ellery has not endorsed a candidate.")]
    [InlineData("Ruiz declined an invitation to the pier opening.")]
    [InlineData("Pier repairs are expected to begin next spring.")]
    [InlineData("Ruiz is expected to testify later this month.")]
    [InlineData("The board holds a 5-4 majority, so one defection could stall the plan if every member of the minority opposes the plan.")]
    [InlineData("The leak is the second-largest reported to state regulators this year.")]
    [InlineData("Justice Ilse Varga asked no questions during the hearing.")]
    [InlineData("Tom Brell gave no reply to a question on whether his firm planned to sell the pier.")]
    [InlineData("Mayor Ivo Brandt, whom the Gazette has criticized on its front page more than twenty times, cut the ribbon.")]
    [InlineData("Musicians of the Norvik Chamber Orchestra went on strike on Friday evening.")]
    [InlineData("Dock employers added just 4,100 jobs in March.")]
    [InlineData("The two sides set the fares aside, which the negotiators agreed to put off until June.")]
    public void NarrationIsNoStatement(string sentence) => Assert.Empty(Quotes(sentence));

    [Fact]
    public void APaperEndorsingACandidateSaysNothingOfTheQuoteAboutThem()
    {
        var quotes = Quotes("In 2004, after the Gazette endorsed a candidate for mayor whom Mr. Brandt considered \"a clown in a nice coat,\" he quit.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Gazette");
    }

    [Fact]
    public void AQuantityAddedIsNarrationAndTheClosingReportBeforeAParticipleIsTheBureaus()
    {
        var quote = Assert.Single(Quotes("Dock employers added just 4,100 jobs in March, the Harbor Bureau reported on Friday, adding to signs that trade was cooling."));
        Assert.Equal("the Harbor Bureau", quote.Source?.Text);
        Assert.Equal("Dock employers added just 4,100 jobs in March", ContentOf(quote));
    }

    [Theory]
    [InlineData("Ruiz went on to say that the plan was dead.")]
    [InlineData("Ruiz added that the fee was fair.")]
    [InlineData("A lawyer for the ferry firms, Ana Brill, said no decision had been made about an appeal.")]
    [InlineData("Ruiz proposed nothing that would raise his own fees.")]
    public void ACueBeforeAClauseStillReports(string sentence) => Assert.Single(Quotes(sentence));

    [Fact]
    public void AnAccusationSomeoneDeniedIsNotTheirs()
    {
        var quote = Assert.Single(Quotes("Ellery said the crews had sabotaged two boats, an accusation the Harbor Union denied."));
        Assert.Equal("Ellery", quote.Source?.Text);
    }

    [Fact]
    public void AConsentOnADayToAnEventIsNotSpeechButTheClosingAttributionIs()
    {
        var quote = Assert.Single(Quotes("The crews agreed on Monday to a two-day pause in the strike, union mediators said."));
        Assert.Equal("union mediators", quote.Source?.Text);
        Assert.Equal("The crews agreed on Monday to a two-day pause in the strike", ContentOf(quote));
    }

    [Fact]
    public void AClosingOfficeAttributionReportsTheWholeSentenceNotItsBelief()
    {
        var quote = Assert.Single(Quotes("Investigators believe the fire began in a storage shed behind the pier, the sheriff's office said."));
        Assert.Equal("the sheriff's office", quote.Source?.Text);
        Assert.StartsWith("Investigators believe", ContentOf(quote));
    }

    [Fact]
    public void WhereADocumentWasFiledIsNoPartOfWhatItSays()
    {
        var quote = Assert.Single(Quotes("According to a sworn statement lodged in Marlow County Circuit Court, the deckhand bought fuel an hour before the blaze."));
        Assert.Equal("the deckhand bought fuel an hour before the blaze", ContentOf(quote));
        Assert.Equal("a sworn statement", quote.Source?.Text);
    }

    [Fact]
    public void TheDatelineIsNoPartOfWhatAClosingAttributionReports()
    {
        var quote = Assert.Single(Quotes("MARLOW (Reuters) - The crews agreed on Monday to a two-day pause in the strike, union mediators said."));
        Assert.Equal("The crews agreed on Monday to a two-day pause in the strike", ContentOf(quote));
    }

    [Fact]
    public void ArguingForSomethingIsStillAStatement()
    {
        var quote = Assert.Single(Quotes("Two members of the harbor board argued for a smaller fare cut."));
        Assert.Equal("for a smaller fare cut", ContentOf(quote));
    }

    [Fact]
    public void ATimeAfterThatIsPartOfWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("Ellery testified that in 2019 he was told to move the boats."));
        Assert.Equal("in 2019 he was told to move the boats", ContentOf(quote));
    }

    [Fact]
    public void APossessiveNameOpeningTheSentenceIsNoSubjectOfItsNoun()
    {
        Assert.DoesNotContain(Quotes("Marlow's harbor master, Dana Fisk, sat through the session but declined to talk with the press."), q => q.Source?.Text == "Marlow's");
    }

    [Fact]
    public void AWitnessQuotedInAFiledAffidavitIsTheSpeaker()
    {
        var quote = Assert.Single(Quotes("According to an affidavit lodged in Marlow County Circuit Court, a witness told officers that the boat \"was already burning\" at noon."));
        Assert.Equal("a witness", quote.Source?.Text);
        Assert.StartsWith("the boat", ContentOf(quote));
    }

    [Fact]
    public void AMemberOfACommitteeArguingForSomethingBeforeAClosingSourceStillArgues()
    {
        var quotes = Quotes("Two members of the harbor committee had argued for a smaller cut, according to notes of the session, which the board posted on Friday.");
        Assert.Contains(quotes, q => q.Cue?.Text == "argued");
    }

    [Theory]
    [InlineData("President Ola Brink declared a 30-day state of emergency in the three coastal provinces.")]
    [InlineData("Tessaro Inc unveiled a folding phone on Tuesday that fits in a wallet.")]
    [InlineData("Tessaro unveils folding phone that 'fits in a wallet'")]
    public void DeclaringOrUnveilingAThingSaysNothing(string body)
    {
        Assert.Empty(Quotes(body));
    }

    [Fact]
    public void DeclaringThatSomethingIsSoStillReportsIt()
    {
        Assert.Equal("the emergency was over", ContentOf(Assert.Single(Quotes("President Ola Brink declared on Friday that the emergency was over."))));
    }
}
