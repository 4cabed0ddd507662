using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// How an organization that speaks is named and typed: by the words that make a name an organization's, by what the
/// article says it is, by the short name of a company, by the issuer of a document — never as a person, and never
/// "(unnamed)" when the article gives its name.
/// </summary>
public sealed class OrganizationNameTests
{
    private static Speaker? SpeakerOf(IReadOnlyList<Quote> quotes, string content) =>
        Assert.Single(quotes, q => ContentOf(q).Contains(content)).Speaker;

    [Theory]
    [InlineData("The sheriff's office said the roads had reopened.", "sheriff's office (unnamed)")]
    [InlineData("The health department said the water was safe.", "health department (unnamed)")]
    [InlineData("A rights group said the roads had reopened.", "rights group (unnamed)")]
    [InlineData("The Nashville-based company said the roads had reopened.", "Nashville-based company (unnamed)")]
    public void AnUnnamedOrganizationIsNoPerson(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Theory]
    [InlineData("Marlow police said the driver fled.", "Marlow police")]
    [InlineData("Hendry's campaign said the driver fled.", "Hendry's campaign")]
    [InlineData("The Valdor opposition said the driver fled.", "Valdor opposition")]
    public void AWordForAnOrganizationAfterItsPlaceOrOwnerIsItsName(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Theory]
    [InlineData("The Vellmar Fire Protection District said the blaze was contained.", "Vellmar Fire Protection District")]
    [InlineData("The American Red Cross said the blaze was contained.", "American Red Cross")]
    [InlineData("Hope Bridge International said the blaze was contained.", "Hope Bridge International")]
    [InlineData("The Stone River Trust said the blaze was contained.", "Stone River Trust")]
    [InlineData("The Eastern Valdor Liberation Front said the blaze was contained.", "Eastern Valdor Liberation Front")]
    [InlineData("Minnesota Nurses United said the blaze was contained.", "Minnesota Nurses United")]
    public void ItsLastWordMakesANameAnOrganizations(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Theory]
    [InlineData("District Attorney Holm said the case was closed.", "Holm")]
    [InlineData("Ms. Cross said the case was closed.", "Cross")]
    [InlineData("Anna Cross said the case was closed.", "Anna Cross")]
    public void AWordThatEndsOnlyAnOrganizationsNameLeavesPeopleAlone(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Person), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void ACompanysShortNameAndItsHeadlineNameAreTheCompany()
    {
        var quotes = Attribute("Tavoren Health says thieves took member records\n\nBOSTON, May 3 - Tavoren Health Inc said on Monday that thieves had taken records of 2 million members.\n\n"
            + "Tavoren said the breach began in March.").Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Tavoren Health Inc", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Theory]
    [InlineData("Coldwell, the shipping company that owns the dock, said in a statement that it would follow the rules.", "Coldwell")]
    [InlineData("Harbor Crews Together, a union of 4,000 deckhands, said in a statement that it would follow the rules.", "Harbor Crews Together")]
    [InlineData("An online group calling itself Grey Heron said that it would follow the rules.", "Grey Heron")]
    [InlineData("The relief charity Hope Harbor said that it would follow the rules.", "Hope Harbor")]
    public void WhatTheArticleSaysItIsMakesANameAnOrganizations(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Organization, null), (speaker?.Name, speaker?.Type, speaker?.Role));
    }

    [Theory]
    [InlineData("The Labor Department's Office for Fair Wages said it had opened an inquiry.", "Office for Fair Wages")]
    [InlineData("The monitoring team of the Council for Trade and Fairness in Asia said it had opened an inquiry.", "Council for Trade and Fairness in Asia")]
    [InlineData("The Regional Farmers' Coalition said it had opened an inquiry.", "Regional Farmers' Coalition")]
    [InlineData("The Pinecrest County Sheriff's Office said it had opened an inquiry.", "Pinecrest County Sheriff's Office")]
    public void AnOrganizationsNameRunsOnPastForOfAndAPossessive(string body, string name)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.Equal((name, SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void AStudyIssuedByANamedBureauIsTheBureausAndSoIsTheBureauAfterIt()
    {
        var quotes = Quotes("A study issued in March by the independent Harlan Budget Bureau estimated that the plan would cost $400 million. "
            + "\"The fund would run dry,\" the bureau wrote.\n\nThe governor has vetoed 12 bills, according to a tally by the Harlan Records Bureau.");
        Assert.Equal("Harlan Budget Bureau", SpeakerOf(quotes, "$400 million")?.Name);
        Assert.Equal("Harlan Budget Bureau", SpeakerOf(quotes, "run dry")?.Name);
        Assert.Equal(("Harlan Records Bureau", SpeakerType.Organization), (SpeakerOf(quotes, "12 bills")?.Name, SpeakerOf(quotes, "12 bills")?.Type));
    }

    [Fact]
    public void ASurveyConductedByAnInstituteIsTheInstitutesWhateverItsComplementNames()
    {
        var speaker = Assert.Single(Quotes("A survey of 700 ferry riders conducted by the Cascade Transit Institute found that most wanted later sailings.")).Speaker;
        Assert.Equal(("Cascade Transit Institute", SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void AnOrganizationsEstimatesAreTheOrganizations()
    {
        var speaker = Assert.Single(Quotes("Cholera has sickened 2,000 children, according to World Health Organization estimates.")).Speaker;
        Assert.Equal(("World Health Organization", SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void AnUnnamedDocumentsNameHoldsNoParticiple()
    {
        var speaker = Assert.Single(Quotes("A report by the bank published on Monday showed that households expected prices to rise.")).Speaker;
        Assert.Equal(SpeakerType.Organization, speaker?.Type);
        Assert.DoesNotContain("published", speaker?.Name ?? "");
    }

    [Fact]
    public void AnAffidavitIsNoPerson()
    {
        var speaker = Assert.Single(Quotes("The affidavit says the driver fled before officers arrived.")).Speaker;
        Assert.Equal(SpeakerType.Organization, speaker?.Type);
    }

    [Fact]
    public void HerCampaignIsTheCandidatesCampaign()
    {
        var quotes = Quotes("Maria Ostrand spoke to voters in Dayton on Friday.\n\nOstrand's campaign said the figure was final. Ostrand spoke again on Sunday. Her campaign said it had raised $3 million.");
        Assert.All(quotes, q => Assert.Equal(("Maria Ostrand's campaign", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void AHyphenatedAdjectiveIsNoPartOfACompanysName()
    {
        var quotes = Quotes("The fines hit Oslo-based Fjordline Metals LLC.\n\nFjordline said it had obeyed the law.");
        Assert.Equal(("Fjordline Metals LLC", SpeakerType.Organization), (Assert.Single(quotes).Speaker?.Name, Assert.Single(quotes).Speaker?.Type));
    }

    [Fact]
    public void AnOrganizationsNameKeepsTheWordsOfADepartment()
    {
        var speaker = Assert.Single(Quotes("The press office of the Agency for Security and Trade in Asia said the count was flawed.")).Speaker;
        Assert.Equal(("Agency for Security and Trade in Asia", SpeakerType.Organization), (speaker?.Name, speaker?.Type));
    }

    [Fact]
    public void ANameSetBeforeItsEmployeesIsTheirCompany()
    {
        var quotes = Attribute("Former Quillon executive says firm hid faults as fraud trial opens\n\nThe executive, Maya Ostrowski, told jurors that managers had ignored her warnings.\n\n"
            + "Quillon said in a written reply that its engineers followed every rule.").Quotes;
        var speaker = Assert.Single(quotes, q => ContentOf(q).Contains("followed every rule")).Speaker;
        Assert.Equal(("Quillon", SpeakerType.Organization, null), (speaker?.Name, speaker?.Type, speaker?.Role));
    }

    [Theory]
    [InlineData("his client would challenge the fine")]
    [InlineData("Oslo backed it")]
    public void AClauseIsNoUnnamedSourcesName(string words)
    {
        var resolver = new SpeakerResolver(Lexicon.Default, words);
        var tokens = Tokenizer.Tokenize(words, 0, words.Length, _ => false);
        var speaker = resolver.Resolve(new Mention(new TextSpan(0, words.Length, words), MentionKind.Nominal, tokens), []);
        Assert.Null(speaker);
    }

    [Fact]
    public void APersonCloseToHimIsStillADescription()
    {
        var speaker = Assert.Single(Quotes("The deal was nearly done, a person close to him said.")).Speaker;
        Assert.Equal(SpeakerType.Person, speaker?.Type);
    }

    [Theory]
    [InlineData("Agencies warned that the cuts would close clinics.")]
    [InlineData("Several unions said that the cuts would close clinics.")]
    public void SeveralOrganizationsAreNoPerson(string body)
    {
        var speaker = Assert.Single(Quotes(body)).Speaker;
        Assert.NotEqual(SpeakerType.Person, speaker?.Type);
    }

    [Fact]
    public void AFirmNamedWithAnAmpersandSpeaksUnderItsWholeName()
    {
        var quotes = Quotes("Pell & Ostrander, the law firm that drafted the lease, said on Friday that it had done nothing wrong.\n\n"
            + "Pell & Ostrander said the lease had been reviewed twice.");
        var speaker = SpeakerOf(quotes, "reviewed twice");
        Assert.Equal("Pell & Ostrander", speaker?.Name);
    }

    [Fact]
    public void ANameWithItsInitialsInParenthesesIsOneOrganization()
    {
        var quotes = Quotes("Sprinter Ivo Kask has been suspended after a failed test, the Rowing Integrity Panel (RIP) said on Tuesday.\n\nThe RIP said the case would be heard in May.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Rowing Integrity Panel", SpeakerType.Organization), (q.Speaker?.Name, q.Speaker?.Type)));
    }

    [Fact]
    public void ACompanyAbbreviationWithItsPeriodDoesNotEndTheSentenceAndItsInitialsAreTheSameSpeaker()
    {
        var quotes = Attribute("Bank closed\n\nThe Norvik Deposit Insurance Corp. said on its website that the bank had been shut.\n\nThe NDIC said depositors would be paid on Monday.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Norvik Deposit Insurance Corp.", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Theory]
    [InlineData("Oil reached the shore on Monday, according to the U.S. Coast Guard.", "U.S. Coast Guard")]
    [InlineData("The Oregano Division of Ferry Regulation said the pier had been closed.", "Oregano Division of Ferry Regulation")]
    [InlineData("Traffic stretched for 40 kilometres, according to the traffic monitoring service Roadwise.", "Roadwise")]
    public void AGuardADivisionAndANameDescribedAsAServiceAreOrganizations(string sentence, string name)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(name, quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void CentersInAnAgencysNameMakeItAnOrganizationAndItsInitialsAreTheSameOne()
    {
        var quotes = Attribute("Ship\n\nThe Centers for Ferry Safety and Prevention said 214 passengers had fallen ill.\n\nThe CFSP said an inspector would board the ship.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Centers for Ferry Safety and Prevention", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void APlacesPolicePrefectureIsANamedOrganizationThatTheShorterDescriptionFinds()
    {
        var quotes = Attribute("Tractors\n\nThe Tarsa police prefecture said 300 tractors had entered the city.\n\nThe police prefecture said the roads were clear.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Tarsa police prefecture", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }
}

