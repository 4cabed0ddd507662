using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the website", "the paper", "the union": what an organization is, written right after it spoke, stands for that
/// organization, never for a government body, and for nobody when two organizations just spoke.
/// </summary>
public sealed class OrganizationKindTests
{
    [Fact]
    public void TheWebsiteAfterANamedSiteSpokeIsThatSite()
    {
        var quotes = Quotes("The Tidewatch Center, which tracks ferry fares, published its yearly survey on Monday. \"Fares rose faster than wages,\" the center said.\n\nThe website noted that the harbor line was the worst offender.");
        Assert.Equal("Tidewatch Center", Assert.Single(quotes, q => ContentOf(q).Contains("worst offender")).Speaker?.Name);
    }

    [Fact]
    public void AnAdjectiveBeforeTheKindStillNamesIt()
    {
        var quotes = Quotes("\"We checked every claim,\" the Harbor Facts Network said on Tuesday.\n\nThe fact-checking website said that most of the mayor's figures were wrong.");
        Assert.Equal("Harbor Facts Network", Assert.Single(quotes, q => ContentOf(q).Contains("figures were wrong")).Speaker?.Name);
    }

    [Fact]
    public void ThePaperAddedIsThePaperThatJustSpoke()
    {
        var quotes = Quotes("The Harborville Herald reported that the pier would close in May. The paper added that the council had not voted.");
        Assert.Equal("Harborville Herald", Assert.Single(quotes, q => ContentOf(q).Contains("not voted")).Speaker?.Name);
    }

    [Fact]
    public void ABrotherhoodIsAnOrganizationAndTheUnionAfterItIsIt()
    {
        var quotes = Quotes("The Brotherhood of Ferry Pilots and Deckhands, which represents the crews, said in a statement that the schedule was unsafe.\n\n\"We warned the harbor board for a year,\" the union said.");
        var statement = Assert.Single(quotes, q => ContentOf(q).Contains("schedule was unsafe"));
        Assert.Equal("Brotherhood of Ferry Pilots and Deckhands", statement.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, statement.Speaker?.Type);
        Assert.Equal("Brotherhood of Ferry Pilots and Deckhands", Assert.Single(quotes, q => ContentOf(q).Contains("warned the harbor board")).Speaker?.Name);
    }

    [Fact]
    public void AGuildIsAnOrganization()
    {
        var quotes = Quotes("The Guild of Harbor Clerks said it would wait for the vote.");
        Assert.Equal(SpeakerType.Organization, Assert.Single(quotes, q => ContentOf(q).Contains("wait for the vote")).Speaker?.Type);
    }

    [Theory]
    [InlineData("railroad")]
    [InlineData("chain")]
    [InlineData("insurer")]
    public void ACompanyCalledByItsTradeIsAnOrganizationNeverAnotherThatJustSpoke(string trade)
    {
        var quotes = Quotes($"The Brotherhood of Ferry Pilots said the cuts were reckless. The {trade} said in response that its practices met every rule.");
        var reply = Assert.Single(quotes, q => ContentOf(q).Contains("met every rule"));
        Assert.Equal(SpeakerType.Organization, reply.Speaker?.Type);
        Assert.DoesNotContain("Brotherhood", reply.Speaker?.Name ?? "");
    }

    [Fact]
    public void AFirmsPossessiveNameBeforeADocumentIsTheFirmNamedInFull()
    {
        var quotes = Quotes("Fitchley's Credit Service said the harbor bonds were at risk of a downgrade.\n\n\"Reserves have thinned for three years running,\" the Fitchley's memo said.");
        Assert.Equal("Fitchley's Credit Service", Assert.Single(quotes, q => ContentOf(q).Contains("thinned for three years")).Speaker?.Name);
    }

