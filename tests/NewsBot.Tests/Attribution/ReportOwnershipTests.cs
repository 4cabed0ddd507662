using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// The verb of saying owns what it reports, even past a surname particle or a conjoined verb; finding or
/// accepting a thing and a passive without an agent narrate and report nobody; services and bodies are organizations.
/// </summary>
public sealed class ReportOwnershipTests
{
    private static IReadOnlyList<Quote> Quotes(string body) => TestArticles.Quotes(body);

    [Fact]
    public void ANameWithALowercaseParticleBeforeALongDescriptionOwnsWhatItSaid()
    {
        var quotes = Quotes("Pieter van Dalen, a Flemish fraud examiner who has traced hidden loans for Nordbank and Keller Trust, said the size of the loans suggested a plan made months ahead.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Pieter van Dalen", quote.Speaker?.Name);
        Assert.StartsWith("the size of the loans suggested", TestArticles.ContentOf(quote));
    }

    [Fact]
    public void AnInvertedSpeakerStillOwnsTheRelativeClausesReport()
    {
        var quotes = Quotes("“The pier needs work,” said Mr. Osk, who stressed that the repairs would take a year.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Osk", q.Speaker?.Name));
    }

    [Fact]
    public void TheSurnameAfterItsParticleIsTheSamePerson()
    {
        var quotes = Quotes("Pieter van Dalen, a Flemish fraud examiner who has traced hidden loans for Nordbank and Keller Trust, said the loans were a warning.\n\n‘Nobody lends like that by accident,’ van Dalen said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Pieter van Dalen", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("June Tarrant, a dealer who has sold prints by Ana Ruiz and Leo Brandt, said the pace of the sales suggested a bubble.")]
    [InlineData("June Tarrant, a dealer who has sold prints by Ana Ruiz and Leo Brandt, said the pace of the sales suggested the buyers knew.")]
    public void ThePhraseAfterAVerbOfSayingIsNoSpeakerOfTheVerbAfterIt(string sentence) =>
        Assert.DoesNotContain(Quotes(sentence), q => q.Speaker?.Name.Contains("pace", StringComparison.Ordinal) == true);

    [Fact]
    public void AnApposedNameAfterAnOpeningDescriptionSpeaksForTheConjoinedVerbOfSaying()
    {
        var quotes = Quotes("Its owner, Lena Marsh, thanked the riders but said she was “sad, of course” and that her stable had expected a podium for its best horse, Grey Comet.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Lena Marsh", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Contains("“sad, of course”", TestArticles.ContentOf(quote));
    }

    [Theory]
    [InlineData("Ole Brandt found the first torn net on a Friday morning.")]
    [InlineData("By June he had found four more.")]
    [InlineData("Rann, 52, looked pleased as he accepted the medal from actor Piet Holm, who hosted the gala.")]
    [InlineData("The score was confirmed more than an hour after the final bell, after the judges checked the video.")]
    public void FindingOrAcceptingAThingOrAnAgentlessPassiveNarrates(string sentence) => Assert.Empty(Quotes(sentence));

    [Fact]
    public void AnAgentlessPassiveWithAnotherComplementStillReports()
    {
        var quote = Assert.Single(Quotes("The ministry was criticized for being slow to act."));
        Assert.Equal("criticized", quote.Cue?.Text);
    }

    [Fact]
    public void FoundToComplyConjoinedInsideAReportIsNoSecondStatement()
    {
        var quotes = Quotes("The club said later in a statement that the boat had also been checked by the league's inspector and found to comply with the rules.");
        var quote = Assert.Single(quotes);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("The audit found errors in six accounts.", "audit (unnamed)")]
    [InlineData("Officials found the bridge was unsafe.", "Officials (unnamed)")]
    [InlineData("The poll shows Ruiz leading by four points.", "poll (unnamed)")]
    [InlineData("A county jury found Delta Pumps Inc. liable for the flood.", "county jury (unnamed)")]
    [InlineData("A state judge found that rule unfair.", "state judge (unnamed)")]
    [InlineData("A 2019 study by the economist Ana Ruiz found 30 cases of fraud.", "Ana Ruiz")]
    public void AWritingsFindingsOrAFoundClauseAreStillReported(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker?.Name);

    [Theory]
    [InlineData("Harbor police appealed for help. “Call us if you saw anything,” the force said.", "force (unnamed)")]
    [InlineData("The race was stopped for an hour, the organisers said.", "organisers (unnamed)")]
    [InlineData("Three sailors were rescued, the coastguard said.", "coastguard (unnamed)")]
    [InlineData("The bike was listed as stolen in 2019, according to the register.", "register (unnamed)")]
    [InlineData("The Stolen Bike Register said the frame had been flagged.", "Stolen Bike Register")]
    [InlineData("The mission said the count was calm.", "mission (unnamed)")]
    public void AServiceARegisterOrOrganisersAreAnOrganization(string body, string speaker)
    {
        var quote = Quotes(body).Last();
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Fact]
    public void AnOrganiserNamedIsAPerson()
    {
        var quote = Assert.Single(Quotes("‘We warned them in March,’ said Ivo Brandt, the union’s regional organiser."));
        Assert.Equal("Ivo Brandt", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Person, quote.Speaker?.Type);
    }

    [Fact]
    public void AQuoteBeforeAPluralPossessiveDescriptionIsAllQuotedWords()
    {
        var quotes = Quotes("\"They lied. They hid it. And then they shredded the files,\" defendants' lawyer Mara Quist told jurors on Monday. \"That is a crime.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("Mara Quist", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"They lied. They hid it. And then they shredded the files,\" | \"That is a crime.\"", TestArticles.ContentOf(quote));
    }
}
