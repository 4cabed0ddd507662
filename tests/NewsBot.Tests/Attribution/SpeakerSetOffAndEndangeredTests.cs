using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Speakers a reporter sets up without a plain "X said": a named person given only a tone ("was less patient.") before a
/// quote that closes the paragraph; a body's named leader after "Its chair on the board,"; a body named after its
/// description ("supporters' group, Brava Nera, which said it would …") and then "the group said"; a relative closing a
/// sentence ("…, his brother said."). And words of speech that tell of no speaker: a trend "threatened the future of"
/// something, a government "ordered …, saying …" (the government, not its country's adjective).
/// </summary>
public sealed class SpeakerSetOffAndEndangeredTests
{
    [Fact]
    public void AQuoteAfterASentenceGivingOnlyATone()
    {
        var quotes = Quotes("Neighbours were divided. Edda Rautio, a florist, said the square needed the parking. Her neighbour, the "
            + "baker Tomas Riik, was far less patient. \"Promises, promises. We have queued for a decade.\"\n\n"
            + "Anja Pelt was less patient.\n\n\"Nobody listens to us.\"");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Tomas Riik", quotes[1].Speaker?.Name);
        Assert.StartsWith("\"Promises, promises", ContentOf(quotes[1]));
        Assert.Equal(("Anja Pelt", "\"Nobody listens to us.\""), (quotes[2].Speaker?.Name, ContentOf(quotes[2])));
    }

    [Fact]
    public void AToneWithNoQuoteAfterItReportsNothing()
    {
        var quotes = Quotes("Tomas Riik was far less patient. The bakery closed at noon.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void ABodysLeaderSetOffAfterItsPossessive()
    {
        var quotes = Quotes("The Orchard Party praised the pause. Its chair on the board, Pavel Hruska, accused the ruling "
            + "coalition of ignoring the traders.\n\nIts leader on the board, Mirek Sova, said the coalition had ignored the stallholders.");
        Assert.Contains(quotes, q => q.Speaker?.Name == "Pavel Hruska" && ContentOf(q).Contains("ignoring the traders"));
        Assert.Contains(quotes, q => q.Speaker?.Name == "Mirek Sova" && ContentOf(q).Contains("had ignored the stallholders"));
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name.Contains("coalition") == true);
    }

    [Fact]
    public void ABodyNamedAfterItsDescriptionSpeaksInItsRelativeClauseAndAsTheGroup()
    {
        var quotes = Quotes("The transfer upset the biggest fans' group, Brava Nera, which said it would march to the ground on Sunday.\n\n"
            + "\"Our best players leave every summer,\" the group said on social media.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Brava Nera", q.Speaker?.Name));
        Assert.Equal("it would march to the ground on Sunday", ContentOf(quotes[0]));
    }

    [Fact]
    public void ARelativeClosingTheSentenceReportsIt()
    {
        var quotes = Quotes("Daviel Okonjo wants a new contract, his brother said.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Daviel Okonjo wants a new contract", ContentOf(quote));
        Assert.NotEqual("Daviel Okonjo", quote.Speaker?.Name);
    }

    [Fact]
    public void WhatATrendThreatensIsNoSpeech()
    {
        var quotes = Quotes("The port authority said a slump in freight had hurt exporters and threatened the future of the fishing fleet.\n\n"
            + "The fishing union said it would fight the cuts and threatened legal action.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("a slump in freight had hurt exporters and threatened the future of the fishing fleet", ContentOf(quotes[0]));
        Assert.Equal(("threatened", "legal action"), (quotes[2].Cue?.Text, ContentOf(quotes[2])));
    }

    [Fact]
    public void AGovernmentGivingItsReasonIsTheGovernment()
    {
        var quotes = Quotes("VELLMOR - The Dorvan government on Tuesday ordered the port authority to cut harbour fees by a fifth, saying a "
            + "slump in freight had hurt exporters and threatened the future of the fishing fleet.");
        var quote = Assert.Single(quotes);
        Assert.Equal(("Dorvan government", "saying"), (quote.Speaker?.Name, quote.Cue?.Text));
        Assert.EndsWith("threatened the future of the fishing fleet", ContentOf(quote));
    }
}