    [Fact]
    public void TheUnionIsNotTheGovernmentBodyThatJustSpoke()
    {
        var quotes = Quotes("The Transport Department said the ferries would run on time. The union said that the crews would strike.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("would strike"));
        Assert.DoesNotContain("Department", quote.Speaker?.Name ?? "");
    }

    [Fact]
    public void TwoOrganizationsThatJustSpokeLeaveTheWebsiteToNeither()
    {
        var quotes = Quotes("The Tidewatch Center and the Harbor Facts Network both said fares were too high.\n\nThe website noted that the harbor line was the worst offender.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("worst offender"));
        Assert.DoesNotContain("Tidewatch", quote.Speaker?.Name ?? "");
        Assert.DoesNotContain("Harbor Facts", quote.Speaker?.Name ?? "");
    }

    [Fact]
    public void AnOrganizationFromParagraphsAgoIsTooFarForTheWebsite()
    {
        var quotes = Quotes("The Tidewatch Center said fares were too high.\n\nThe mayor's office did not answer questions.\n\nRiders waited for an hour in the rain.\n\nThe website noted that the harbor line was the worst offender.");
        Assert.DoesNotContain("Tidewatch", Assert.Single(quotes, q => ContentOf(q).Contains("worst offender")).Speaker?.Name ?? "");
    }

    [Theory]
    [InlineData("Courier")]
    [InlineData("Ledger")]
    [InlineData("Chronicle")]
    [InlineData("Inquirer")]
    public void ANewspaperByItsTownAndByItsLastWordIsOneSpeaker(string paper)
    {
        var quotes = Quotes($"The Harborville {paper} reported that the pier would close in May.\n\n\"The council has not voted,\" the {paper} said.");
        Assert.All(quotes, q => Assert.Equal($"Harborville {paper}", q.Speaker?.Name));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void ANameTheArticleCallsTheWebsiteIsAnOrganizationInEveryQuote()
    {
        var quotes = Quotes("On Monday, FactHarbor announced that it would check the debate live.\n\n\"Follow our live feed,\" FactHarbor says.\n\nThe website noted that most of the mayor's figures were wrong.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("FactHarbor", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void APersonWithAGivenNameIsNeverMadeTheCompany()
    {
        var quotes = Quotes("Anna Lind said the ferries were late. The company said the crews were at fault.");
        Assert.Equal(SpeakerType.Person, Assert.Single(quotes, q => q.Speaker?.Name == "Anna Lind").Speaker?.Type);
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "said" && ContentOf(q).Contains("crews") && q.Speaker?.Name == "Anna Lind");
    }

    [Theory]
    [InlineData("a lobby group speaking for 900 barley stalls")]
    [InlineData("a lobby group that speaks for 900 barley stalls")]
    public void TheKindAnAppositionGaveTheOrganizationFindsIt(string apposition)
    {
        var quotes = Quotes($"The levy drew fire from the Dealers Association of Ostrava, {apposition}. The group said the levy would \"starve the small stalls\" and urged lawmakers to scrap it.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Dealers Association of Ostrava", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void TwoOrganizationsOfThatKindLeaveTheGroupToNeither()
    {
        var quotes = Quotes("The levy drew fire from the Dealers Association of Ostrava, a lobby group speaking for 900 stalls, and from Green Harbor, a group of growers.\n\nThe group said the levy would hurt.");
        Assert.Equal("group (unnamed)", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void WhatAnAppositionCallsANamedFirmFindsIt()
    {
        var quotes = Quotes("Pell & Crane, the publisher of the sailor's memoir, said on Monday that every chapter had been checked twice.\n\n"
            + "\"We stand by every page,\" the publisher said.\n\nSales passed 90,000 last month, according to the publisher.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Pell & Crane", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void APlaceInTheDescriptionIsNotTheLastOrganizationNamed()
    {
        var quotes = Quotes("The Open Shelves Project, a Boston-based reading-rights group, argued on Friday that the vote was a mistake.\n\n"
            + "According to the group, nine towns have pulled titles from their shelves this year.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Open Shelves Project", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Theory]
    [InlineData("Brightwater's chief executive, Leo Kamau, said the turbines were safe.", "Brightwater said it would appeal the fine.")]
    [InlineData("Brightwater's shareholders meet in June.", "Brightwater has said the turbines will run by winter.")]
    public void ALoneNameThatOwnsWhatOnlyACompanyHasIsAnOrganization(string first, string second)
    {
        var quotes = Quotes("Headline\n\n" + first + "\n\n" + second);
        var quote = Assert.Single(quotes, q => q.Content[0].Text.Contains("would appeal") || q.Content[0].Text.Contains("will run by winter"));
        Assert.Equal(("Brightwater", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Theory]
    [InlineData("The Coral Sea Community said in a statement that the summit would go ahead in May.", "Coral Sea Community")]
    [InlineData("In a statement, the presidency said the minister had resigned for health reasons.", "presidency (unnamed)")]
    public void ABlocOfStatesOrAPresidencyIsAnOrganization(string text, string name)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal((name, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Theory]
    [InlineData("Passengers fell ill aboard the Sea Lark. Norvik Cruise Line said in a statement that cabins were being cleaned.", "The line said it had added staff in Bergen.", "Norvik Cruise Line")]
    [InlineData("Tarsa Offshore Energy said in a statement that the leak had slowed.", "The company said it expected to cap the well by Friday.", "Tarsa Offshore Energy")]
    [InlineData("The relief charity Open Hands, which runs two shelters in the valley, said on Monday that its vans had reached the camp.", "\"We need tents, not speeches,\" the group posted on Tuesday.", "Open Hands")]
    [InlineData("Dinamo Kotor said the player was recovering.", "The club said he was \"in good spirits.\"", "Dinamo Kotor")]
    [InlineData("The Norvik National Opera said refunds would be issued.", "The company said the season would resume in May.", "Norvik National Opera")]
    public void WhatAnOrganizationIsCalledRightAfterItSpokeIsThatOrganization(string first, string second, string name)
    {
        var quotes = Quotes(first + " " + second);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(name, q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void TheCompanyIsTheNameThatSpokeJustBeforeNotAnOrganizationFurtherBack()
    {
        var quotes = Attribute("Leak\n\nTarsa Offshore said the leak had slowed. The company said it expected to cap the well.\n\nHedgeview said its divers were ready. The company said they would dive on Friday.").Quotes;
        Assert.Equal("Hedgeview", quotes.Single(q => q.Content[0].Text.StartsWith("they would dive")).Speaker?.Name);
    }

    [Fact]
    public void TheCompanyNeverPointsAheadToACorporationNamedLater()
    {
        var quotes = Attribute("Ferry line Brackwater Marine files for protection\n\nBrackwater Marine, the 80-year-old ferry line, filed for protection on Monday.\n\n"
            + "The company said it had found a lender to keep its boats running.\n\nThe line's pension fund is short, and the Coastal Pension Guarantee Corporation may take it over.").Quotes;
        var quote = Assert.Single(quotes, q => q.Content[0].Text.StartsWith("it had found a lender"));
        Assert.NotEqual("Coastal Pension Guarantee Corporation", quote.Speaker?.Name);
    }

    [Fact]
    public void TheCompanyIsTheLeadsCompanyGivenATradeAfterACourtWasNamed()
    {
        var quotes = Attribute("Brackwater Marine files for protection\n\nBrackwater Marine, the 80-year-old hardware chain, filed for protection on Monday.\n\n"
            + "It listed debts of $90 million in its petition to the Harbor District Court.\n\nThe company said it had found a lender to keep its boats running.").Quotes;
        var quote = Assert.Single(quotes, q => q.Content[0].Text.StartsWith("it had found a lender"));
        Assert.Equal(("Brackwater Marine", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void TwoWordsJoinedByAndBeforeAWordForAnOrganizationNameOneBody()
    {
        var quote = Assert.Single(Quotes("Storm\n\nThe two climbers were found alive on Sunday, according to the coastal search and rescue service."));
        Assert.Equal(("coastal search and rescue service (unnamed)", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Theory]
    [InlineData("The National Union of Olive Growers, which represents 9,000 farms, said in a statement that the deal was unfair.", "National Union of Olive Growers")]
    [InlineData("The National Front of Olive Growers said in a statement that the deal was unfair.", "National Front of Olive Growers")]
    public void AWordThatQualifiesTitlesOpensTheOrganizationsName(string sentence, string name)
    {
        var quote = Assert.Single(Quotes("Farm\n\n" + sentence));
        Assert.Equal((name, SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }

    [Fact]
    public void ADeclarationOrAContractIsAWritingNeverAPerson()
    {
        var quotes = Quotes("The governor signed an emergency order for the coast. \"The harbor faces grave danger,\" the declaration said.\n\n"
            + "The contract said the builder would finish the pier by June.");
        Assert.Equal(SpeakerType.Organization, Assert.Single(quotes, q => ContentOf(q).Contains("grave danger")).Speaker?.Type);
        Assert.Equal(SpeakerType.Organization, Assert.Single(quotes, q => ContentOf(q).Contains("finish the pier")).Speaker?.Type);
    }

    [Fact]
    public void AJournalAndAQuarrysOperatorAreBodies()
    {
        var quotes = Quotes("Two loaders were damaged in the blast, the quarry's operator said.\n\n"
            + "The trial was small, the journal cautioned.");
        Assert.Equal(SpeakerType.Organization, Assert.Single(quotes, q => ContentOf(q).Contains("damaged in the blast")).Speaker?.Type);
        Assert.Equal(SpeakerType.Organization, Assert.Single(quotes, q => ContentOf(q).Contains("trial was small")).Speaker?.Type);
    }

    [Fact]
    public void ACapitalizedPatrolOrGuardIsOneBodyNamedWhole()
    {
        var quotes = Quotes("Two bridges were closed overnight, according to the Vellmar State Coastal Patrol.");
        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal(SpeakerType.Organization, speaker?.Type);
        Assert.Equal("Vellmar State Coastal Patrol", speaker?.Name);
    }

    [Fact]
    public void CooperativesAreBodiesNeverPeople()
    {
        var quotes = Quotes("Small grain cooperatives in the valley reported record losses this spring.");
        Assert.Equal(SpeakerType.Organization, Assert.Single(quotes).Speaker?.Type);
    }

    [Fact]
    public void ABodysInitialsThatSpellAFunctionWordAreItsName()
    {
        var quote = Assert.Single(Quotes("\"The data are clear,\" the WHO said on Tuesday."));
        Assert.Equal(("WHO", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }
}
