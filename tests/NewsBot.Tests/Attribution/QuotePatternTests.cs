using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>Each way news text reports speech, on a small snippet: what is found, its kind, content, source and cue.</summary>
public sealed class QuotePatternTests
{
    private static Quote Single(string body) => Assert.Single(Quotes(body));

    [Fact]
    public void ADirectQuoteBeforeItsCueIsTheQuotedWordsWithTheirMarks()
    {
        var quote = Single("\"We are ready to talk,\" Maria Lopez said.");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"We are ready to talk,\"", ContentOf(quote));
        Assert.Equal("Maria Lopez", quote.Source?.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
    }

    [Fact]
    public void ADirectQuoteAfterItsCueIsFoundToo()
    {
        var quote = Single("Maria Lopez said: “We are ready to talk.”");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("“We are ready to talk.”", ContentOf(quote));
        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
    }

    [Fact]
    public void AnInvertedCueTakesTheSpeakerAfterIt()
    {
        var quote = Single("\"The deal is off,\" said Oscar Brandt, a lawyer for the county.");
        Assert.Equal("Oscar Brandt", quote.Speaker?.Name);
        Assert.Equal("\"The deal is off,\"", ContentOf(quote));
    }

    [Fact]
    public void AQuoteSplitByItsAttributionIsOneQuoteOfTwoSpans()
    {
        var quote = Single("\"Every time you repeat that,\" Dana Quintal said, \"you hand a gift to the other side.\"");
        Assert.Equal(["\"Every time you repeat that,\"", "\"you hand a gift to the other side.\""], quote.Content.Select(c => c.Text));
        Assert.Equal("Dana Quintal", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuotedSentenceRightAfterAnAttributedOneContinuesIt()
    {
        var quote = Single("\"Diesel isn't the enemy,\" Laura Tapley said. \"The enemy is wasted fuel.\"");
        Assert.Equal(["\"Diesel isn't the enemy,\"", "\"The enemy is wasted fuel.\""], quote.Content.Select(c => c.Text));
    }

    [Fact]
    public void AQuoteOfSeveralSentencesIsOneSpan()
    {
        var quote = Single("\"It is late. We should have acted. Now we must,\" Maria Lopez said.");
        Assert.Equal("\"It is late. We should have acted. Now we must,\"", ContentOf(quote));
    }

    [Fact]
    public void AQuoteContinuedIntoTheNextParagraphIsOneQuoteThatStartsInTheFirst()
    {
        var quotes = Quotes("Maria Lopez said: \"We waited for years.\n\n\"Now the time has come.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal(1, quote.Paragraph);
        Assert.EndsWith("Now the time has come.\"", ContentOf(quote));
        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
    }

    [Fact]
    public void AnUnattributedQuoteInTheNextParagraphIsTheSameSpeakersNextQuote()
    {
        var quotes = Quotes("\"We waited for years,\" Maria Lopez said.\n\n\"Now the time has come for all of us.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Maria Lopez", q.Speaker?.Name));
        Assert.Equal(2, quotes[1].Paragraph);
    }

    [Fact]
    public void APartialQuoteMakesAMixedQuoteWhoseContentIsTheWholeClause()
    {
        var quote = Single("Senator Ann Kirk said the plan \"is dead\" for now.");
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("the plan \"is dead\" for now", ContentOf(quote));
        Assert.Equal("Ann Kirk", quote.Speaker?.Name);
        Assert.Equal("Senator", quote.Speaker?.Role);
    }

    [Fact]
    public void AParticipleAfterTheAttributionAddsAMixedQuoteForTheSameSpeaker()
    {
        var quotes = Quotes("\"No option is off the table,\" Press Secretary Jen Psaki told reporters, warning of an \"extremely dangerous situation.\"");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(QuoteKind.Mixed, quotes[1].Kind);
        Assert.Equal("an \"extremely dangerous situation.\"", ContentOf(quotes[1]));
        Assert.Equal("told reporters", quotes[0].Cue?.Text);
        Assert.All(quotes, q => Assert.Equal("Jen Psaki", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Maria Lopez said that the budget would pass in May.", "the budget would pass in May", "said")]
    [InlineData("Maria Lopez told reporters the budget would pass in May.", "the budget would pass in May", "told reporters")]
    [InlineData("According to Maria Lopez, the budget would pass in May.", "the budget would pass in May", "According to")]
    [InlineData("The budget would pass in May, Maria Lopez confirmed.", "The budget would pass in May", "confirmed")]
    [InlineData("Maria Lopez announced that the budget would pass in May.", "the budget would pass in May", "announced")]
    [InlineData("Maria Lopez warned the budget would not pass in May.", "the budget would not pass in May", "warned")]
    [InlineData("Maria Lopez expressed concern over the budget's chances in May.", "concern over the budget's chances in May", "expressed")]
    public void IndirectSpeechIsTheReportedClauseWithItsCue(string body, string content, string cue)
    {
        var quote = Single(body);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, ContentOf(quote));
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteSignedWithADashIsDirectSpeechByTheSigner()
    {
        var quote = Single("“The mayor worries me. His plans make me nervous.” ― Maria Quintal");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Maria Quintal", quote.Speaker?.Name);
        Assert.Equal("“The mayor worries me. His plans make me nervous.”", ContentOf(quote));
    }

    [Fact]
    public void AnAppositionBetweenSpeakerAndCueIsSteppedOver()
    {
        var quote = Single("Oscar Vedder, the chief executive of the Harrow Housing League, said that staying home is no strategy.");
        Assert.Equal("Oscar Vedder", quote.Speaker?.Name);
        Assert.Equal("staying home is no strategy", ContentOf(quote));
    }

    [Fact]
    public void NarrationWithoutACueReportsNobody() =>
        Assert.Empty(Quotes("The United States and Russia share a long history. Talks continued into the night."));

    [Fact]
    public void TitleAbbreviationsStayWithTheName()
    {
        var quote = Single("\"We will see,\" Mr. Obama said.");
        Assert.Equal("Obama", quote.Speaker?.Name);
        Assert.Equal("Mr. Obama", quote.Source?.Text);
    }

    [Fact]
    public void OffsetsPointIntoTheArticleText()
    {
        var article = TestArticles.Attribute("Headline\r\n\r\n\"We are ready,\" Maria Lopez said, warning of \"grave risks.\"");
        foreach (var quote in article.Quotes)
            foreach (var span in quote.Content.Append(quote.Source!).Append(quote.Cue!))
                Assert.Equal(span.Text, article.Article.Text.Substring(span.Start, span.End - span.Start));
    }
    [Fact]
    public void AStanceVerbReportsItsObject()
    {
        var quote = Single("Senator Dana Whitfield touted the new farm bill at a town hall.");
        Assert.Equal("touted", quote.Cue?.Text);
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }

    [Fact]
    public void AParticipleOfSpeechAfterTheCueAddsAStatementBySameSpeaker()
    {
        var quotes = Quotes("Mayor Tom Ellery said the budget was balanced, dismissing the audit as partisan.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the audit as partisan", ContentOf(quotes[1]));
        Assert.Equal("Tom Ellery", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void APluralNounThatLooksLikeAVerbIsNoCue() =>
        Assert.Empty(Quotes("Her tax plans would cost more than expected."));

    [Fact]
    public void AQuoteIntroducedByARelativeClauseOnANameIsThatPersonsWords()
    {
        var quote = Single("The gala drew guests like Dana Whitfield and Omar Castellanos, who joked of the new hall, \"I have not found my seat yet, but I will.\"");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"I have not found my seat yet, but I will.\"", ContentOf(quote));
        Assert.Equal("Omar Castellanos", quote.Speaker?.Name);
    }

    [Fact]
    public void ARelativeClauseWithoutAQuoteReportsNothingForItsName()
    {
        Assert.DoesNotContain(Quotes("The prize went to Omar Castellanos, who joked about it at length before leaving the hall."), q => q.Speaker?.Name == "Omar Castellanos");
    }

    [Fact]
    public void ANameInAppositionWithANicknameAndAPartyLabelAfterTheQuoteIsItsSpeaker()
    {
        var quote = Quotes("“This is a great night for our city!” The mayor's sister, council member Rosa “Rosie” Delgado (D-Eastside), shouted to the crowd.")[0];
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("“This is a great night for our city!”", ContentOf(quote));
        Assert.Equal("Rosa Delgado", quote.Speaker?.Name);
    }

    [Fact]
    public void APlainPresentCueAfterAPluralGroupReportsWhatTheGroupSays()
    {
        var quote = Single("Some Liberals privately express doubts about handing the budget to a newcomer.");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("doubts about handing the budget to a newcomer", ContentOf(quote));
        Assert.Equal("Some Liberals", quote.Source?.Text);
        Assert.Equal(new Speaker("Liberals (unnamed)", SpeakerType.Person, null), quote.Speaker);
    }

    [Fact]
    public void APlainPresentCueAfterASingularNounIsNoCue()
    {
        Assert.Empty(Quotes("The express train to the coast leaves at noon."));
    }

    [Fact]
    public void AsASourcePutItGivesThatSourceTheClauseAfterTheComma()
    {
        var quotes = Quotes("Tessa Orme runs the harbor board.\n\n"
            + "As Ms. Orme put it in a letter to the council in May, the new dock is \"a gift to the whole town.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("the new dock is \"a gift to the whole town.\"", ContentOf(quote));
        Assert.Equal("Tessa Orme", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void AsASourcePutItBeforeAQuoteGivesThatSourceTheQuote()
    {
        var quote = Single("As the mayor put it: \"We are not done yet.\"");
        Assert.Equal("\"We are not done yet.\"", ContentOf(quote));
        Assert.Equal("mayor (unnamed)", quote.Speaker?.Name);
    }
}
