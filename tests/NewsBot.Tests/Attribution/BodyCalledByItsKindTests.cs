using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the utility", "the union", "the airline" paragraphs after the article called one named body so: the word stands for
/// that body wherever it comes again, as long as no other body the article named fits the word.
/// </summary>
public sealed class BodyCalledByItsKindTests
{
    [Fact]
    public void TheUtilityParagraphsLaterIsTheBodyTheArticleCalledTheUtility()
    {
        var quotes = Quotes("Marlowe Gas & Light said 40,000 homes were dark on Sunday.\n\nThe utility said crews from three counties were on the way.\n\n"
            + "The Pinecrest Fire Department said two roads were shut near the river.\n\nResidents were told to stay inside.\n\n"
            + "The first lines would be fixed by Tuesday night, according to the utility.");
        Assert.Equal("Marlowe Gas & Light", Assert.Single(quotes, q => ContentOf(q).Contains("fixed by Tuesday")).Speaker?.Name);
    }

    [Fact]
    public void TheUnionAfterABodyThatRepresentsWorkersIsThatBodyEvenAfterAnotherWasNamed()
    {
        var quotes = Quotes("The Ferry Deckhands Association, which represents 600 crew members at Tarrow Lines, said the cuts were reckless.\n\n"
            + "\"We were never asked,\" said Ina Vosk, a deckhand at Tarrow Lines.\n\n"
            + "The union said it would take the dispute to the labor board.");
        Assert.Equal("Ferry Deckhands Association", Assert.Single(quotes, q => ContentOf(q).Contains("labor board")).Speaker?.Name);
    }

    [Fact]
    public void TwoBodiesCalledTheUnionLeaveItUnnamed()
    {
        var quotes = Quotes("The Ferry Deckhands Association, which represents 600 crew members, said the cuts were reckless.\n\n"
            + "The Dock Clerks Guild, which represents 300 clerks, said it would join the strike.\n\n"
            + "The Harbor Board said it had no choice.\n\n"
            + "The union said it would take the dispute to the labor board.");
        Assert.DoesNotContain("Association", Assert.Single(quotes, q => ContentOf(q).Contains("labor board")).Speaker?.Name ?? "");
        Assert.DoesNotContain("Guild", Assert.Single(quotes, q => ContentOf(q).Contains("labor board")).Speaker?.Name ?? "");
    }

    [Fact]
    public void TheAirlineIsTheBodyNamedWithAir()
    {
        var quotes = Quotes("Harbin-based budget carrier Corvel Air has grounded nine of its jets for checks, cancelling 40 flights.\n\n"
            + "The airline said passengers could rebook free of charge.");
        Assert.Equal("Corvel Air", Assert.Single(quotes, q => ContentOf(q).Contains("rebook free")).Speaker?.Name);
    }

    [Fact]
    public void TheCompanyIsTheOneBusinessTheLeadNamed()
    {
        var quotes = Quotes("Danish ferry group Tarrow Line cut its yearly forecast on Monday.\n\n"
            + "Traffic at the port fell by a tenth in April, and fares fell with it.\n\n"
            + "The company said in a statement that it now expects a profit of about $90 million.");
        Assert.Equal("Tarrow Line", Assert.Single(quotes, q => ContentOf(q).Contains("profit of about")).Speaker?.Name);
    }

    [Fact]
    public void TheCompanyIsTheNameThatSpokeInTheLeadWithNothingPersonalAboutIt()
    {
        var quotes = Quotes("Minera Colla Verde said on Monday it had halted work at its Pallca zinc pit after a road was blocked for ten days.\n\n"
            + "Villagers want the pit's waste pond moved away from the river.\n\n"
            + "\"We have no fuel left to run the mills,\" the company said in a statement.");
        var statement = Assert.Single(quotes, q => ContentOf(q).Contains("no fuel left"));
        Assert.Equal("Minera Colla Verde", statement.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, statement.Speaker?.Type);
    }

    [Fact]
    public void TwoBusinessesInTheLeadLeaveTheCompanyUnnamed()
    {
        var quotes = Quotes("A plan by Tarrow Compute to lease land from Ollen Grain Works has split the Brask County Board.\n\n"
            + "The company says the farm would bring 200 jobs.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("200 jobs"));
        Assert.DoesNotContain("Tarrow", quote.Speaker?.Name ?? "");
        Assert.DoesNotContain("Ollen", quote.Speaker?.Name ?? "");
    }
}
