using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Speakers the second round of blind sets found credited wrongly or missed: a quote closed by "X answered.", a name
/// followed by an age, a trade and a town with its state, a title-only subject before a colon and a quote, a title
/// apposed to a description, a listener taken for the speaker in a fronted question, a document with an aside about
/// how it was made, and a closing "the library announced Thursday".
/// </summary>
public sealed class RoundTwoSpeakerTests
{
    [Fact]
    public void AQuoteClosedByAnsweredIsTheAnswerersAndSoIsTheQuoteAfterIt()
    {
        var quotes = Quotes("\"You kept the ledger,\" Vance Holt said.\n\n\"I kept it to cover myself,\" Lia Ferrell answered. \"I'm not covering for anybody now.\"");
        Assert.Contains(quotes, q => ContentOf(q).Contains("I kept it") && q.Speaker?.Name == "Lia Ferrell");
        Assert.All(quotes.Where(q => ContentOf(q).Contains("covering")), q => Assert.Equal("Lia Ferrell", q.Speaker?.Name));
    }

    [Fact]
    public void ANameWithAnAgeATradeAndATownSpeaksNeverTheState()
    {
        var quotes = Quotes("Marta Liddell, 71, a retired nurse in Dayton, Ohio, who has used the inhaler since 2018, said she now pays $90 a month for it. \"That's my grocery money,\" she said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marta Liddell", q.Speaker?.Name));
    }

    [Fact]
    public void ATitleOnlySubjectAfterAFrontedPhraseBeforeAColonSaysTheQuote()
    {
        var quotes = Quotes("Judge Irene Castell presided over the hearing.\n\nLate in the day the judge warned the lawyers: \"This is not a shouting match. Make your point and sit down.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("Irene Castell", quote.Speaker?.Name);
        Assert.Contains("not a shouting match", ContentOf(quote));
    }

    [Fact]
    public void ATitleWithAnApposedDescriptionStillSpeaks()
    {
        var quotes = Quotes("Mayor Joan Abney toured the flooded streets on Monday.\n\nThe mayor, a Republican in her third term, also said the city would pay for 300 hotel rooms for displaced families.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Joan Abney", quote.Speaker?.Name);
        Assert.StartsWith("the city would pay", ContentOf(quote));
    }

    [Fact]
    public void TheOneAskedAboutInAFrontedQuestionSaysNothingAndThePronounAfterIsTheAnswerer()
    {
        var quotes = Quotes("Coach Tom Doyle spoke after training.\n\nAsked whether the pitcher wanted to leave, Doyle paused. \"Ask his agent,\" he said.");
        Assert.DoesNotContain(quotes, q => q.Source?.Text == "the pitcher");
        var quote = Assert.Single(quotes);
        Assert.Equal("Tom Doyle", quote.Speaker?.Name);
    }

    [Fact]
    public void AWritingWithAnAsideOnHowItWasMadeIsTheSource()
    {
        var quote = Assert.Single(Quotes("The survey, based on phone interviews, soil samples and 40 stakes driven into the pier, found that the pier had sunk by 9 centimetres."));
        Assert.Equal("The survey", quote.Source?.Text);
        Assert.StartsWith("the pier had sunk", ContentOf(quote));
    }

    [Fact]
    public void AClosingAnnouncedWithADayIsTheSentencesAttribution()
    {
        var quotes = Quotes("The Marlow Library will return 12 old maps to Chile after its own audit concluded they had been taken from a church archive, the library announced Thursday.");
        Assert.DoesNotContain(quotes, q => q.Source?.Text?.Contains("audit") == true);
        var quote = Assert.Single(quotes);
        Assert.Equal("the library", quote.Source?.Text);
    }

    [Fact]
    public void AWitnessWhoWorriedAboutHisBossSaysWhatFollowsSaid()
    {
        var quotes = Quotes("Another witness, a cook who gave only his first name because he worried about his boss, said he saw the van turn without signalling.");
        var quote = Assert.Single(quotes);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.StartsWith("he saw the van", ContentOf(quote));
        Assert.NotNull(quote.Speaker);
    }

    [Fact]
    public void ANegatedCueWithAPhraseAfterItSaysNothing()
    {
        Assert.Empty(Quotes("Gov. Lena Marsh, who leads the state party, has not endorsed anyone in the race for mayor."));
        Assert.Empty(Quotes("The harbor minister, Ivo Sand, has not commented publicly on the ferry dispute."));
    }

    [Fact]
    public void ANegatedCueWithAClauseAfterItStillReports()
    {
        var quote = Assert.Single(Quotes("Ivo Sand did not say whether the ferries would run on Sunday."));
        Assert.Equal("Ivo Sand", quote.Speaker?.Name);
    }

    [Fact]
    public void AClosingAttributionAfterADatelineReportsTheWholeSentence()
    {
        var quotes = Quotes("MARLOW (AP) - The Marlow Library will return 12 old maps to Chile, including two sea charts, after its own audit concluded they had been taken from a church archive, the library announced Thursday.");
        var quote = Assert.Single(quotes);
        Assert.Equal("the library", quote.Source?.Text);
    }

    [Fact]
    public void ThePersonSomeoneCalledWhenTheyNeededHelpIsNoStatement()
    {
        Assert.Empty(Quotes("For most of a decade, Ivo Sand has been the engineer harbor officials called when they needed a pier fixed fast."));
    }

    [Fact]
    public void AClauseAfterTheDayOfAClosingAttributionIsTheOtherSpeakers()
    {
        var quotes = Quotes("Marlow Rovers have turned down a second offer for striker Leo Costa, the club said on Thursday, as manager Dan Kerr insisted the forward would still be at the club next season.");
        Assert.DoesNotContain(quotes, q => q.Source?.Text == "the club" && ContentOf(q).Contains("insisted"));
        var kerr = Assert.Single(quotes, q => q.Speaker?.Name == "Dan Kerr");
        Assert.StartsWith("the forward would", ContentOf(kerr));
    }

    [Fact]
    public void TheAnswerToTheWritersQuestionInAnInterviewIsTheIntervieweesToo()
    {
        var quotes = Quotes("\"We went through every file,\" said Nora Vint, the council's director.\n\nWas it a hard decision for the council? \"Less than you'd expect. The council voted 9 to 2.\"");
        var answer = Assert.Single(quotes, q => ContentOf(q).Contains("Less than"));
        Assert.Equal("Nora Vint", answer.Speaker?.Name);
    }

    [Fact]
    public void AQuestionNamingSomeoneElseDoesNotHandThemTheAnswer()
    {
        var quotes = Quotes("\"We went through every file,\" said Nora Vint, the council's director.\n\nWhat would Mayor Tom Reyes make of it? \"He will be furious. He wanted the vote delayed.\"");
        Assert.DoesNotContain(quotes, q => ContentOf(q).Contains("furious") && q.Speaker?.Name == "Nora Vint");
    }

    [Fact]
    public void ANameSomeoneCalledWhenTheyNeededHelpIsNoStatement()
    {
        Assert.Empty(Quotes("For a decade, Ivo Sand has been the engineer Marlow Democrats called when they needed a pier fixed fast."));
    }

    [Fact]
    public void AQuestionWithAVerbOfSpeechInsideStillLeavesTheAnswerWithTheInterviewee()
    {
        var quotes = Quotes("\"We went through every file,\" said Nora Vint, the council's director.\n\nAnd would she mind if the board accepted the offer? \"The board and I agree. We spoke this morning.\"");
        var answer = Assert.Single(quotes, q => ContentOf(q).Contains("The board and I"));
        Assert.Equal("Nora Vint", answer.Speaker?.Name);
    }

    [Fact]
    public void AThingGivenItsNameInAnAsideIsNoSpeaker()
    {
        var quotes = Quotes("The new ferry, called Tern, will enter service in May, the harbor board said.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Tern");
    }

    [Fact]
    public void ChargesAfterAnAdjectiveAreANoun()
    {
        Assert.Empty(Quotes("If convicted of the most serious charges, the captain could lose his license for ten years."));
    }

    [Fact]
    public void AnotherReviewerNamedWithHerMagazineSpeaks()
    {
        var quotes = Quotes("Another reviewer, Mara Lind of Harbor Gadget Weekly, called the dial \"far too small to read at night\" and said she had stopped using it after a week.");
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("Mara Lind", q.Speaker?.Name));
        Assert.Contains(quotes, q => ContentOf(q).Contains("far too small"));
        Assert.Contains(quotes, q => ContentOf(q).StartsWith("she had stopped"));
    }

    [Fact]
    public void HeAfterAnUnnamedDriverWhoSpokeIsTheDriver()
    {
        var quotes = Quotes("A delivery driver said he saw the van turn without signalling. He said he could not tell whether anyone was inside.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("delivery driver (unnamed)", q.Speaker?.Name));
    }

    [Fact]
    public void ALawyerNamedWithADescribedFirmSpeaks()
    {
        var quote = Assert.Single(Quotes("A lawyer for the ferry line, Paul Ostrow of the Marlow firm Ostrow & Lyle, said his client would appeal the fine."));
        Assert.Equal("Paul Ostrow", quote.Speaker?.Name);
        Assert.StartsWith("his client would appeal", ContentOf(quote));
    }

    [Fact]
    public void AgreeingInAClauseOfTimeIsNoStatement()
    {
        Assert.Empty(Quotes("The captain's lawyer, Rita Mohr, spent the morning questioning the mate, pressing him on the times he lied to inspectors before he agreed to testify."));
    }

    [Fact]
    public void APersonWhoShowsSomethingSaysNothingByIt()
    {
        Assert.Empty(Quotes("Inspectors also showed the panel a photo of the cracked hull taken in May."));
        Assert.Empty(Quotes("Captain Olsen showed little emotion during the hearing."));
    }

    [Fact]
    public void AWritingThatShowsAFindingStillReports()
    {
        var quote = Assert.Single(Quotes("The harbor survey showed that ferry use fell by a third."));
        Assert.Equal("The harbor survey", quote.Source?.Text);
    }

    [Fact]
    public void AClauseConjoinedAfterACommaIsNoClosingAttribution()
    {
        var quotes = Quotes("The harbor fees have been a sore point since 2015, and a county court ruled partly in the port's favour in 2018.");
        Assert.DoesNotContain(quotes, q => ContentOf(q).Contains("sore point"));
    }

    [Fact]
    public void OneOfThemIsOneOfTheGroupTheyStandFor()
    {
        var quotes = Quotes("Two people familiar with the ferry talks said the deal nearly fell apart in May. One of them said the mayor saved it with a late phone call.");
        Assert.Equal(2, quotes.Count);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.StartsWith("them") == true);
        Assert.Equal(quotes[0].Speaker?.Name, quotes[1].Speaker?.Name);
    }

    [Fact]
    public void ARelativeClauseClosingTheSentenceReportsWhatItsNameSaid()
    {
        var quotes = Quotes("The village plans a new pier, according to its mayor, Ana Brill, who said the work could begin in 2026 if the canton pays.");
        var brill = Assert.Single(quotes, q => q.Speaker?.Name == "Ana Brill" && q.Cue?.Text == "said");
        Assert.StartsWith("the work could begin", ContentOf(brill));
    }
}
