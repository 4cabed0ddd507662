using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Phrases that stood where a speaker stands and were credited with someone's words: a time, a clause of the writer's
/// own, a country taken for "they", the one who was asked, the ones who acted inside someone else's report, a name given
/// to a thing, an act of backing.
/// </summary>
public sealed class WrongSpeakerTests
{
    [Fact]
    public void ATimeBeforeAnInterviewIsNoSpeakerAndThePronounAfterItIs()
    {
        var quotes = Quotes("Mayor Ana Ruiz has kept away from the press. Two weeks ago at a dock meeting with ferry crews she blasted the harbor board for being \"hopelessly slow.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.StartsWith("the harbor board", ContentOf(quote));
    }

    [Fact]
    public void ANameInsideTheWritersOwnClauseIsNoSpeaker()
    {
        var quotes = Quotes("I cannot fathom how Tom Ellery has escaped charges for his handling of the ferry contract so far.");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void WhatTheWriterHopesATownWillSayHasNoSpeaker()
    {
        var quotes = Quotes("I hope in 2030 Harborville says, \"Mayor Ruiz, thank you for the new pier.\"");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void TheyIsNeverACountryWhoseNameEndsInAPlural()
    {
        var quotes = Quotes("The Netherlands sent two tugboats to the port. Harbor critics have a strange view of the ferry. They actually believe they are winning.\n\nIn 2004, they attacked the lighthouse, wounding two keepers.");
        Assert.NotEmpty(quotes);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("Netherlands") == true);
    }

    [Fact]
    public void ANewspaperNamedWithTodayKeepsItsWholeName()
    {
        var quotes = Quotes("A reporter for Coast Today spotted Ruiz and her aide and reported her arrival on Twitter.");
        var quote = Assert.Single(quotes);
        Assert.Contains("Coast Today", quote.Speaker?.Name);
    }

    [Fact]
    public void TheOneWhoWasAskedIsNotTheSpeakerOfTheQuestion()
    {
        var quotes = Quotes("Tom Brandt was once asked how the ferry strike would end. He responded with a grin.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "asked" && q.Speaker is not null);
        Assert.Equal("Tom Brandt", Assert.Single(quotes, q => q.Cue?.Text == "responded").Speaker?.Name);
    }

    [Fact]
    public void WhatOthersToldSomeoneInsideAReportIsTheReportNotTheReportersWords()
    {
        var quotes = Quotes("Ferry spokeswoman Lena Fisk said the mayor was headed to the pier to meet reporters, which she was doing when police and harbor guards stopped her and told her to leave.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Fisk", quote.Speaker?.Name);
        Assert.EndsWith("told her to leave", ContentOf(quote));
    }

    [Fact]
    public void AVerbConjoinedToTheCueStillSpeaksForTheSameSubject()
    {
        var quotes = Quotes("Mayor Tom Ellery claimed huge savings and said they meant lower ferry fares.");
        Assert.Equal(2, quotes.Count(q => q.Speaker?.Name == "Tom Ellery"));
    }

    [Fact]
    public void AGroupCalledByItsNameSaysNothing()
    {
        var quotes = Quotes("Two towns disagree on whether the head of a coastal group called Harbor Watch should join the council.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void SomeoneWhoCalledAPersonANameStillSpoke()
    {
        var quotes = Quotes("Senator Dana Pike called Ellery a \"ferry pirate\" on Monday.");
        Assert.Equal("Dana Pike", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void EndorsingOneIsAnActAndTheOpeningPhraseIsNoStatement()
    {
        var quotes = Quotes("Despite his long dislike of ferries, Tom Ellery officially endorsed one in June.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void TheWritersWordsBeforeAColonAreNotWhatTheFrameAfterItReports()
    {
        var quotes = Quotes("We have been here before: Tom Ellery declared war on the harbor board.");
        Assert.Equal("war on the harbor board", ContentOf(Assert.Single(quotes)));
    }

    [Fact]
    public void APresentFormConjoinedAfterAPastCueIsANounNotASecondStatement()
    {
        var quotes = Quotes("Mayor Ana Ruiz wanted to hide her dealings and favors to ferry owners from the public.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "favors" && q.Speaker is not null);
    }

    [Fact]
    public void TheObjectOfARelativeClauseIsNotWhoAgreed()
    {
        var quotes = Quotes("Lenders that had backed Harbor Marine's cleanup bonds agreed to free the money so the dock could reopen.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("bonds") == true || q.Speaker?.Name.Contains("Harbor Marine") == true);
    }

    [Fact]
    public void TheSubjectBeforeARelativeClauseStillSpeaks()
    {
        var quotes = Quotes("Ana Ruiz, who heads Harbor Marine, said the cleanup would be paid for. Harbor Marine, which owns the dock, said it would pay.");
        Assert.Equal(["Ana Ruiz", "Harbor Marine"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void AChorusOfPartisansIsAGroupAndHisIsNotThem()
    {
        var quotes = Quotes("Tom Ellery has refused to release his ferry contracts. A chorus of prominent Whigs has said he should. Despite his claim that voters would learn nothing, the contracts matter.");
        var chorus = Assert.Single(quotes, q => q.Cue?.Text == "said");
        Assert.Equal("chorus of prominent Whigs (unnamed)", chorus.Speaker?.Name);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Whigs");
        Assert.Equal("Tom Ellery", Assert.Single(quotes, q => q.Cue?.Text == "claim").Speaker?.Name);
    }

    [Fact]
    public void ASlideOrAClipIsADocumentNotAPerson()
    {
        var quotes = Quotes("One slide says ferry traffic doubled last year. The clip says the harbor board \"lost its way.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void AComparativeAfterTheIsNoSpeaker()
    {
        var quotes = Quotes("Ruiz had never faced a hearing this long. But the longer the hearing went on, the more Ellery looked like a sprinter in a marathon.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("longer") == true);
    }

    [Theory]
    [InlineData("that the board was")]
    [InlineData("the ferries were")]
    public void AClauseInASpeakersPlaceIsNoSpeaker(string phrase)
    {
        var text = $"Tom Ellery said {phrase} late.";
        int start = text.IndexOf(phrase, StringComparison.Ordinal);
        var tokens = Tokenizer.Tokenize(text, start, start + phrase.Length, _ => false);
        var resolver = new SpeakerResolver(Lexicon.Default, text);
        resolver.BeginSentence(0);
        var mention = new Mention(new TextSpan(start, start + phrase.Length, phrase), MentionKind.Nominal, tokens);
        Assert.Null(resolver.Resolve(mention, []));
    }

    [Fact]
    public void APollReleasedOnADayIsItsPollstersNotAPersons()
    {
        var quotes = Quotes("The latest Harbor/Gallup opinion poll released Friday shows that Ruiz leads Ellery by 44 percent to 39 percent.");
        var quote = Assert.Single(quotes);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
        Assert.DoesNotContain("released", quote.Speaker?.Name);
    }

    [Fact]
    public void AWomanNamedInTheQuestionSheWasAskedIsNotTheWomanWhoAnswered()
    {
        var quotes = Quotes("Nadia Brandt has proposed a cap on water use. She said the mill takes too much.\n\n"
            + "Clara Voss said the mill would hire again in spring. Asked about Nadia Brandt's petition, she said: \"We will read it carefully.\"");
        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Clara Voss", quote.Speaker?.Name);
    }

    [Fact]
    public void ASurnameSetOffWithAnAgeConfirmsTheFullNameSoTheHeThatFollowsIsThem()
    {
        var quotes = Quotes("\"We stand by the film,\" the studio said in a statement.\n\n"
            + "In the film's third act, Ruiz says that actor Corwin Tallis, who played her brother, shouted at her on set.\n\n"
            + "Tallis, 61, disputed that account on Monday in a long post online. \"None of that happened,\" he wrote.");
        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct && q.Cue?.Text == "wrote");
        Assert.Equal("Corwin Tallis", quote.Speaker?.Name);
    }

    [Fact]
    public void APronounSetOffBetweenANameAndItsVerbIsNotThatName()
    {
        var quotes = Quotes("Inga Solheim, a historian of the fleet, praised the union. Ms. Berg, she added, is \"nothing like the captains before her\" in how she runs the docks.");
        Assert.Equal("Inga Solheim", Assert.Single(quotes, q => ContentOf(q).Contains("captains before her")).Speaker?.Name);
    }

    [Fact]
    public void AClosingInvertedSaidNameWithADescriptionSpeaksWhateverPlacesComeBefore()
    {
        var quotes = Quotes("Four of the barns were lost in Marlow County, Oregon, including a dairy shed found in a gully near the hamlet of Birch Hollow, said Della Farrow, the county's fire marshal.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Della Farrow", quote.Speaker?.Name);
        Assert.StartsWith("Four of the barns", ContentOf(quote));
    }
}
