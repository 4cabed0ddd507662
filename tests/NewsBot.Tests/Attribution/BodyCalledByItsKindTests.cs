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
        var quotes = Quotes("Marlowe Gas & Light said 41,500 homes were dark on Sunday.\n\nThe utility said crews from three counties were on the way.\n\n"
            + "The Pinecrest Roads Bureau said two roads were shut near the river.\n\nResidents were told to stay inside.\n\n"
            + "The first lines would be fixed by Tuesday night, according to the utility.");
        Assert.Equal("Marlowe Gas & Light", Assert.Single(quotes, q => ContentOf(q).Contains("fixed by Tuesday")).Speaker?.Name);
    }

    [Fact]
    public void TheUnionAfterABodyThatRepresentsWorkersIsThatBodyEvenAfterAnotherWasNamed()
    {
        var quotes = Quotes("Deckhand Workers Association of Tallow Bay, which represents 655 crew members at Tarrow Lines, said the cuts were reckless.\n\n"
            + "\"We were never asked,\" said Ina Vosk, a deckhand at Tarrow Lines.\n\n"
            + "The union said the dispute would go to the labor board.");
        Assert.Equal("Deckhand Workers Association of Tallow Bay", Assert.Single(quotes, q => ContentOf(q).Contains("labor board")).Speaker?.Name);
    }

    [Fact]
    public void TwoBodiesCalledTheUnionLeaveItUnnamed()
    {
        var quotes = Quotes("Deckhand Workers Association of Tallow Bay, which represents 655 crew members, said the cuts were reckless.\n\n"
            + "Lading Clerks Guild of Tallow Bay, which represents 333 clerks, said it would join the strike.\n\n"
            + "Ostrel Port Board said it had no choice.\n\n"
            + "The union said the dispute would go to the labor board.");
        Assert.DoesNotContain("Association", Assert.Single(quotes, q => ContentOf(q).Contains("labor board")).Speaker?.Name ?? "");
        Assert.DoesNotContain("Guild", Assert.Single(quotes, q => ContentOf(q).Contains("labor board")).Speaker?.Name ?? "");
    }

    [Fact]
    public void TheAirlineIsTheBodyNamedWithAir()
    {
        var quotes = Quotes("Harbin-based budget carrier Corvel Air has grounded nine of its jets for checks, cancelling 40 flights.\n\n"
            + "The airline said passengers could change their tickets at no cost.");
        Assert.Equal("Corvel Air", Assert.Single(quotes, q => ContentOf(q).Contains("at no cost")).Speaker?.Name);
    }

    [Fact]
    public void TheCompanyIsTheOneBusinessTheLeadNamed()
    {
        var quotes = Quotes("Danish ferry group Tarrow Line cut its yearly forecast on Monday.\n\n"
            + "Traffic at the port fell by a tenth in April, and fares fell with it.\n\n"
            + "The company told its shareholders it now expects a profit near $90 million.");
        Assert.Equal("Tarrow Line", Assert.Single(quotes, q => ContentOf(q).Contains("profit near")).Speaker?.Name);
    }

    [Fact]
    public void TheCompanyIsTheNameThatSpokeInTheLeadWithNothingPersonalAboutIt()
    {
        var quotes = Quotes("Tolvask Orrin Kesh said on Monday it had halted work at its Pallca zinc pit after a road was blocked for ten days.\n\n"
            + "Villagers want the pit's waste pond moved away from the river.\n\n"
            + "\"We have no fuel left to run the mills,\" the company said on its website.");
        var statement = Assert.Single(quotes, q => ContentOf(q).Contains("no fuel left"));
        Assert.Equal("Tolvask Orrin Kesh", statement.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, statement.Speaker?.Type);
    }

    [Fact]
    public void TwoBusinessesInTheLeadLeaveTheCompanyUnnamed()
    {
        var quotes = Quotes("A plan by Tarrow Compute to lease land from Ollen Seedworks has split the Brask County Board.\n\n"
            + "The company says the farm would bring 419 jobs.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("419 jobs"));
        Assert.DoesNotContain("Tarrow", quote.Speaker?.Name ?? "");
        Assert.DoesNotContain("Ollen", quote.Speaker?.Name ?? "");
    }

    [Fact]
    public void AnAppositionAfterTheBodysBracketedShortNameSaysWhatItIs()
    {
        var quotes = Attribute("Loradis declares supply alert as cold snap grips Velmora\n\n"
            + "ORVIK — Velmora's Load Dispatch Office (Loradis) declared a supply alert on Monday after a cold snap.\n\n"
            + "The dispatcher said demand reached a record in the evening.\n\n"
            + "The Ostmark Power Commission (OPC), the state-owned utility, reported that repair teams were back on most lines. The company added that 30 generators were on hire.\n\n"
            + "Loradis said the alert would last until Friday.").Quotes;
        Assert.Equal("Ostmark Power Commission", Assert.Single(quotes, q => ContentOf(q).Contains("30 generators")).Speaker?.Name);
    }
}
