using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A title or description used alone ("the spokesman", "the CFO", "the mediator", "the envoy") is the one the article
/// introduced with it — a named person whose title or apposition holds it, or the unnamed source it met first — and
/// never a noun that merely stood nearby ("the ferry authority", "the port board").
/// </summary>
public sealed class RoleCoreferenceTests
{
    [Fact]
    public void AnAnonymousSourceWhoseClauseSaysWhyIsTheSpeakerNotTheNounInWhatTheySaid()
    {
        var quotes = Quotes("A Nordic envoy who insisted on anonymity said the port board had first demanded a toll on every ferry.\n\n\"Nobody at that table trusts the others,\" the envoy said.");
        var report = Assert.Single(quotes, q => ContentOf(q).Contains("toll on every ferry"));
        Assert.Equal("Nordic envoy (unnamed)", report.Speaker?.Name);
        Assert.Equal("Nordic envoy (unnamed)", Assert.Single(quotes, q => ContentOf(q).Contains("Nobody at that table")).Speaker?.Name);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("board") == true);
    }

    [Theory]
    [InlineData("who was not authorized to brief the press")]
    [InlineData("who asked not to be named")]
    public void OtherClausesOfAnonymityKeepTheirSpeaker(string clause)
    {
        var quotes = Quotes($"A harbor pilot {clause} said the ferry authority had ignored three warnings.");
        Assert.Equal("harbor pilot (unnamed)", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void ARelativeClauseOfNarrationBeforeAVerbReportsNothing()
    {
        var quotes = Quotes("The race is to replace Sen. Tomas Verlaine, a Liberal who has held the seat since 2009 and announced his retirement in May.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("Liberal") == true);
    }

    [Fact]
    public void ThePlaceInAnAppositionIsNoSpeaker()
    {
        var quotes = Quotes("A senior relief official in Marrow Bay, the capital, who had no leave to brief reporters, said the two armies had blocked the convoys. \"They know what they are doing,\" the official said.");
        Assert.All(quotes, q => Assert.Equal("senior relief official in Marrow Bay (unnamed)", q.Speaker?.Name));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void TheDescriptionBeforeARankAndANameFindsThePerson()
    {
        var quotes = Quotes("Harbor Police spokesman Lt. Dara Voss told reporters that divers had found the hull.\n\nThe alert went out an hour late, according to the police department.\n\nVoss acknowledged the delay. \"An hour is too long,\" the spokesman said.");
        Assert.Equal("Dara Voss", Assert.Single(quotes, q => ContentOf(q).Contains("An hour is too long")).Speaker?.Name);
    }

    [Fact]
    public void AnAcronymForTheTitleFindsItsHolder()
    {
        var quotes = Quotes("Chief Financial Officer Lena Marsh struck a cautious note on costs.\n\n\"We will not chase every contract,\" the CFO said.");
        Assert.Equal("Lena Marsh", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void AnAcronymNoTitleSpellsOutStaysUnnamed()
    {
        var quotes = Quotes("Chief Executive Lena Marsh struck a cautious note on costs.\n\n\"We will not chase every contract,\" the CFO said.");
        Assert.NotEqual("Lena Marsh", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void TheDescriptionOfANameWithItsAffiliationFindsThePerson()
    {
        var quotes = Quotes("The arbitrator, Helen Coll of the Regional Labor Board, met both sides on Friday.\n\n\"Both sides want a deal,\" Coll said.\n\nThe arbitrator told reporters that she would keep the talks private.");
        Assert.All(quotes, q => Assert.Equal("Helen Coll", q.Speaker?.Name));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void AnAnonymousWordStillFindsTheLastAnonymousSource()
    {
        var quotes = Quotes("A person familiar with the talks said the ferry deal was close.\n\n\"It could be signed Friday,\" the source said.");
        Assert.All(quotes, q => Assert.Equal("person familiar with the talks (unnamed)", q.Speaker?.Name));
    }

    [Fact]
    public void ADescriptionOfAPersonIsNeverAnUnnamedBodyMetBefore()
    {
        var quotes = Quotes("The ferry talks stalled on Monday, according to the harbor office.\n\n\"Nobody expected this,\" the diplomat said.");
        Assert.DoesNotContain("office", Assert.Single(quotes, q => ContentOf(q).Contains("Nobody expected")).Speaker?.Name ?? "");
    }

    [Theory]
    [InlineData("The Marrow Ministry of Harbor Affairs rejected the survey.", "the ministry", "Marrow Ministry of Harbor Affairs")]
    [InlineData("The Tolland County Sheriff's Office said the pier would close.", "the sheriff's office", "Tolland County Sheriff's Office")]
    [InlineData("Quayline Systems Inc reported higher ferry revenue on Monday.", "the Boston-based company", "Quayline Systems Inc")]
    public void AnOrganizationDescribedByItsOwnWordsIsThatOrganization(string named, string description, string organization)
    {
        var quotes = Quotes($"{named}\n\nThe fares would rise in May, {description} said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("fares would rise"));
        Assert.Equal((organization, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void OfTwoDepartmentsTheOneEndingInTheWordIsMeant()
    {
        var quotes = Quotes("The Tolland County Health Department counted nine cases. The state Department of Health sent two inspectors.\n\nThree patients remain in the hospital, according to the health department.");
        Assert.Equal("Tolland County Health Department", Assert.Single(quotes, q => ContentOf(q).Contains("Three patients")).Speaker?.Name);
    }

    [Fact]
    public void TwoCompaniesLeaveTheCompanyUnresolved()
    {
        var quotes = Quotes("Quayline Systems Inc and Harbor Freight Corp signed the deal.\n\nThe fares would rise in May, the company said.");
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("fares would rise")).Speaker?.Name ?? "";
        Assert.DoesNotContain("Quayline", speaker);
        Assert.DoesNotContain("Harbor Freight", speaker);
    }

    [Fact]
    public void HeIsTheAnalystNamedInAnAppositionWithHisFirm()
    {
        var quotes = Quotes("Chief Executive Dana Rourke thanked the crews.\n\nAnother analyst, Owen Bastable of Tarrant & Lowe, was less impressed. \"The ferries are half empty,\" he said.\n\n\"None of this happens without the crews,\" Rourke said. Rourke closed the call early. \"We will be back,\" she said.");
        Assert.Equal("Owen Bastable", Assert.Single(quotes, q => ContentOf(q).Contains("half empty")).Speaker?.Name);
        Assert.Equal("Dana Rourke", Assert.Single(quotes, q => ContentOf(q).Contains("We will be back")).Speaker?.Name);
    }

    [Fact]
    public void OneOfAGroupOfUnnamedSourcesIsThatGroup()
    {
        var quotes = Quotes("Two senior port officials, who insisted on anonymity, said the ferry offer still stood.\n\n\"We made a fair offer,\" one of the officials said.\n\nThe harbor board issued new plans, a step officials stressed was routine.\n\nThe second senior official said the toll was the real objection. \"You cannot run ferries without crews,\" the official said.");
        Assert.Equal(5, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("senior port officials (unnamed)", q.Speaker?.Name));
    }

    [Fact]
    public void AnotherGroupDescribedOtherwiseStaysApart()
    {
        var quotes = Quotes("Two senior port officials said the ferry offer still stood.\n\n\"We will strike,\" one of the dockworkers said.");
        Assert.NotEqual("senior port officials (unnamed)", Assert.Single(quotes, q => ContentOf(q).Contains("We will strike")).Speaker?.Name);
    }

    [Fact]
    public void HeIsTheWitnessNamedAfterTheDescriptionNotACompanyInHisSentence()
    {
        var quotes = Quotes("Former Quayline executive testifies on ferry deals\n\nThe first witness, Tobin Marlowe, ran Quayline's charter division from 2015 to 2020. He testified that he was told to drop two rival ferries from the timetable.");
        Assert.Equal("Tobin Marlowe", Assert.Single(quotes, q => ContentOf(q).Contains("rival ferries")).Speaker?.Name);
    }

    [Fact]
    public void TheyAreThePeopleFamiliarWithTheTalks()
    {
        var quotes = Quotes("Two people familiar with the ferry talks said a deal was close, though they cautioned that nothing was signed.");
        Assert.All(quotes, q => Assert.Equal("people familiar with the ferry talks (unnamed)", q.Speaker?.Name));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void HeIsNeverAGroupOfPeople()
    {
        var quotes = Quotes("Two people familiar with the ferry talks said a deal was close. \"It is done,\" he said.");
        Assert.NotEqual("people familiar with the ferry talks (unnamed)", Assert.Single(quotes, q => ContentOf(q).Contains("It is done")).Speaker?.Name);
    }

    [Fact]
    public void TheJudgeIsNeverALawyerOfTheJusticeDepartment()
    {
        var quotes = Quotes("Justice Department lawyer Mira Sandoval told Circuit Judge Helen Brook that the ferry firm had cheated riders.\n\nJudge Brook urged both sides to hurry.\n\n\"I have read the briefs,\" the judge said.");
        Assert.Equal("Helen Brook", Assert.Single(quotes, q => ContentOf(q).Contains("read the briefs")).Speaker?.Name);
    }

    [Fact]
    public void HeIsNeverAPersonTheArticleLaterCallsShe()
    {
        var quotes = Quotes("Chief Executive Dana Quill opened the ferry line's earnings call.\n\nThe analysts were split. \"The fares are too low,\" he said.\n\nQuill closed the call by thanking the crews. \"None of this works without you,\" she said.");
        Assert.NotEqual("Dana Quill", Assert.Single(quotes, q => ContentOf(q).Contains("fares are too low")).Speaker?.Name);
        Assert.Equal("Dana Quill", Assert.Single(quotes, q => ContentOf(q).Contains("without you")).Speaker?.Name);
    }

    [Fact]
    public void APersonCalledBothHeAndSheKeepsNoGender()
    {
        var quotes = Quotes("Chief Executive Dana Quill opened the call. She praised the crews.\n\nQuill left early. He said the fares were fine.\n\nQuill spoke again. \"We are done,\" she said.");
        Assert.Equal("Dana Quill", Assert.Single(quotes, q => ContentOf(q).Contains("We are done")).Speaker?.Name);
    }

    [Fact]
    public void AWordInsideAnOrganizationsNameIsNotWhatTheDescriptionNames()
    {
        var quotes = Quotes("Harrow State University published the ferry survey.\n\nThe fares would rise, the state said.");
        Assert.DoesNotContain("University", Assert.Single(quotes, q => ContentOf(q).Contains("fares would rise")).Speaker?.Name ?? "");
    }

    [Theory]
    [InlineData("Harbor Administrator Helena Voss", "the administrator")]
    [InlineData("Coach Piotr Zale", "the coach")]
    public void AnAgencyHeadOrACoachIsATitle(string titled, string alone)
    {
        var quotes = Quotes($"\"We will rebuild,\" {titled} told reporters at the pier.\n\n\"The crane was inspected like every other crane,\" {alone} said.");
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Person, q.Speaker?.Type));
        Assert.Equal(titled.Split(' ')[^2] + " " + titled.Split(' ')[^1], Assert.Single(quotes, q => ContentOf(q).Contains("crane")).Speaker?.Name);
    }

    private const string TwoSenators = "\"You told us it worked,\" said Sen. Tomas Reyes, the panel's chairman.\n\n";

    [Fact]
    public void OfTwoHoldersOfATitleTheOneJustMentionedIsMeant()
    {
        var quotes = Quotes(TwoSenators + "Sen. Ruth Calloway of Vermont asked Mr. Pike whether the office would reopen.\n\n"
            + "\"We paid for a road to nowhere,\" Ms. Calloway said.\n\nThe senator said she would file a bill requiring monthly reports.");
        Assert.Equal("Ruth Calloway", Assert.Single(quotes, q => ContentOf(q).Contains("monthly reports")).Speaker?.Name);
    }

    [Fact]
    public void BothHoldersJustMentionedLeaveTheTitleToNeither()
    {
        var quotes = Quotes(TwoSenators.TrimEnd() + " Sen. Ruth Calloway of Vermont asked whether the office would reopen.\n\nThe senator said the bill would pass.");
        Assert.Equal("senator (unnamed)", Assert.Single(quotes, q => ContentOf(q).Contains("bill would pass")).Speaker?.Name);
    }

    [Theory]
    [InlineData("A diver who had just finished a long shift, and who gave no name for fear of losing his post, said the wreck had split in two.", "diver (unnamed)")]
    [InlineData("A welder who worked on the hull, talking without his name because the yard forbids it, told the Ledger that the wreck had split in two.", "welder (unnamed)")]
    public void AnAnonymousSourceWithARelativeClauseBeforeTheAsideIsTheSpeaker(string body, string speaker)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.Equal((speaker, "the wreck had split in two"), (quote.Speaker?.Name, ContentOf(quote)));
    }

    [Fact]
    public void TheJudgeIsTheJudgeNamedInThisParagraphNeverOneNamedLater()
    {
        var quotes = Attribute("Fees\n\nThe city lost. Circuit Judge Ana Brill upheld the fee. The judge called it \"fair.\"\n\n"
            + "The city lost again. District Judge Ivo Marsh upheld the fee. The judge called it \"lawful.\"\n\n"
            + "The city lost a third time. Judge Tom Pell upheld the fee.").Quotes;
        Assert.Equal(new[] { "Ana Brill", "Ivo Marsh" }, quotes.Select(q => q.Speaker?.Name ?? "-").ToArray());
    }

    [Theory]
    [InlineData("In the hamlet of Dorsk, Ruslan Petrakov stood in the mud beside his barn. The 61-year-old farmer said the storm had flattened every row of wheat.")]
    [InlineData("Ruslan Petrakov stood in the mud beside his barn. The 61-year-old farmer said the storm had flattened every row of wheat.")]
    [InlineData("Ruslan Petrakov stood in the mud beside his barn. The weary farmer said the storm had flattened every row of wheat.")]
    public void AnAgedDescriptionRightAfterTheSentenceAboutAPersonIsThatPerson(string text)
    {
        var quote = Assert.Single(Quotes("Headline\n\n" + text));
        Assert.Equal("Ruslan Petrakov", quote.Speaker?.Name);
    }
}
