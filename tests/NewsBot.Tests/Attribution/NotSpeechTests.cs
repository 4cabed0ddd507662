using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>Words that look like an attribution but report nobody's speech: a headline's pun, a visit, a decision, a decline.</summary>
public sealed class NotSpeechTests
{
    private static IReadOnlyList<Quote> Quotes(string article) => TestArticles.Attribute(article).Quotes;

    [Fact]
    public void ATitleCaseHeadlinesPunBeforeItsColonIsNoSpeaker()
    {
        var quotes = Quotes("Thunder Down Under: Mayor Ana Ruiz Cancels Harbor Festival Over Storm Fears\n\nMayor Ana Ruiz cancelled the harbor festival on Friday.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 0);
    }

    [Fact]
    public void ASuperlativeLabelBeforeAHeadlinesColonIsNoSpeaker()
    {
        var quotes = Quotes("The Newest: Storm closes schools along the coast.\n\nThe Newest on the storm:\n\nThe mayor spoke on Friday.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 0);
    }

    [Fact]
    public void WhatAHeadlineAfterALabelReportsIsTheWordsAfterTheColon()
    {
        var quotes = Quotes("The Newest: Ruiz urges voters to watch the polling places\n\nMayor Ana Ruiz spoke on Friday.");
        var headline = Assert.Single(quotes, q => q.Paragraph == 0);
        Assert.Equal("Ana Ruiz", headline.Speaker?.Name);
        Assert.All(headline.Content, c => Assert.DoesNotContain("Newest", c.Text));
    }

    [Fact]
    public void ATitleCaseHeadlinesLabelTheBodyNamesIsItsSpeaker()
    {
        var quotes = Quotes("Ruiz: Harbor Festival Will Go Ahead Despite The Storm\n\nMayor Ana Ruiz said the festival would go ahead.");
        Assert.Equal("Ana Ruiz", quotes.Single(q => q.Paragraph == 0).Speaker?.Name);
    }

    private static IReadOnlyList<Quote> BodyQuotes(string body) => Quotes("Headline\n\n" + body);

    [Fact]
    public void SomeoneExpectedToVisitAfterWithSaysNothing()
    {
        var quotes = BodyQuotes("Repairs on the pier start in May, with Governor Tom Ellery and two harbor engineers expected to inspect the site.");
        Assert.DoesNotContain(quotes, q => q.Speaker is not null);
    }

    [Fact]
    public void CallingInToAShowIsNoStatement()
    {
        var quotes = BodyQuotes("Mayor Ana Ruiz opened the ferry line.\n\nShe often called in to a late-night radio program about ferry fares.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2);
    }

    [Fact]
    public void AgreeingToAnInterviewIsNoStatement()
    {
        var quotes = BodyQuotes("Mayor Ana Ruiz agreed to a short tour of the new ferry terminal.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void ARatingThatDeclinedSaidNothing()
    {
        var quotes = BodyQuotes("Ferry traffic is still heavy, but it declined by 4 percent over the winter.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void DecliningToCommentIsStillAResponse()
    {
        var quotes = BodyQuotes("Mayor Ana Ruiz declined to comment on the harbor lease.");
        Assert.Equal("Ana Ruiz", Assert.Single(quotes).Speaker?.Name);
    }
    [Fact]
    public void APastTenseVerbBeforeANounLikeCueMakesNoSpeaker()
    {
        var quotes = BodyQuotes("The governor scrutinized reports like the 2019 coastal survey before she signed the order.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("scrutinized") == true || q.Source?.Text.Contains("scrutinized") == true);
    }

    [Fact]
    public void ThingsFoundSomewhereSayNothing()
    {
        var quotes = BodyQuotes("The plan bans solvents, potent smog-forming chemicals found in paint thinners.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void PeopleAccusedOfACrimeAreNotAccusersAndTheVerbBeforeThemIsNoPartOfTheirName()
    {
        var quotes = BodyQuotes("A flyer by the Harbor League references two cases in which Ellery defended people accused of fraud.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "accused");
    }

    [Fact]
    public void WhatPeopleWouldHaveSaidIsNoStatement()
    {
        var quotes = BodyQuotes("Few people would have described the mayor as a planner before the flood.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void TheAuxiliaryAreIsNoPartOfTheSpeaker()
    {
        var quote = Assert.Single(BodyQuotes("Democrats are criticizing Senator Tom Ellery for his vote on the levee."));
        Assert.Equal("Democrats", quote.Source?.Text);
    }

    [Theory]
    [InlineData("Nineteen states led by Ohio are suing the agency over the rule.")]
    [InlineData("About 40 states have adopted the standard already.")]
    [InlineData("The ferry rates are high, and few riders get discounts.")]
    [InlineData("The bill quietly lifts property tax rates on second homes.")]
    [InlineData("Twelve cities are challenging the Harbor Agency's Clean Water Plan rules before a panel of judges.")]
    public void ACountedOrModifiedNounThatIsAlsoACueReportsNobody(string sentence) =>
        Assert.Empty(Quotes("Headline\n\n" + sentence));

    [Theory]
    [InlineData("SAVE A DIME Let's say you think the degree will cost $90,000 in 12 years.")]
    [InlineData("Let us say the fund grows by 5 percent a year.")]
    public void TheWritersLetsSayIsAHypothesisNotSpeech(string sentence) =>
        Assert.Empty(Quotes("Headline\n\n" + sentence));

    [Theory]
    [InlineData("What Mr. Vance calls \"thrifty\" strikes his critics as stingy.")]
    [InlineData("But what the mayor calls a plan is only a wish list.")]
    public void TheWordsAfterAFreeRelativeThatIsTheSubjectAreNotItsSpeakers(string sentence) =>
        Assert.Empty(Quotes("Headline\n\n" + sentence));

    [Theory]
    [InlineData("The number of confirmed flu cases linked to the Elm Road nursing home has risen to 22, state health officials said Friday, and 40 staff members have been sent home.", "health officials said")]
    [InlineData("The count of confirmed thefts tied to the rail yards has doubled since May, transit police said Monday, and two guards have been fired.", "transit police said")]
    public void AParticipleAfterAPrepositionModifiesItsNounAndSpeaksForNobody(string sentence, string attribution)
    {
        var quotes = Quotes("Headline\n\n" + sentence);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(attribution.Split(' ')[^2], q.Speaker?.Name ?? ""));
    }

    [Theory]
    [InlineData("Governor Ilse Varga, 64, has ruled the northern province since 2011. She won a third term last spring.")]
    [InlineData("The Halloran family ruled the valley for nearly two centuries before the land reform.")]
    public void AReignOverALandForASpanOfTimeIsNoRuling(string text) =>
        Assert.Empty(Quotes("Headline\n\n" + text));

    [Fact]
    public void ACourtThatRuledThatSomethingWasSoStillSpeaks()
    {
        var quote = Assert.Single(Quotes("Headline\n\nThe appeals court ruled on Monday that the fishing ban had been lawful since 2019."));
        Assert.Contains("the fishing ban had been lawful", quote.Content[0].Text);
    }

    [Theory]
    [InlineData("Kessel still calls her every Friday morning.")]
    [InlineData("Kessel called them twice a week from the road.")]
    [InlineData("Kessel still calls him.")]
    public void ATelephoneCallToSomeoneIsNoSpeech(string sentence)
    {
        Assert.Empty(Quotes("Headline\n\nMarta Lind, the coach's former assistant, retired in 2019. " + sentence));
    }

    [Fact]
    public void CallingSomeoneSomethingIsStillSpeech()
    {
        Assert.Single(Quotes("Headline\n\nKessel called her a liar on Tuesday."));
    }

    [Theory]
    [InlineData("dead")]
    [InlineData("missing")]
    public void ACountConfirmedDeadIsNoOnesStatement(string state)
    {
        var quotes = Quotes($"Headline\n\nThree hikers have been confirmed {state}, and one is still being sought.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "confirmed");
    }
}
