using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Speakers the words around them used to hide or replace: an opening "Days later in Kessa," before a titled name, a
/// wish "not to be identified", a union speaking right after the company it bargains with, a body's name with its
/// article set off after a description, a title before two surnames, and words that only look like a speaker.
/// </summary>
public sealed class OpeningTimeAndOtherSideTests
{
    [Theory]
    [InlineData("Days later in Kessa, former transport minister Ilsa Varno Brek, who leads the opposition Harbour Party, dismissed the fine as too small.")]
    [InlineData("Hours later, former transport minister Ilsa Varno Brek, who leads the opposition Harbour Party, dismissed the fine as too small.")]
    [InlineData("In Kessa, former transport minister Ilsa Varno Brek, who leads the opposition Harbour Party, dismissed the fine as too small.")]
    public void ATitledNameAfterAnOpeningTimeOrPlaceIsTheSpeakerOfWhatFollowsTheCue(string sentence)
    {
        var quotes = Quotes("The ferry firm was fined on Monday.\n\n" + sentence + " She said the firm had made 40 million euros last year.");
        var dismissed = Assert.Single(quotes, q => q.Cue?.Text == "dismissed");
        Assert.Equal("Ilsa Varno Brek", dismissed.Speaker?.Name);
        Assert.Equal("the fine as too small", ContentOf(dismissed));
        Assert.Equal("Ilsa Varno Brek", Assert.Single(quotes, q => q.Source?.Text == "She").Speaker?.Name);
    }

    [Theory]
    [InlineData("A worker familiar with the case, who asked not to be identified, said the court had weighed a larger fine.")]
    [InlineData("A worker familiar with the case, who declined to be identified because he feared for his job, said the court had weighed a larger fine.")]
    public void AWishNotToBeIdentifiedIsNoStatementAndTheDescribedSourceSpeaks(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("worker familiar with the case (unnamed)", quote.Speaker?.Name);
        Assert.Equal("the court had weighed a larger fine", ContentOf(quote));
    }

    [Fact]
    public void AUnionSpeakingRightAfterACompanyIsNotThatCompany()
    {
        var quotes = Quotes("Tarrow Docks said in a statement that it had warned the crews twice.\n\n"
            + "The seafarers' union said the ruling should not be used to blame its members. The union said it would appeal.");
        Assert.DoesNotContain(quotes, q => q.Paragraph == 2 && q.Speaker?.Name == "Tarrow Docks");
    }

    [Fact]
    public void AUnionTheArticleNamedIsStillTheUnionRightAfterIt()
    {
        var quotes = Quotes("The Harbour Workers Union said in a statement that the crews were not to blame.\n\n"
            + "The union said it would appeal.");
        Assert.All(quotes, q => Assert.Equal("Harbour Workers Union", q.Speaker?.Name));
    }

    [Fact]
    public void AnAssociationOfPeopleIsTheUnionRightAfterIt()
    {
        var quotes = Quotes("The Association of Ferry Stewards endorsed the mayor on Monday.\n\n"
            + "\"Her record on crew safety has opened doors for our members,\" the union said.");
        Assert.Equal("Association of Ferry Stewards", Assert.Single(quotes, q => q.Source?.Text == "the union").Speaker?.Name);
    }

    [Theory]
    [InlineData("The town's largest employer, the Brandt Foundation, said in a statement that it would not pay for extra buses.")]
    [InlineData("Its largest donor, the Brandt Foundation, said it would not pay for extra buses.")]
    public void ABodysNameWithItsArticleAfterADescriptionSpeaks(string sentence)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal("Brandt Foundation", quote.Speaker?.Name);
        Assert.StartsWith("it would not pay", ContentOf(quote));
    }

    [Fact]
    public void ATitleBeforeTwoSurnamesIsThePersonNamedInFullBefore()
    {
        var quotes = Quotes("\"The firm treated its passengers as cargo,\" presiding judge Ines Carvalho Pinto said.\n\n"
            + "Judge Carvalho Pinto rejected the argument that the storms were to blame. The delays had been \"routine\", she said.");
        Assert.All(quotes, q => Assert.Equal("Ines Carvalho Pinto", q.Speaker?.Name));
        Assert.Equal(3, quotes.Count);
    }

    [Fact]
    public void GoodsDeclaredAsSomethingAreNoSpeaker()
    {
        var quotes = Quotes("Prosecutors said the ring operated between 2019 and 2021, moving cocaine through Kessa in containers declared as fruit.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Prosecutors (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void WhoseOpensNoSpeakersName()
    {
        var quotes = Quotes("Lorne said the complaint came from the passenger group Fair Fares, whose members found that one ship had sailed late 300 times.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name?.StartsWith("whose") == true);
    }
}
