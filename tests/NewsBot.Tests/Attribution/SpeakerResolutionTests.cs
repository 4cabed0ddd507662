using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>How source mentions become speakers: names, surnames, roles, organizations, unnamed sources, pronouns.</summary>
public sealed class SpeakerResolutionTests
{
    private static List<Speaker?> Speakers(string body) =>
        TestArticles.Attribute("Headline\n\n" + body).Quotes.Select(q => q.Speaker).ToList();

    private static List<Speaker?> DirectSpeakers(string body) =>
        TestArticles.Attribute("Headline\n\n" + body).Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Speaker).ToList();

    [Fact]
    public void ASurnameOrTitleAndSurnameIsThePersonNamedInFullBefore()
    {
        var speakers = Speakers("Secretary of State Antony Blinken met Sergey Lavrov on Friday.\n\n"
            + "\"We are committed,\" Blinken said.\n\n\"We will go on,\" Secretary Blinken added.");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.Equal("Antony Blinken", s?.Name));
    }

    [Fact]
    public void AVerbFirstSpeakerWithADescriptionIsTheSheThatContinues()
    {
        var speakers = DirectSpeakers("“The ferry is safe,” port spokesman Ivo Marsh said.\n\n"
            + "“The rules don’t hold water. They are wrong,” said 1/10 widow Nour Kell.\n\n"
            + "She continued, “All we ask is a hearing.”\n\n“Nobody should make us wait,” she said.");
        Assert.Equal(["Ivo Marsh", "Nour Kell", "Nour Kell", "Nour Kell"], speakers.Select(s => s?.Name));
    }

    [Fact]
    public void ADescriptionThatSaysSheOutweighsAGivenNameTheLexiconThinksMale()
    {
        var speakers = DirectSpeakers("“The ferry is safe,” port spokesman Ivo Marsh said.\n\n"
            + "“The rules are wrong,” said harbor widow Kevin Lund.\n\nShe continued, “All we ask is a hearing.”");
        Assert.Equal(["Ivo Marsh", "Kevin Lund", "Kevin Lund"], speakers.Select(s => s?.Name));
    }

    [Fact]
    public void ASheNeverStandsForAManTheArticleMarksMale()
    {
        var speakers = DirectSpeakers("“The ferry is safe,” port spokesman Ivo Marsh said. Mr. Marsh took no questions.\n\n"
            + "A woman in the crowd was angry.\n\nShe continued, “All we ask is a hearing.”");
        Assert.DoesNotContain(speakers, s => s?.Name == "Ivo Marsh" && speakers.IndexOf(s) > 0);
        // the woman the narration described is who "she" is, as that description
        Assert.Equal("woman (unnamed)", speakers[^1]?.Name);
    }

    [Theory]
    [InlineData("Commissioner Ivo Marsh says he checked the ferry logs himself.")]
    [InlineData("Ivo Marsh, the commissioner, says he checked the ferry logs himself.")]
    public void ATitleIsThePersonTheArticleNamesWithItNext(string next)
    {
        var speakers = Speakers("Harbor County’s port commissioner says a review shows no one leaked the ferry logs.\n\n" + next);
        Assert.Equal(["Ivo Marsh", "Ivo Marsh"], speakers.Select(s => s?.Name));
    }

    [Theory]
    [InlineData("Commissioner Ivo Marsh says he checked the ferry logs. Commissioner Dana Roe says she did too.")]
    // the next paragraph names someone the article describes otherwise
    [InlineData("Mayor Ivo Marsh says he checked the ferry logs himself.")]
    [InlineData("Ivo Marsh, a harbor pilot, says he checked the ferry logs himself.")]
    // someone else is named in between
    [InlineData("Dana Roe was not available. Ivo Marsh says he checked the ferry logs himself.")]
    public void ATitleTheArticleTiesToNoNameOrToTwoStaysUnnamed(string next)
    {
        var speakers = Speakers("Harbor County’s port commissioner says a review shows no one leaked the ferry logs.\n\n" + next);
        Assert.EndsWith("(unnamed)", speakers[0]?.Name);
    }

    [Fact]
    public void AnOfficeWhoseSpeakerTheNextParagraphOpensByNameIsThatPerson()
    {
        var speakers = Speakers("Harbor County’s port commissioner says a review shows no one from the Harbor Board leaked Mayor Dana Roe’s ferry logs.\n\n"
            + "Ivo Marsh says he checked the logs himself. He says the system records every search.");
        Assert.Equal(["Ivo Marsh", "Ivo Marsh", "Ivo Marsh"], speakers.Select(s => s?.Name));
    }

    [Theory]
    // a person the article met before as someone else
    [InlineData("Ivo Marsh runs the ferry line.\n\nThe line lost money in May.\n\nHarbor County’s port commissioner says a review shows no one leaked the logs.\n\nIvo Marsh says he checked the logs himself.")]
    // an anonymous source, or a title any of several may hold
    [InlineData("A port official says a review shows no one leaked the logs.\n\nIvo Marsh says he checked the logs himself.")]
    [InlineData("The commissioner says a review shows no one leaked the logs.\n\nIvo Marsh says he checked the logs himself.")]
    // a paragraph of narration in between
    [InlineData("Harbor County’s port commissioner says a review shows no one leaked the logs.\n\nThe logs were stolen in May.\n\nIvo Marsh says he checked the logs himself.")]
    public void AnOfficeIsNoNameTheArticleGivesOtherwiseOrLater(string body)
    {
        var speakers = Speakers(body);
        Assert.NotEqual("Ivo Marsh", speakers[^2]?.Name);
    }

    [Fact]
    public void ADescriptionOpeningNarrationIsThePersonItFindsForTheDescriptionThatFollows()
    {
        var speakers = Speakers("Republican presidential nominee Tom Ellery held a rally on Thursday.\n\nIvo Marsh says too much is made of the ferry tax.\n\n"
            + "The Republican vice presidential nominee toured a ferry dock in Salem, Oregon, on Friday, hours after Ellery mocked the pier plan.\n\n"
            + "The Oregon governor said voters are tired of talk about ferries.");
        Assert.Equal(["Ivo Marsh", "Ivo Marsh"], speakers.Select(s => s?.Name));
    }

    [Fact]
    public void TheReporterWhoseExcerptFollowsIsNotTheSheOfTheQuotesInIt()
    {
        var speakers = DirectSpeakers("The Ledger sent its reporter Dana Whitcombe to a farm in Ohio to meet a retired welder.\n\n"
            + "The welder doubts that the plant will ever reopen. Whitcombe reports:\n\n"
            + "\"Every morning she walks past the gate. “Nobody is coming back,” she said, shaking her head.\n\n"
            + "“Not in my lifetime,” she said.\"");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.NotEqual("Dana Whitcombe", s?.Name));
    }

    [Fact]
    public void AShePreviouslyUnresolvedIsNotTheWomanMentionedBesideHer()
    {
        var speakers = DirectSpeakers("“The river never rose like this,” she said, recalling a visit by Mayor Ada Brandt years ago.\n\n"
            + "“We lost the barn and the orchard,” she said.");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.NotEqual("Ada Brandt", s?.Name));
    }

    [Fact]
    public void AWritersOwnRelativeIsAnUnnamedSpeaker()
    {
        var speakers = DirectSpeakers("The storm cellar was never finished. \"We will be ready for anything,\" my father often said.");
        Assert.Equal("father (unnamed)", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void ASpokeswomanForANamedPersonIsNotThatPerson()
    {
        var speakers = Speakers("Lena Ortiz is running for governor.\n\n"
            + "A spokeswoman for Lena Ortiz says the candidate never met the developer.");
        var speaker = Assert.Single(speakers);
        Assert.NotEqual("Lena Ortiz", speaker?.Name);
    }

    [Fact]
    public void AMansCourtesyTitleNeverFindsTheWomanOfThatSurname()
    {
        var speakers = Speakers("\"We are ready,\" Maria Varga, the first lady, said on Saturday.\n\n"
            + "\"My name is not on the ballot,\" Mr. Varga said at the dinner.");
        Assert.Equal(2, speakers.Count);
        Assert.Equal("Maria Varga", speakers[0]?.Name);
        Assert.NotEqual("Maria Varga", speakers[1]?.Name);
    }

    [Fact]
    public void AWomanNamedInFullIsNotTheManOfThatSurnameMetBefore()
    {
        var speakers = Speakers("\"My name is not on the ballot,\" Mr. Varga said at the dinner.\n\n"
            + "\"We are ready,\" Maria Varga, the first lady, said on Saturday.\n\n\"We will win this fight,\" Mr. Varga said.");
        Assert.Equal(3, speakers.Count);
        Assert.Equal("Maria Varga", speakers[1]?.Name);
        Assert.NotEqual("Maria Varga", speakers[0]?.Name);
        Assert.NotEqual("Maria Varga", speakers[2]?.Name);
    }

    [Fact]
    public void ACourtesyTitleIsNoJobTitle()
    {
        var speakers = Speakers("\"We will appeal,\" Ms. Okafor said.\n\n\"It is serious,\" Mr. Dunn said.");
        Assert.Equal([new Speaker("Okafor", SpeakerType.Person, null), new Speaker("Dunn", SpeakerType.Person, null)], speakers);
    }

    [Fact]
    public void AnotherSpellingOfTheGivenNameIsTheSamePerson()
    {
        var speakers = Speakers("US Secretary of State Anthony Blinken will fly to Kiev.\n\n"
            + "\"We are committed,\" Antony Blinken said.");
        Assert.Contains(Assert.Single(speakers)!.Name, new[] { "Antony Blinken", "Anthony Blinken" });
    }

    [Fact]
    public void ARoleTheArticleGaveAPersonFindsThatPerson()
    {
        var speakers = Speakers("Press Secretary Jen Psaki spoke on Monday.\n\n\"It is serious,\" the press secretary said.");
        Assert.Equal(new Speaker("Jen Psaki", SpeakerType.Person, "Press Secretary"), Assert.Single(speakers));
    }

    [Fact]
    public void AnOrganizationOrACapitalSpeaksAsAnOrganization()
    {
        var speakers = Speakers("The White House warned that the attack could come soon.\n\nMoscow said that it had no such plans.");
        Assert.Equal([new Speaker("White House", SpeakerType.Organization, null), new Speaker("Moscow", SpeakerType.Organization, null)], speakers);
    }

    [Theory]
    [InlineData("Lena Fisk, the mayor's former campaign manager, spoke on Monday.", "The mayor's former campaign manager said the race was close.")]
    [InlineData("Dan Ortiz, Garcia's chief strategist, left in May.", "Garcia's chief strategist said the polls were wrong.")]
    [InlineData("Lena Fisk, a former campaign manager for the mayor, spoke on Monday.", "The former campaign manager said the race was close.")]
    public void ADescriptionTheArticleGaveAPersonInAnAppositionFindsThatPerson(string introduction, string statement)
    {
        var speakers = Speakers(introduction + "\n\n" + statement);
        Assert.Equal(introduction.Split(',')[0], speakers[^1]?.Name);
    }

    [Fact]
    public void TheTitleSpelledOutFindsThePersonWhoseAbbreviatedTitleItIs()
    {
        var speakers = Speakers("Sen. Ana Ruiz spoke first.\n\nThe senator said the bill was dead.");
        Assert.Equal("Ana Ruiz", speakers[^1]?.Name);
    }

    [Theory]
    [InlineData("Sen. Ana Ruiz met Sen. Tom Hale on Monday.\n\nThe senator said the bill was dead.")]
    [InlineData("Lena Fisk, a campaign manager, met Ann Cole, a campaign manager too.\n\nThe campaign manager said the race was close.")]
    [InlineData("Sen. Ana Ruiz spoke first.\n\nA senator said the bill was dead.")]
    public void ADescriptionThatFitsNoOneOrSeveralOrIsIndefiniteNamesNoOne(string body)
    {
        var speaker = Speakers(body)[^1];
        Assert.DoesNotContain(new[] { "Ana Ruiz", "Tom Hale", "Lena Fisk", "Ann Cole" }, n => n == speaker?.Name);
    }

    [Fact]
    public void AnUnnamedSourceStaysItsOwnSpeakerAndIsNeverMergedWithANamedPerson()
    {
        var speakers = Speakers("Press Secretary Jen Psaki spoke first.\n\n"
            + "\"We are ready,\" a US official told reporters.\n\n\"It is early,\" the official said.");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.Equal(new Speaker("US official (unnamed)", SpeakerType.Person, null), s));
    }

    [Fact]
    public void APronounGoesToTheMostRecentCompatibleSpeakerNotTheLastNamedWoman()
    {
        var speakers = Speakers("\"We are ready,\" Press Secretary Jen Psaki said.\n\n"
            + "\"It is early,\" a US official told reporters.\n\n\"We will see,\" she said.");
        Assert.Equal("US official (unnamed)", speakers[^1]?.Name);
    }

    [Fact]
    public void APronounSkipsSpeakersOfTheOtherGender()
    {
        var speakers = Speakers("\"We are ready,\" Maria Lopez said.\n\n\"It is early,\" John Smith said.\n\n\"We will see,\" she said.");
        Assert.Equal("Maria Lopez", speakers[^1]?.Name);
    }

    [Fact]
    public void APronounGoesToTheSubjectOfThePreviousSentenceNotToAManMentionedAfterIt()
    {
        var speakers = Speakers("Gov. Tom Hale, who campaigned for Paul Brandt last spring, visited the plant on Monday.\n\n"
            + "\"It is a disgrace,\" he said.");
        Assert.Equal("Tom Hale", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void APronounGoesToTheSpeakerOfThePreviousStatementNotToAManItMentions()
    {
        var speakers = Speakers("Mark Olsen said the new plan would cost Peter Grant his seat.\n\n\"It is fair,\" he added.");
        Assert.Equal("Mark Olsen", speakers[^1]?.Name);
    }

    [Fact]
    public void ANameInsideTheReportedWordsIsNeverTheirSpeaker()
    {
        var speakers = Speakers("\"We need people of substance,\" said Carl Dunn, the head of the league.\n\n"
            + "People like Tom Reyes, he said, are rare.");
        Assert.Equal("Carl Dunn", speakers[^1]?.Name);
    }

    [Fact]
    public void APersonNamedOnlyInsideQuotationMarksIsNoAntecedent()
    {
        var speakers = Speakers("Ruth Ames spoke on Monday.\n\n\"I told Henry Vogel that we would wait,\" she said.\n\n\"It is over,\" he said.");
        Assert.Equal("Ruth Ames", speakers[0]?.Name);
        Assert.Null(speakers[^1]);
    }

    [Fact]
    public void TwoMenMentionedOnlyInPassingLeaveThePronounUnresolved()
    {
        var speakers = Speakers("The board met on Monday. Its report thanked Paul Brandt and praised a book by Tom Hale.\n\n"
            + "\"We will see,\" he said.");
        Assert.Null(speakers[^1]);
    }

    [Fact]
    public void APersonIntroducedWithAnAppositionIsMoreSalientThanOneMentionedInPassing()
    {
        var speakers = Speakers("The storm flooded the farm of Paul Brandt and the home of Tom Hale, the union's treasurer.\n\n"
            + "\"It will not work,\" he said.");
        Assert.Equal("Tom Hale", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void ACapitalizedGroupOpeningTheSentenceIsNoPersonForAPronoun()
    {
        var speakers = Speakers("Delegates questioned how Tom Hale could break his pledge.\n\n\"It was personal,\" he said.");
        Assert.NotEqual("Delegates", speakers[0]?.Name);
        Assert.Equal("Tom Hale", speakers[^1]?.Name);
    }

    [Theory]
    [InlineData("The coalition said the vote was unfair.")]
    [InlineData("Several protesters and local leaders said the march was calm.")]
    public void HeOrSheNeverStandsForAnUnnamedGroupOrThing(string first)
    {
        var speakers = Speakers(first + "\n\n\"We will appeal,\" she said.");
        Assert.Null(speakers[^1]);
    }

    [Theory]
    [InlineData("Ms. Tate spoke after Carl Alder.\n\n\"It was wrong,\" he said.", "Carl Alder")]
    [InlineData("Mr. Tate thanked Laura Alder.\n\n\"It was kind,\" she said.", "Laura Alder")]
    public void AnHonorificGivesThePersonTheirPronoun(string body, string speaker) =>
        Assert.Equal(speaker, Speakers(body)[^1]?.Name);

    [Fact]
    public void APronounWithNoOneToReferToIsLeftUnresolved() =>
        Assert.Null(Assert.Single(Speakers("\"We will see,\" she said.")));

    [Fact]
    public void ASurnameSharedByTwoPeopleIsNotGuessedFromTheSurnameAlone()
    {
        var speakers = Speakers("Bill Clinton and Hillary Clinton arrived together.\n\n\"It is early,\" Clinton said.");
        Assert.Null(Assert.Single(speakers));
    }

    [Fact]
    public void ASurnameSharedByTwoPeopleIsTheOneTheArticleKeepsQuoting()
    {
        var speakers = Speakers("Former Governor Tom Reyes campaigned in Dover for his wife Ana Reyes on Monday.\n\n"
            + "\"The ferry fares are a scandal,\" the former governor said.\n\n\"Nobody can afford them,\" he said.\n\n"
            + "Reyes said on the other hand, \"the harbor itself is in good shape.\"");
        Assert.Equal("Tom Reyes", speakers[^1]?.Name);
    }

    [Fact]
    public void ASurnameSharedByTwoPeopleQuotedAlikeStaysUnresolved()
    {
        var speakers = Speakers("Tom Reyes and Ana Reyes spoke in Dover on Monday.\n\n"
            + "\"The ferry fares are a scandal,\" Tom Reyes said.\n\n\"Nobody can afford them,\" Ana Reyes said.\n\n"
            + "Reyes said on the other hand, \"the harbor itself is in good shape.\"");
        Assert.Null(speakers[^1]);
    }

    [Theory]
    [InlineData("Sen. Ana Ruiz of Oregon said the bill is dead.", "Ana Ruiz")]
    [InlineData("Del. Tomas Varga of the Northern Isles said the bill is dead.", "Tomas Varga")]
    [InlineData("Rep. Lena Okafor of New Hampshire said the bill is dead.", "Lena Okafor")]
    [InlineData("Secretary of State Tomas Varga of Ruritania said the bill is dead.", "Tomas Varga")]
    public void ATitledNameOfAPlaceIsThePersonNotThePlace(string body, string name)
    {
        var speaker = Assert.Single(Speakers(body));
        Assert.Equal(name, speaker?.Name);
        Assert.Equal(SpeakerType.Person, speaker?.Type);
    }

    [Fact]
    public void AnUntitledNameOfAPlaceIsNeverThePlace()
    {
        var speaker = Assert.Single(Speakers("Tomas Varga of Oregon said the bill is dead."));
        Assert.NotEqual("Oregon", speaker?.Name);
        Assert.StartsWith("Tomas Varga", speaker?.Name);
    }

    [Fact]
    public void ANameWithAnAppositionOfAnOrganizationIsThePerson()
    {
        var speakers = Speakers("Harold Vance, president of the United Guild of Bakers, said the strike would go on.\n\n"
            + "Harold Vance, president of the United Guild of Bakers, which represents city bakers, said the ovens were cold.");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.Equal("Harold Vance", s?.Name));
        Assert.All(speakers, s => Assert.Equal(SpeakerType.Person, s?.Type));
    }

    [Fact]
    public void APartyTitleBeforeTheNameIsARole()
    {
        var speaker = Assert.Single(Speakers("Idaho Republican Party Chairman Dale Fenwick said the vote was fair."));
        Assert.Equal("Dale Fenwick", speaker?.Name);
    }

    [Fact]
    public void AnOrganizationsDepartmentAndTitleBeforeTheNameAreTheRoleAndTheSurnameLaterThePerson()
    {
        var speakers = Speakers("Democratic State Committee Outreach Director Lena Okafor said the count was slow.\n\n"
            + "“Nobody checked the ballots twice,” Okafor told the Valley Courier.");
        Assert.Equal(["Lena Okafor", "Lena Okafor"], speakers.Select(s => s?.Name));
        Assert.Equal(SpeakerType.Person, speakers[0]?.Type);
        Assert.Equal("Democratic State Committee Outreach Director", speakers[0]?.Role);
    }

    [Fact]
    public void AUnionsDepartmentAndTitleBeforeTheNameAreTheRole()
    {
        var speaker = Assert.Single(Speakers("Harbor Workers Union Policy Director Mara Quill said the ferry fares were too high."));
        Assert.Equal("Mara Quill", speaker?.Name);
        Assert.Equal(SpeakerType.Person, speaker?.Type);
    }

    [Fact]
    public void AStudyBeingReleasedByResearchersIsNamedByItsHeadAndLeavesTheResearchersTheirOwn()
    {
        var speakers = Speakers("A thorough study being published on Friday by a team of scholars shows in detail how ferry firms hide their fees.\n\n"
            + "The scholars reported that the pilots earn less than they did.");
        Assert.Equal(["thorough study (unnamed)", "scholars (unnamed)"], speakers.Select(s => s?.Name));
        Assert.Equal(SpeakerType.Organization, speakers[0]?.Type);
    }

    [Fact]
    public void AConventionIsNoPersonForAPronounToFind()
    {
        var speakers = Speakers("Sen. Ana Ruiz spoke at the Green National Convention in July.\n\n\"We will win,\" he said.");
        Assert.NotEqual("Convention", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void ANegatedAuxiliaryIsNotPartOfTheSpeaker()
    {
        // (a clause conjoined after a comma is no closing attribution, and "haven't said a word" reports nothing)
        Assert.All(Speakers("The mayor has been silent, and his staff haven't said a word about the plan."), s => Assert.DoesNotContain("haven't", s?.Name ?? ""));
        var speaker = Assert.Single(Speakers("The mayor has been silent, and his staff haven't said whether the plan will pass."));
        Assert.DoesNotContain("haven't", speaker?.Name ?? "");
    }

    [Fact]
    public void ACapitalizedDocumentNounOpeningTheSentenceIsNoPerson()
    {
        var speaker = Assert.Single(Speakers("Video of the crash shows the car running the light."));
        Assert.NotEqual(SpeakerType.Person, speaker?.Type);
        Assert.NotEqual("Video", speaker?.Name);
    }

    [Fact]
    public void ACueVerbIsNeverTheSpeaker()
    {
        var speakers = Speakers("The latest poll, by a county group, shows rates will rise.");
        Assert.DoesNotContain(speakers, s => s?.Name.StartsWith("shows") == true);
    }

    [Fact]
    public void AnAcronymIsAnOrganizationSoAPronounSkipsIt()
    {
        var quotes = TestArticles.Attribute("Former NPC chairman calls for a backup plan\n\n"
            + "Tom Rivera said he expects the governor to recover. The party's rules empower the NPC to name a replacement.\n\n"
            + "“Only a fool would fail to plan for it,” he said.").Quotes;
        Assert.Equal("Tom Rivera", quotes[^1].Speaker?.Name);
        Assert.DoesNotContain(quotes, q => q.Speaker is { Type: SpeakerType.Person, Name: "NPC" } || q.Speaker?.Role == "Former");
    }

    [Fact]
    public void ANameFollowedByItsAcronymIsOneOrganization()
    {
        var speakers = Speakers("More than 900 people marched, according to the event organizer Coalition to Save Our Parks (CSOP).\n\n"
            + "CSOP said it would march again in May.");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.Equal(new Speaker("Coalition to Save Our Parks", SpeakerType.Organization, null), s));
    }

    [Theory]
    [InlineData("Political observers in Harrow County and across the state say the mayor deserves a second term.", "observers")]
    [InlineData("Although the plan is costly, elected officials in both chambers say it will pass.", "officials")]
    public void APluralBeforeAPrepositionIsTheHeadOfTheSource(string sentence, string head)
    {
        var speaker = Assert.Single(Speakers(sentence));
        Assert.EndsWith(" (unnamed)", speaker?.Name);
        Assert.Contains(head, speaker!.Name);
        Assert.DoesNotContain(speaker.Name, new[] { "state (unnamed)", "chambers (unnamed)" });
    }

    [Fact]
    public void ATitleCaseHeadlinesDescriptionIsTheOnePersonTheArticleGivesIt()
    {
        var quotes = TestArticles.Attribute("Veteran Judge Reveals 'Troubling' Side Of Budget Cuts\n\n"
            + "Veteran Judge Ada Brennick spoke out on Monday.\n\n\"It is reckless,\" Brennick said.").Quotes;
        Assert.Equal(0, quotes[0].Paragraph);
        Assert.Equal("Ada Brennick", quotes[0].Speaker?.Name);
    }

    [Fact]
    public void ATitleCaseHeadlinesDescriptionNobodyHasStaysUnnamed()
    {
        var article = TestArticles.Attribute("Retired Colonel Reveals 'Troubling' Side Of Budget Cuts\n\n"
            + "A retired colonel spoke out on Monday.\n\n\"It is reckless,\" Mayor Ada Brennick said.");
        var headline = article.Quotes[0];
        Assert.Equal(0, headline.Paragraph);
        Assert.Equal("retired colonel (unnamed)", headline.Speaker?.Name);
        Assert.DoesNotContain(article.Quotes, q => q.Speaker?.Name is "Retired Colonel" or "Calls");
    }

    [Theory]
    [InlineData("Lena Fisk on Tuesday called on the council to resign.", "\"That was shameful,\" Okafor's former campaign strategist said.")]
    [InlineData("Lena Fisk stressed her record on the council on Tuesday.", "The former first lady and state senator said the vote was a mistake.")]
    // a former office, or a candidacy, is no other office than the title she holds
    [InlineData("Mayor Lena Fisk stressed her record on the council on Tuesday.", "The former state senator said the vote was a mistake.")]
    [InlineData("Mayor Lena Fisk stressed her record on the council on Tuesday.", "The Democratic Senate nominee said the vote was a mistake.")]
    public void ADescriptionNobodyHasIsThePersonTheSentenceBeforeIsAbout(string introduction, string statement)
    {
        var speakers = Speakers(introduction + "\n\n" + statement);
        Assert.Equal("Lena Fisk", speakers[^1]?.Name);
    }

    [Theory]
    // an anonymous source stays anonymous, introduced or not
    [InlineData("Press Secretary Dana Ruiz spoke on Monday. A senior administration official said talks failed.", "\"We are not there yet,\" the senior official said.")]
    [InlineData("Press Secretary Dana Ruiz spoke to reporters on Monday.", "\"We are not there yet,\" the senior official said.")]
    // the description was introduced as someone new
    [InlineData("A longtime campaign strategist spoke out. Dana Ruiz stressed her record on Monday.", "\"It is over,\" the longtime campaign strategist said.")]
    // the description may be of the person that sentence mentions: it is left to nobody
    [InlineData("Mayor Dana Ruiz attacked Tom Delk on Monday.", "\"It is a lie,\" Delk's longtime campaign strategist said.")]
    // the gender does not fit
    [InlineData("Tom Delk stressed his record on the council on Tuesday.", "The former first lady and state senator said the vote was a mistake.")]
    // the article gives the person another office
    [InlineData("Mayor Dana Ruiz stressed her record on the council on Tuesday.", "The Oregon governor said the vote was a mistake.")]
    public void ADescriptionIsNoSecondNameForANamedPersonWhenAnythingSpeaksAgainstIt(string introduction, string statement)
    {
        var speakers = Speakers(introduction + "\n\n" + statement);
        Assert.DoesNotContain(speakers[^1]?.Name ?? "", new[] { "Dana Ruiz", "Tom Delk" });
    }

    [Fact]
    public void ACourtesyTitleBeforeASurnameThatIsAlsoATitleIsThePersonNamedInFull()
    {
        var speakers = Speakers("Last week I visited Peter King at his studio.\n\n"
            + "\"We need the money,\" Mr. King said.\n\nMr. King's studio is small.\n\n\"It was a shock,\" Mr. King said later.");
        Assert.Equal(["Peter King", "Peter King"], speakers.Select(s => s?.Name));
    }

    [Fact]
    public void ACourtesyTitleBeforeASurnameThatIsAlsoATitleNeverFindsAPersonOfTheOtherGender()
    {
        var speakers = Speakers("Last week I visited Mary King at her studio.\n\n\"We need the money,\" Mr. King said.");
        Assert.NotEqual("Mary King", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void APartyWordBeforeANameIsNoGivenName()
    {
        var speakers = Speakers("Democrat Peter Marsh won the seat in 2014.\n\n\"We will win again,\" Peter Marsh said.\n\n"
            + "\"The count is not over,\" said Democrat Peter Marsh.");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.Equal("Peter Marsh", s?.Name));
    }

    [Fact]
    public void APartyWordBeforeAGivenNameTheLexiconLacksIsNoPartOfTheName()
    {
        var quote = Assert.Single(Speakers("The recount began on Monday.\n\nDemocrat Ilsabet Varo told supporters that her lead would hold."));
        Assert.Equal("Ilsabet Varo", quote?.Name);
    }

    [Fact]
    public void ANameInAppositionToADescriptionAfterAnIntroductoryPhraseIsTheSpeaker()
    {
        var quote = Assert.Single(TestArticles.Attribute("Headline\n\n"
            + "In a statement, one of the club's lawyers, Peter Dunmore, said the records show the coach leaving the field calmly.").Quotes);
        Assert.Equal("Peter Dunmore", quote.Speaker?.Name);
        Assert.Equal("the records show the coach leaving the field calmly", quote.Content[0].Text);
    }

    [Theory]
    [InlineData("The Pell Institute in Boston maintains that tuition will rise next year.", "Pell Institute")]
    [InlineData("Judge Ana Ruiz heard the case.\n\nHis appeal to the court argued that the ruling was unfair.", "appeal to the court (unnamed)")]
    [InlineData("A report by Yale and the University of Utah at Provo found that rents rose sharply.", "report by Yale and the University of Utah at Provo (unnamed)")]
    public void APhraseCompletingAPrepositionBeforeTheCueIsNotItsSpeaker(string body, string speaker)
    {
        Assert.Equal(speaker, Speakers(body)[^1]?.Name);
    }

    [Fact]
    public void AnAdverbAfterTheAuxiliaryIsNoPartOfTheSource()
    {
        Assert.Equal("Rob Hale", Speakers("Sen. Rob Hale of Ohio has long argued that the tariff hurts farmers.")[^1]?.Name);
    }

    [Fact]
    public void AnExWifeIsTheWifeTheArticleSaysTheManDivorced()
    {
        var speakers = Speakers("Peter Vance finalized his divorce from wife Lena last year and now runs for mayor.\n\n"
            + "Vance argued that the records should stay sealed.\n\nHis ex-wife agreed that the files were private. Lena Vance did not attend.");
        Assert.Equal("Lena Vance", speakers[^1]?.Name);
    }

    [Fact]
    public void ARelativeNamedOnlyByAGivenNameIsThatPerson()
    {
        var speakers = Speakers("Ada Pruitt and her husband, Cal, run the farm.\n\nHer husband said the harvest was poor.");
        Assert.Equal("Cal", speakers[^1]?.Name);
    }

    [Fact]
    public void ARelationTwoPeopleHoldStaysUnnamed()
    {
        var speakers = Speakers("Ada Pruitt and her husband, Cal, run the farm.\n\nJo Marr, a neighbor, and her husband Dev Marr disagree.\n\n"
            + "Her husband said the harvest was fine.");
        Assert.Equal("husband (unnamed)", speakers[^1]?.Name);
    }

    [Fact]
    public void TheTitleAloneIsNotTheViceHolderOfIt()
    {
        var speakers = Speakers("President Ana Ruiz opened the bridge on Sunday with Vice President Tom Ellery.\n\n"
            + "\"This bridge is for everyone,\" the president said.");
        Assert.Equal("Ana Ruiz", speakers[^1]?.Name);
    }
    [Fact]
    public void APluralTitleDoesNotEndTheSentenceAndTitlesEachPerson()
    {
        var speakers = Speakers("The losses led Sens. Ivo Brandt (D-Mont.) and Ola Fenn (R-La.) to press the bank.\n\n"
            + "\"Every time you say that,\" Brandt said.");
        Assert.Equal("Ivo Brandt", speakers[^1]?.Name);
        Assert.Equal("Sen.", speakers[^1]?.Role);
    }

    [Fact]
    public void ASurnameQuotedLaterIsTheFullNameGivenBeforeEvenWithAnUnknownGivenName()
    {
        var speakers = Speakers("Critics called on Osric Palmer to apologize for the post.\n\nPalmer said the post was a joke.");
        Assert.Equal("Osric Palmer", speakers[^1]?.Name);
    }

    [Fact]
    public void AWordOpeningASentenceBeforeAQuotedNameIsNoGivenName()
    {
        var speakers = Speakers("Unlike Stellar, the other firm kept its books open.\n\nStellar said the audit was fair.");
        Assert.Equal("Stellar", speakers[^1]?.Name);
    }

    [Fact]
    public void ASurnameThatIsAlsoAPlaceIsThePersonTitledWithIt()
    {
        var speakers = Speakers("Rep. Tim Jordan (R-Ohio) left the hearing early.\n\nLater, Jordan said the deal was bad for the town.");
        Assert.Equal("Tim Jordan", speakers[^1]?.Name);
        Assert.Equal(SpeakerType.Person, speakers[^1]?.Type);
    }

    [Fact]
    public void ALoneTitleWordIsTheSurnameOfThePersonNamedWithIt()
    {
        var speakers = Speakers("Larry King hosted the show on Monday.\n\nKing said the guests were late.");
        Assert.Equal("Larry King", speakers[^1]?.Name);
    }

    [Fact]
    public void AnOrganizationsNameWithForAInsideIsOneName()
    {
        var speaker = Assert.Single(Speakers("The Committee for a Fair Harbor Budget reported that the plan would cost $150 billion."));
        Assert.Equal("Committee for a Fair Harbor Budget", speaker?.Name);
        Assert.Equal(SpeakerType.Organization, speaker?.Type);
        Assert.Null(speaker?.Role);
    }

    [Fact]
    public void ATranscriptLabelInCapitalsIsASurnameNotAnAcronym()
    {
        var speakers = Speakers("Partial transcript as follows:\n\nHOLM: Good morning, and welcome to the program today.\n\n"
            + "RUIZ: Thank you for having me on the show this morning.");
        Assert.Equal(["Holm", "Ruiz"], speakers.Select(s => s?.Name));
        Assert.All(speakers, s => Assert.Equal(SpeakerType.Person, s?.Type));
    }

    [Fact]
    public void ASentenceCaseHeadlinesDescriptionIsNoName()
    {
        var quotes = TestArticles.Attribute("Lawmaker urges sanctions on the cartel\n\nRep. Ana Ruiz called for sanctions on Monday.").Quotes;
        Assert.Equal("lawmaker (unnamed)", quotes.First(q => q.Paragraph == 0).Speaker?.Name);
    }

    [Fact]
    public void ATitleCaseHeadlinesDescriptionWithAnOfficeInItIsTheOnePersonTheArticleGivesItsHead()
    {
        var quotes = TestArticles.Attribute("Mayor Hid Heart Trouble From Council, Former City Hall Doctor Says\n\n"
            + "Dr. Lena Kowal, who was the City Hall physician for a decade, said the mayor hid a heart condition.").Quotes;
        Assert.Equal("Lena Kowal", quotes.First(q => q.Paragraph == 0).Speaker?.Name);
    }
    [Fact]
    public void AWomanKnownOnlyByADescriptionSaysTheShesaidQuotesThatFollow()
    {
        var speakers = DirectSpeakers("A woman waiting for the ferry held a sign against the seawall.\n\n"
            + "\"We never asked for this,\" she said.\n\n\"The mayor stopped listening years ago,\" she added.");
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.Equal("woman (unnamed)", s?.Name));
    }

    [Theory]
    [InlineData("The woman, who gave only her first name, Melanie, said she would stay with her sister.", "Melanie")]
    [InlineData("“The city knew the dike was weak,” said the woman, Melanie Ortiz.", "Melanie Ortiz")]
    [InlineData("The woman, Melanie Ortiz, runs the bakery.", "Melanie Ortiz")]
    public void APersonKnownByADescriptionIsTheNameTheArticleGivesHerLaterInHerEarlierQuotes(string naming, string name)
    {
        var speakers = DirectSpeakers("A woman in a yellow raincoat stood outside the flooded bakery. “We lost everything,” she said.\n\n"
            + "“Nobody warned us,” she added.\n\n" + naming);
        Assert.All(speakers, s => Assert.Equal(name, s?.Name));
    }

    [Theory]
    // someone new, introduced with "a"
    [InlineData("A second woman, Rosa Diaz, said the pumps came too late.")]
    // a description of someone else
    [InlineData("The man, Tom Ellery, said the pumps came too late.")]
    // a name that is not in apposition to the description
    [InlineData("The woman said Rosa Diaz owns the bakery.")]
    public void ADescribedPersonIsNoNameTheArticleGivesSomeoneElse(string later)
    {
        var speakers = DirectSpeakers("A woman in a yellow raincoat stood outside the flooded bakery. “We lost everything,” she said.\n\n" + later);
        Assert.Equal("woman (unnamed)", speakers[0]?.Name);
    }

    [Fact]
    public void AManKnownOnlyByADescriptionIsNoCandidateForShe()
    {
        var speakers = DirectSpeakers("The man at the front of the line waved a flag.\n\n\"We are tired of waiting,\" she said.");
        Assert.Null(Assert.Single(speakers));
    }

    [Fact]
    public void AnUnnamedSpeakerDescribedAsAWomanKeepsHerNextQuote()
    {
        var speakers = DirectSpeakers("An older woman from the harbor district said, \"The pier is falling apart.\"\n\n\"Nobody fixes anything,\" she said.");
        Assert.Equal(2, speakers.Count);
        Assert.Equal(speakers[0]?.Name, speakers[1]?.Name);
        Assert.NotNull(speakers[1]);
    }
    [Fact]
    public void TheyAfterAnOrganizationWithASingularNameIsNotThatOrganization()
    {
        var speakers = Speakers("The Harbor Press interviewed 15 former crew members. They described rude behavior by managers.");
        Assert.Null(Assert.Single(speakers));
    }
    [Fact]
    public void APartyWordGivenFirstGivesWayToTheFullerTitleThatHoldsIt()
    {
        var speaker = Assert.Single(Speakers("Republican Tom Ellery spoke on Monday.\n\nRepublican presidential nominee Tom Ellery said the plan failed."));
        Assert.Equal(new Speaker("Tom Ellery", SpeakerType.Person, "Republican presidential nominee"), speaker);
    }

    [Fact]
    public void AdjectivesBeforeAnOrganizationsNameAreNoPartOfIt()
    {
        var speakers = Speakers("The nonpartisan Harbor Budget Office says the plan costs $4 billion.\n\nA spokesman for the Harbor Budget Office says it costs less.");
        Assert.Equal(new Speaker("Harbor Budget Office", SpeakerType.Organization, null), speakers[0]);
        Assert.EndsWith("(unnamed)", speakers[1]?.Name);
    }
    [Fact]
    public void ADocumentReleasedByAnOrganizationSpeaksForThatOrganization()
    {
        var speaker = Assert.Single(Speakers("A 40-page flood analysis released by the Department of Coastal Affairs reveals that repairs lag by a decade."));
        Assert.Equal(new Speaker("Department of Coastal Affairs", SpeakerType.Organization, null), speaker);
    }

    [Theory]
    [InlineData("According to a new report by the Harbor Ledger, the port paid twice for the same ferry.", "Harbor Ledger")]
    [InlineData("According to a new report from the Coastal Policy Institute, the port paid twice for the same ferry.", "Coastal Policy Institute")]
    [InlineData("A new report from the Coastal Policy Institute says the port paid twice for the same ferry.", "Coastal Policy Institute")]
    [InlineData("A new report released Monday by the Harbor Trust says the port paid twice for the same ferry.", "Harbor Trust")]
    [InlineData("The port paid twice for the same ferry, according to an analysis by Dana Roe, a former port auditor.", "Dana Roe")]
    public void AReportSpeaksForTheOutletOrAuthorNamedWithIt(string sentence, string issuer)
    {
        var quote = Assert.Single(TestArticles.Attribute("Headline\n\n" + sentence).Quotes);
        Assert.Equal(issuer, quote.Speaker?.Name);
        // the issuer's name is no part of what the report says
        Assert.DoesNotContain(issuer, quote.Content[0].Text);
    }

    [Fact]
    public void AParticipleWithItsAgentAfterTheSubjectIsNoSourceOfItsOwn()
    {
        var quote = Assert.Single(TestArticles.Attribute("Headline\n\nThe audit, published by the Coastal Herald, says the mayor knew about the leak.").Quotes);
        Assert.Equal("the mayor knew about the leak", quote.Content[0].Text);
        Assert.DoesNotContain("mayor", quote.Speaker?.Name ?? "");
    }

    [Fact]
    public void AReportNamingNoIssuerStaysUnnamed()
    {
        var speaker = Assert.Single(Speakers("According to a new report, the port paid twice for the same ferry."));
        Assert.Equal("new report (unnamed)", speaker?.Name);
    }
    [Fact]
    public void HeAfterASentenceAboutTheTitleHoldersOwnThingsIsTheTitleHolderNotTheManQuotedBefore()
    {
        var speakers = Speakers("President Tom Ruiz opened the port on Monday.\n\nTom Ellery, one of the president's aides, recalled Mr. Ruiz talking about storms.\n\n"
            + "The president's island roots also mattered. In Kettering last week, he told a gathering of island mayors that few people grasped the risk.");
        Assert.Equal("Tom Ruiz", speakers[^1]?.Name);
    }
    [Fact]
    public void ItForADocumentIsNeverTheOrganizationThatReleasedIt()
    {
        var speakers = Speakers("The Harbor League released a report on Monday about ferry delays.\n\nIt also mentions that three ferries lacked inspections.");
        Assert.DoesNotContain(speakers, s => s?.Name == "Harbor League");
    }

    [Fact]
    public void ASpokeswomanForANamedPersonIsNeverThatPerson()
    {
        var speaker = Assert.Single(Speakers("Mayor Ana Ruiz spoke on Monday.\n\nA spokeswoman for Ana Ruiz says the mayor will sign the bill."));
        Assert.NotEqual("Ana Ruiz", speaker?.Name);
    }
}
