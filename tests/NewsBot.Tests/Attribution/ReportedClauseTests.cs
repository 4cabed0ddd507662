using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>Where a quote or a reported clause begins and ends: asides, titles of shows, and the reporter's own comment after it.</summary>
public sealed class ReportedClauseTests
{
    [Fact]
    public void AQuoteResumedAfterAnAsideIsStillOneQuote()
    {
        var quote = Assert.Single(Quotes("“Every time you repeat that,” Dana Quintal said, referring to the rumor, “you hand a gift to the other side.”"));
        Assert.Equal("“Every time you repeat that,” | “you hand a gift to the other side.”", ContentOf(quote));
    }

    [Fact]
    public void AQuoteResumedAfterALongAsideOfWhereItWasSaidIsStillOneQuote()
    {
        var quote = Assert.Single(Quotes("\"The lake was flat when we set out,\" Ana Voss said through an interpreter, speaking from a clinic in Tarn, "
            + "the largest village on the island, \"but by noon the swell was higher than the boat.\""));
        Assert.Equal("\"The lake was flat when we set out,\" | \"but by noon the swell was higher than the boat.\"", ContentOf(quote));
    }

    [Fact]
    public void AQuoteResumedAfterButIsStillOneQuote()
    {
        var quote = Assert.Single(Quotes("\"Honestly, I admire Nora,\" he said, but \"on the question of roads, Nora has a record.\""));
        Assert.Equal(2, quote.Content.Count);
    }

    [Fact]
    public void AQuestionSplitOffByTheSegmenterContinuesAfterItsAttribution()
    {
        var quote = Assert.Single(Quotes("“How often must we watch this happen?” Maria Lopez said. “This is just unbearable.”"));
        Assert.Equal("“How often must we watch this happen?” | “This is just unbearable.”", ContentOf(quote));
        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
    }

    [Fact]
    public void ASignedQuoteListGivesEachQuoteItsOwnSigner()
    {
        var quotes = Quotes("“She frightens me.” ― Maria Quintal\n“She is obsessed with bridges.” ― Laura Tapley\n”Worry. I am truly worried.” ― Victor Monte");
        Assert.Equal(["Maria Quintal", "Laura Tapley", "Victor Monte"], quotes.Select(q => q.Speaker?.Name));
        Assert.Equal("”Worry. I am truly worried.”", ContentOf(quotes[2]));
    }

    [Fact]
    public void EverySentenceOfASignedQuoteListBelongsToItsOwnSigner()
    {
        var attributed = TestArticles.Attribute("Headline\n\nReaders wrote in.\n\n\u201cThe fares are too high. Nobody listens.\u201d \u2015 Marta Quill\n\u201cBuild a bridge instead.\u201d \u2015 Dario Fenn");
        var speakers = attributed.Sentences.Where(s => s.Paragraph > 1).Select(s => (s.Text, attributed.QuoteOf(s)?.Speaker?.Name)).ToList();
        Assert.Equal([("\u201cThe fares are too high.", "Marta Quill"), ("Nobody listens.\u201d \u2015 Marta Quill", "Marta Quill"),
            ("\u201cBuild a bridge instead.\u201d \u2015 Dario Fenn", "Dario Fenn")], speakers);
    }

    [Fact]
    public void ASentenceReportingOneSideAndQuotingAnotherBelongsToTheOneQuoted()
    {
        var attributed = TestArticles.Attribute("Headline\n\nTeodora Vance runs the ferry company.\n\n"
            + "So when the harbour board announced last spring that it would close the north pier, Ms. Vance said, \"we were stunned.\"");
        var sentence = attributed.Sentences.Single(s => s.Text.Contains("stunned"));
        Assert.Equal("Teodora Vance", attributed.QuoteOf(sentence)?.Speaker?.Name);
    }

