namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up reports: a ferry that turned back in a storm, whose sentence naming its port of call refunds its passengers a
/// sum while another counts them; and a credit union's forecast of rents, given in a sentence that says "forecast" beside
/// a quote of its economist that says "expect" of something else.
/// </summary>
public sealed class FerryForecastKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public FerryForecastKnowledge() : this(Write(new TempFolder())) { }

    private FerryForecastKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["ferry-storm.txt"], """
            Storm forces Quillan ferry back to port

            The overnight ferry Brisa Norte, carrying 412 passengers and 30 crew, turned back two hours out of Dunmore Bay after waves damaged a loading door.

            Passengers bound for Carrow were put on a morning sailing instead and will each be refunded 90 euros, the operator Quillan Lines said.

            Nobody was hurt, the coast guard said.
            """);
        File.WriteAllText(articles["rent-outlook.txt"], """
            Harlow Credit Union sees rents climbing again

            Writing to members on Monday, Oren Dalby, an economist at Harlow Credit Union, put Vessby's pull down to its new rail link.

            "Rents in Vessby are still well below the capital's, and wages are close," Dalby wrote. "We expect the difference in rents to shrink over the next two years, though it will not vanish."

            For next year he forecast a rise of 2 per cent in rents nationally, with Vessby rents 6 per cent higher.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
