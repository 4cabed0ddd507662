using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"…, a source said.": an attribution closing the sentence with its own source reports all that goes before it.</summary>
public sealed class ClosingAttributionTests
{
    [Fact]
    public void AClosingSourceWinsOverARuleThatCalledForSomething()
    {
        var quote = Assert.Single(Quotes("Harbor safety rules called for the ferry to be held at the pier until the storm passed, officials said."));
        Assert.Equal("officials (unnamed)", quote.Speaker?.Name);
        Assert.StartsWith("Harbor safety rules called for", quote.Content[0].Text);
    }

    [Fact]
    public void ConsentToAnActIsWhatTheClosingDocumentRecords()
    {
        var quote = Assert.Single(Quotes("The mill's largest owner, Greta Holm, who bought in a decade ago, has agreed to sell her stake to the buyers, according to a court filing."));
        Assert.Equal("according to", quote.Cue?.Text);
        Assert.NotEqual("Greta Holm", quote.Speaker?.Name);
        Assert.StartsWith("The mill's largest owner", quote.Content[0].Text);
    }

    [Fact]
    public void WhatSomeoneDecidedIsReportedByTheClosingSource()
    {
        var quote = Assert.Single(Quotes("But the ferry captain decided to skip the second stop to save fuel before the storm, a source said."));
        Assert.Equal("source (unnamed)", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("A harbor pilot refused to sail past the breakwater on Monday, a union official told reporters.", "told reporters")]
    [InlineData("A harbor pilot decided to sail past the breakwater on Monday, a union official told reporters.", "told reporters")]
    [InlineData("A harbor pilot refused to sail past the breakwater on Monday, a union official told the Ledger.", "told")]
    public void AClosingSourceThatToldSomeoneReportsWhatAnotherPersonDidOrRefused(string sentence, string cue)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal("union official (unnamed)", quote.Speaker?.Name);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.StartsWith("A harbor pilot", quote.Content[0].Text);
    }

    [Theory]
    [InlineData("Tom Ellery chose to skip the harbor hearing, a person close to him said.", "person close to him (unnamed)")]
    [InlineData("Mayor Ana Ruiz ordered the pier closed, an aide familiar with it said.", "aide familiar with it (unnamed)")]
    public void AClosingSourceCloseToSomeoneReportsWhatThatPersonDid(string sentence, string speaker)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void AClosingSourceAddsItsReportToTheSpeechItContains()
    {
        var quotes = Quotes("Mayor Ana Ruiz had told the port board that the lease should wait, and the board agreed to hold it, the source added.");
        Assert.Contains(quotes, q => q.Cue?.Text == "added" && q.Speaker?.Name == "source (unnamed)" && q.Content[0].Text.StartsWith("Mayor Ana Ruiz had told"));
        Assert.Contains(quotes, q => q.Cue?.Text == "told" && q.Speaker?.Name == "Ana Ruiz");
    }

    [Theory]
    [InlineData("“We expect the ban to pass,” Senate Majority Leader Ola Brandt, R-Neb., said Tuesday.", "Ola Brandt")]
    [InlineData("“We expect the ban to pass,” Rep. Ivo Marsh, D-Calif., said on Monday.", "Ivo Marsh")]
    [InlineData("“We expect the ban to pass,” Ivo Marsh, a Democrat, said Friday.", "Ivo Marsh")]
    [InlineData("“We expect the ban to pass,” Ivo Marsh, R-N.Y., told reporters Wednesday.", "Ivo Marsh")]
    public void APartyLabelOrDescriptionBetweenTheNameAndTheVerbKeepsTheName(string sentence, string speaker)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal("“We expect the ban to pass,”", quote.Content[0].Text);
    }

    [Fact]
    public void AWeekdayAfterTheVerbIsNeverTheSpeaker()
    {
        var quotes = Quotes("“We expect the ban to pass,” the long-serving chair of the harbor board, well known here, and always blunt, said Tuesday.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name?.Contains("Tuesday") == true);
    }

    [Fact]
    public void AClauseAfterTheLastCommaWithAConjunctionIsNoClosingAttribution()
    {
        var quotes = Quotes("The union wanted a second meeting with the port board on Friday, but the chairman refused.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name?.Contains("chairman") == true);
    }
}