    [Fact]
    public void TheTitleOfAShowIsNotAQuote()
    {
        var quote = Assert.Single(Quotes("On this week’s airing of “Capitol Week Tonight,” Gov. Tom Varick said the post was only “to needle” his rival."));
        Assert.Equal("the post was only “to needle” his rival", ContentOf(quote));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void TheShowAListenerWatchesBelongsToTheListener()
    {
        var quote = Assert.Single(Quotes("Tom Vedder told WKRA's \"Early Edition\" that nobody would doubt her judgment."));
        Assert.Equal("nobody would doubt her judgment", ContentOf(quote));
    }

    [Fact]
    public void ANicknameInQuotesIsNotSpeech()
    {
        var quotes = Quotes("Vedder saddled him with the nickname \"Slippin' Sam.\" Vedder called the councilman a \"sore loser.\"");
        Assert.DoesNotContain(quotes, q => ContentOf(q) == "\"Slippin' Sam.\"");
    }

    [Fact]
    public void ThePartialQuoteEndsWhereTheReportersCommentBegins()
    {
        Assert.Equal("Marsh’s statement is “true,”", ContentOf(Assert.Single(Quotes("The Fact Desk said Marsh’s statement is “true,” but over the length of its review it could not resist a jab."))));
        Assert.Equal("Laura Tapley as a “menace”", ContentOf(Assert.Single(Quotes("Tom Vedder described Laura Tapley as a “menace” after she criticized the council."))));
        Assert.Equal("he would take it as a \"personal betrayal\" if they did not turn out",
            ContentOf(Assert.Single(Quotes("Tom Vedder told teachers this weekend he would take it as a \"personal betrayal\" if they did not turn out, quietly staking his own standing on it."))));
    }

    [Fact]
    public void ADescriptionBeforeANameIsARoleNotPartOfTheName()
    {
        var quote = Assert.Single(Quotes("Republican vice-presidential nominee Gov. Tom Varick said the debate would be fair."));
        Assert.Equal("Tom Varick", quote.Speaker?.Name);
        Assert.Equal("New Jersey Gov. Chris Christie", Assert.Single(Quotes("New Jersey Gov. Chris Christie said the debate would be fair.")).Source?.Text);
        Assert.Equal("Chris Christie", Assert.Single(Quotes("New Jersey Gov. Chris Christie said the debate would be fair.")).Speaker?.Name);
    }

    [Fact]
    public void ARoleMatchesWholeWordsOnly()
    {
        var quotes = Quotes("Republican vice-presidential nominee Tom Varick said the debate was fair.\n\nThe president said the debate was unfair.");
        Assert.NotEqual("Tom Varick", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void ACueInAFrontedSubordinateClauseReportsOnlyToItsComma()
    {
        var quote = Assert.Single(Quotes("While the governor has suggested the plan is dead, Senator Dana Whitfield kept campaigning for it."));
        Assert.Equal("the plan is dead", ContentOf(quote));
    }

    [Fact]
    public void AReportedClauseInTheMainClauseRunsOnPastItsCommas()
    {
        var quote = Assert.Single(Quotes("The governor said the plan is dead, and the vote will not happen."));
        Assert.Equal("the plan is dead, and the vote will not happen", ContentOf(quote));
    }
    [Fact]
    public void ASecondCueWithItsOwnSourceIsASecondStatement()
    {
        var quotes = Quotes("Aides said the talks had failed, but Senator Dana Whitfield said they would resume next week.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the talks had failed", ContentOf(quotes[0]));
        Assert.Equal("they would resume next week", ContentOf(quotes[1]));
        Assert.Equal("Dana Whitfield", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void ALaterCueDoesNotTakeTheWordsBeforeIt()
    {
        var quotes = Quotes("The footage shows the crowd near the gate, but the guard said he refused to leave.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text is "said" or "refused" && q.Start < 40);
    }

    [Fact]
    public void APronounRightAfterTheCueOpensTheReportedClause()
    {
        var quote = Assert.Single(Quotes("In the end, the officer said he refused to stop."));
        Assert.Equal("he refused to stop", ContentOf(quote));
    }
    [Fact]
    public void AConjoinedCueMayCarryAnAuxiliary()
    {
        var quotes = Quotes("Mayor Tom Ellery praised the budget and has since said it will need deep cuts.");
        Assert.Equal(["the budget", "it will need deep cuts"], quotes.Select(ContentOf));
        Assert.All(quotes, q => Assert.Equal("Tom Ellery", q.Speaker?.Name));
    }
    [Fact]
    public void WordsQuotedAtTheEndOfTheSentenceBeforeAreNotTheNextSpeakersQuote()
    {
        var quotes = Quotes("The council accused the mayor of \"reckless spending.\" Governor Dana Whitfield said the budget is \"beyond repair.\"");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the budget is \"beyond repair.\"", ContentOf(quotes[1]));
        Assert.Equal("Dana Whitfield", quotes[1].Speaker?.Name);
    }
    [Fact]
    public void ANestedAttributionAfterACommaEndsTheReportedClause()
    {
        var quotes = Quotes("Mayor Tom Ellery said the budget covers the schools, which he said were underfunded for years.");
        Assert.Equal("the budget covers the schools", ContentOf(quotes[0]));
        Assert.Contains(quotes, q => ContentOf(q) == "were underfunded for years");
    }
    [Fact]
    public void ATitleCaseHeadlineCapitalizesItsCue()
    {
        var quote = Assert.Single(TestArticles.Attribute("Mayor Vows To Cut Taxes For Small Businesses\n\nThe council met on Monday.").Quotes);
        Assert.Equal("Vows", quote.Cue?.Text);
        Assert.Equal("To Cut Taxes For Small Businesses", ContentOf(quote));
    }

    [Fact]
    public void AHeadlineQuoteKeepsItsOpeningMark()
    {
        var quote = Assert.Single(TestArticles.Attribute("Former Coach Describes ‘Toxic’ Culture Inside League Office\n\nThe council met on Monday.").Quotes);
        Assert.Equal("‘Toxic’ Culture Inside League Office", ContentOf(quote));
    }

    [Fact]
    public void ACapitalizedWordInAnOrdinaryHeadlineIsNoCue() =>
        Assert.Empty(TestArticles.Attribute("City bus Rules change next month\n\nThe council met on Monday.").Quotes);
    [Fact]
    public void AParticipleAfterACommaInsideTheClosingQuoteMarkStillAddsAStatement()
    {
        var quotes = Quotes("Mayor Tom Ellery said: “The plan works,” adding that the city would save millions.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the city would save millions", ContentOf(quotes[1]));
        Assert.Equal("Tom Ellery", quotes[1].Speaker?.Name);
    }
    [Fact]
    public void AnIntroductoryPhraseIsNotWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("In March, the nurses union called for a pause on hospital contracts."));
        Assert.Equal("a pause on hospital contracts", ContentOf(quote));
    }

    [Fact]
    public void WhereItWasSaidTrailsWhatWasSaid()
    {
        var quote = Assert.Single(Quotes("Mayor Tom Ellery called for cheaper bus fares in a statement on Tuesday."));
        Assert.Equal("cheaper bus fares", ContentOf(quote));
    }
    [Fact]
    public void ThePassiveSubjectOfACueIsNoSpeakerEvenWithoutAnAgent()
    {
        var quotes = Quotes("Dana Whitfield was charged with fraud on Friday. Mayor Tom Ellery is widely expected to resign.");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }
    [Fact]
    public void AWhenClauseAfterAPartialQuoteStaysInTheReportedClause()
    {
        var quote = Assert.Single(Quotes("Dana Whitfield said the lease offers a \"fair deal for renters,\" when it comes to deposits."));
        Assert.Equal("the lease offers a \"fair deal for renters,\" when it comes to deposits", ContentOf(quote));
    }
    [Fact]
    public void AShortAsideAboutTheSpeakerDoesNotEndTheirQuote()
    {
        var quote = Assert.Single(Quotes("\"We are ready,\" Tom Ellery said after the meeting. He did not take questions. \"The plan is sound.\""));
        Assert.Equal("\"We are ready,\" | \"The plan is sound.\"", ContentOf(quote));
    }

    [Theory]
    [InlineData("\"We are ready,\" Maria Lopez said after the meeting. He did not take questions. \"The plan is sound.\"")]
    [InlineData("\"We are ready,\" Tom Ellery said after the meeting. He then met Dana Whitfield. \"The plan is sound.\"")]
    public void AnAsideThatMayBeAboutSomeoneElseEndsTheQuote(string body)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.Equal("\"We are ready,\"", ContentOf(quote));
    }
    [Fact]
    public void ANewSubjectWithItsOwnCueAfterAndIsASecondStatement()
    {
        var quotes = Quotes("Union leaders said the talks had stalled and the managers accused them of stalling on purpose.");
        Assert.Equal(["the talks had stalled", "them of stalling on purpose"], quotes.Select(ContentOf));
        Assert.Equal("the managers", quotes[1].Source?.Text);
    }

    [Fact]
    public void AndThatOpensASecondReportedClauseOfTheSameCue()
    {
        var quote = Assert.Single(Quotes("The inspector said neighbors heard a shot and that a car sped away."));
        Assert.Equal("neighbors heard a shot and that a car sped away", ContentOf(quote));
    }
    [Fact]
    public void ANounLikeCueAfterANounIsTheNoun()
    {
        Assert.Empty(Quotes("The new zoning rules promise to change the downtown skyline."));
        Assert.Empty(Quotes("Several coastal states could lose seats after the census."));
        Assert.Equal("rules", Assert.Single(Quotes("The court rules that the map is unlawful.")).Cue?.Text);
    }
    [Fact]
    public void AParticipleAfterBeforeAddsAQuoteBySameSpeakerPastItsListener()
    {
        var quotes = Quotes("“We will win,” Dana Whitfield told the crowd before asking them, “Who is with me?”");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("“Who is with me?”", ContentOf(quotes[1]));
        Assert.Equal("Dana Whitfield", quotes[1].Speaker?.Name);
    }
}

/// <summary>Quotes introduced across a paragraph break, transcripts, progressive and participle cues, and documents as sources.</summary>
public sealed class IntroducedQuoteTests
{
    [Fact]
    public void ACueEndingItsParagraphWithAColonIntroducesTheNextParagraphsQuote()
    {
        var quote = Assert.Single(Quotes("Paul Cadmore continued:\n\n\"The water issue is very much a local issue. Sixty-one, yes.\""));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(2, quote.Paragraph);
        Assert.StartsWith("\"The water issue", quote.Content[0].Text);
        Assert.Equal("Paul Cadmore", quote.Speaker?.Name);
    }

    [Fact]
    public void ATranscriptLineIsItsSpeakersWords()
    {
        var quotes = Quotes("Tom Varick was interviewed by Oscar Vedder.\n\nVARICK: Well, look, this is a county fair, not a trial. But this is Harrow.\n\nVEDDER: But, Governor, I have got to ask you about this.");
        Assert.Equal(["Tom Varick", "Oscar Vedder"], quotes.Select(q => q.Speaker?.Name));
        Assert.Equal("Well, look, this is a county fair, not a trial. But this is Harrow.", quotes[0].Content[0].Text);
        Assert.Equal("VARICK", quotes[0].Source?.Text);
    }

    [Fact]
    public void AnEditorsNoteLabelledInCapitalsIsNoTranscriptLine()
    {
        var quotes = Quotes("Mayor Ana Ruiz spoke on Monday.\n\nCORRECTION: An earlier version of this story misstated the date of the vote.");
        Assert.DoesNotContain(quotes, q => q.Source?.Text == "CORRECTION" || q.Speaker?.Name == "CORRECTION");
    }

    [Fact]
    public void AProgressiveParticipleIsACue()
    {
        var quote = Assert.Single(Quotes("Tom Vedder’s doctor is calling the candidate “remarkably healthy and strong.”"));
        Assert.Equal("the candidate “remarkably healthy and strong.”", quote.Content[0].Text);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void AParticipleBeforeAQuoteReportsTheQuote()
    {
        var quote = Assert.Single(Quotes("The ad uses a clip of Laura Tapley asking, “Why aren’t we ahead by more, you might wonder?”"));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Laura Tapley", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteAddedLaterIsItsOwnStatement()
    {
        var quotes = Quotes("“We simply can’t keep paying for this,” Tom Vedder said, adding later, “The ferry is costing us a fortune.”");
        Assert.Equal(["“We simply can’t keep paying for this,”", "“The ferry is costing us a fortune.”"], quotes.Select(q => q.Content[0].Text));
        Assert.All(quotes, q => Assert.Equal("Tom Vedder", q.Speaker?.Name));
    }

    [Fact]
    public void ADocumentIsItsOwnSourceAndNeverTheLastUnnamedPerson()
    {
        var quotes = Quotes("A senior official said the talks had failed.\n\n“We see charter schools offering hope,” the letter reads.");
        Assert.Equal("letter (unnamed)", quotes[1].Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quotes[1].Speaker?.Type);
    }
    [Fact]
    public void AParticipleOfSpeechInASentenceWithoutACueSpeaksForTheSubject()
    {
        var quote = Assert.Single(Quotes("Tom Ellery, a former mayor, teased the council during the hearing, tweeting, “Nobody reads the budget.”"));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("“Nobody reads the budget.”", quote.Content[0].Text);
        Assert.Equal("Tom Ellery", quote.Speaker?.Name);
    }

    [Fact]
    public void AParticipleAfterASentenceWithoutASubjectReportsNobody() =>
        Assert.Empty(Quotes("After the long hearing ended, saying goodbye took a while."));

    [Fact]
    public void AConjoinedCueWithoutASourceOfItsOwnSpeaksForTheSubject()
    {
        var quote = Assert.Single(Quotes("Dana Whitfield laughed and said, “I never read the polls.”"));
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void AShoutedQuoteIsSpeech()
    {
        var quote = Assert.Single(Quotes("“Stop right there!” the officer yells."));
        Assert.Equal("yells", quote.Cue?.Text);
        Assert.Equal("“Stop right there!”", quote.Content[0].Text);
    }
    [Fact]
    public void ASentenceMayOpenWithTheCueBeforeItsSpeaker()
    {
        var quote = Assert.Single(Quotes("Said Ellery: “Nobody reads the budget.”"));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Ellery", quote.Speaker?.Name);
    }

    [Fact]
    public void AnInvertedWriterMayNameThePublicationAfter()
    {
        var quote = Assert.Single(Quotes("“The vote is close,” wrote Dana Whitfield for the Gazette."));
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }

    [Fact]
    public void AParticipleAfterByOrWhileSpeaksForTheSubject()
    {
        Assert.Equal("she would never raise taxes", Assert.Single(Quotes("Dana Whitfield opened the forum by saying she would never raise taxes.")).Content[0].Text);
        Assert.Equal("“Four more years.”", Assert.Single(Quotes("The crowd waited for the governor while chanting, “Four more years.”")).Content[0].Text);
    }
    [Fact]
    public void AnAdverbMayStandInsideAProgressiveCue()
    {
        var quote = Assert.Single(Quotes("Governor Dana Whitfield is now openly questioning the count in three counties."));
        Assert.Equal("questioning", quote.Cue?.Text);
        Assert.Equal("Governor Dana Whitfield", quote.Source?.Text);
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }
}

/// <summary>Who the subject of a cue is when it is described, set off by an aside, or a bare plural; and cues that share it.</summary>
public sealed class SourcePhraseTests
{
    [Theory]
    [InlineData("The county’s party chairman, Oscar Vedder, said he cannot comment on the memo.", "Oscar Vedder")]
    [InlineData("Laura Tapley, director of the Center for Water Law at the university, said the counties were exaggerating.", "Laura Tapley")]
    [InlineData("Tom Vedder, speaking to a farmers group in Harrow County, said he would order a review.", "Tom Vedder")]
    [InlineData("Maria Quintal, at a later news briefing, said the inquiry must run its course.", "Maria Quintal")]
    [InlineData("Harrow County Water and Sewer Services, the agency that runs the plant, said it was taking steps.", "Harrow County Water and Sewer Services")]
    public void TheSpeakerIsFoundPastADescriptionOrAnAside(string sentence, string speaker)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void AnOrganizationNamedByItsHeadWordIsAnOrganization()
    {
        var quote = Assert.Single(Quotes("The International Atomic Energy Agency said the test showed disregard for the rules."));
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Theory]
    [InlineData("One of the nurses who signed the petition called the plan reckless.", "One of the nurses", "petition")]
    [InlineData("The lawyer who drafted the complaint said the city had ignored the warnings.", "The lawyer", "complaint")]
    [InlineData("Two of the farmers that organized the protest said prices were too low.", "Two of the farmers", "protest")]
    [InlineData("A teacher who quit the school board last year said the budget was a sham.", "A teacher", "board")]
    public void TheSourceIsTheHeadBeforeARelativeClauseNeverAWordInsideIt(string sentence, string source, string inside)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(source, quote.Source?.Text);
        Assert.DoesNotContain(inside, quote.Speaker?.Name ?? "");
        Assert.EndsWith("(unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void APartitiveSourceIsNamedByItsGroup()
    {
        var quote = Assert.Single(Quotes("One of the nurses who signed the petition called the plan reckless."));
        Assert.Equal("nurses (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void ABarePluralSubjectIsAnUnnamedSource()
    {
        var quote = Assert.Single(Quotes("Federal and state officials said the pair collected $12 million through the scheme."));
        Assert.Equal("Federal and state officials", quote.Source?.Text);
        Assert.Equal("the pair collected $12 million through the scheme", quote.Content[0].Text);
    }

    [Fact]
    public void AnInvertedCueAfterTheClauseReportsTheClause()
    {
        var quote = Assert.Single(Quotes("Its first radio spot could air next week, said Victor Hale, a longtime adviser to the family who runs the campaign."));
        Assert.Equal("Its first radio spot could air next week", quote.Content[0].Text);
        Assert.Equal("Victor Hale", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAttributionInsideTheClauseSplitsItsContent()
    {
        var quote = Assert.Single(Quotes("Marlow Mills was a powerhouse, Mr. Vedder said, until it closed in 2004."));
        Assert.Equal(["Marlow Mills was a powerhouse", "until it closed in 2004"], quote.Content.Select(c => c.Text));
    }

    [Fact]
    public void ASecondConjoinedCueIsASecondStatementBySameSpeaker()
    {
        var quotes = Quotes("Tom Vedder claimed great savings and said they meant he owed nothing to party donors.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("they meant he owed nothing to party donors", quotes[1].Content[0].Text);
        Assert.All(quotes, q => Assert.Equal("Tom Vedder", q.Speaker?.Name));
    }

    [Fact]
    public void ThePassiveSubjectOfACueIsNotItsSpeaker()
    {
        Assert.Empty(Quotes("The Democratic mayor was endorsed by a dozen weeklies ranging from The Harbor Ledger to The Valley Courier."));
    }
    [Fact]
    public void ASentenceOpeningConjunctionLeavesTheReportedClauseAfterTheCue()
    {
        var quote = Assert.Single(Quotes("But Rosa Klein said farmers still want lower tariffs."));
        Assert.Equal("farmers still want lower tariffs", quote.Content[0].Text);
        Assert.Equal("Rosa Klein", quote.Speaker?.Name);
    }

    [Fact]
    public void PoliceSpeakTogetherAsAGroup()
    {
        var quote = Assert.Single(Quotes("The driver was not armed, police said."));
        Assert.Equal("police", quote.Source?.Text);
        Assert.Equal("The driver was not armed", quote.Content[0].Text);
    }

    [Fact]
    public void APluralHeadBeforeItsComplementIsTheSource()
    {
        Assert.Equal("Experts on trade and tax policy", Assert.Single(Quotes("Experts on trade and tax policy said the plan would fail.")).Source?.Text);
        Assert.Equal("lawyers for the union", Assert.Single(Quotes("The contract was unfair, lawyers for the union said.")).Source?.Text);
    }
    [Fact]
    public void AccordingToABarePluralNamesThoseSpeakers()
    {
        var quote = Assert.Single(Quotes("According to police, the driver fled before officers arrived."));
        Assert.Equal("police", quote.Source?.Text);
        Assert.Equal("the driver fled before officers arrived", quote.Content[0].Text);
        Assert.Equal("federal statistics", Assert.Single(Quotes("Rents rose sharply last year, according to federal statistics.")).Source?.Text);
    }
    [Fact]
    public void ASpeakerAfterAnOpeningAccordingToIsWhoSaidIt()
    {
        var quote = Assert.Single(Quotes("According to the Harbor Ledger, port spokesman Ivo Marsh said Friday that the ferry would run “as long as the boats float.”"));
        Assert.Equal("Ivo Marsh", quote.Speaker?.Name);
        Assert.StartsWith("the ferry would run", quote.Content[0].Text);
        Assert.Equal("the Harbor Ledger", Assert.Single(Quotes("According to the Harbor Ledger, the ferry would run until May.")).Source?.Text);
    }

    [Fact]
    public void ALowercaseModifierBeforeTheNameStillLeavesTheQuoteAdjacent()
    {
        var quote = Assert.Single(Quotes("\"The vote will happen,\" committee Chairman Tom Ellery said on Monday."));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"The vote will happen,\"", quote.Content[0].Text);
        Assert.Equal("Tom Ellery", quote.Speaker?.Name);
    }
    [Theory]
    [InlineData("\"We are ready,\" said former Secretary of State Dana Whitfield.", "Dana Whitfield")]
    [InlineData("\"We are ready,\" said longtime adviser Tom Ellery, who ran the campaign.", "Tom Ellery")]
    public void AnInvertedSpeakerMayOpenWithLowercaseModifiers(string body, string speaker)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }
    [Fact]
    public void ASpeechWordAfterAPossessiveOrAnArticleIsANoun()
    {
        var quotes = Quotes("For the mayor, Vedder's show became a comfortable refuge.\n\n"
            + "The pair recorded a two-hour show that aired on Friday.\n\n"
            + "Critics faulted the weight he gave his TV show over the research.\n\n"
            + "A court may not press the summons because of Brandt's Fifth Amendment claims, and the panel may drop it.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void AThingThatSaysSomethingAboutATopicIsNoSpeaker()
    {
        var quotes = Quotes("The magazine and its outlook on life says something about the anxious temper of our time.\n\n"
            + "The mayor said something about the budget on Monday.");
        Assert.Equal("The mayor", Assert.Single(quotes).Source?.Text);
    }

    [Theory]
    [InlineData("Ferry pilot Ansel Brook wrote on X that \"the harbor is ours again.\"", "\"the harbor is ours again.\"")]
    [InlineData("The sprinter Ivo Kask wrote on Instagram that he had never taken a banned substance.", "he had never taken a banned substance")]
    [InlineData("Mayor Lida Roon said on Radio Kotor that the ferry would run again in May.", "the ferry would run again in May")]
    public void WhereItWasPostedIsNoPartOfWhatWasSaid(string body, string content)
    {
        Assert.Equal(content, ContentOf(Assert.Single(Quotes(body))));
    }
}
