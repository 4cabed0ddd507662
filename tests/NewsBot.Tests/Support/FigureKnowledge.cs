namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up reports of figures asked in a particular way: a bakery's yearly cost of a pay rise beside its workers' new
/// hourly pay in a sentence that names the bakery; a cut in bus routes raised from an earlier figure; a college that
/// owes its fired coach a sum, beside a storm report of another sum and a "state" of emergency; and a cycling race whose
/// winner's time is given in a sentence that does not say "finishing", while another one with the word gives no time;
/// and a grain firm's revenue lost to a ban as a sum, beside a sentence of the question's words giving a share of it.
/// </summary>
public sealed class FigureKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public FigureKnowledge() : this(Write(new TempFolder())) { }

    private FigureKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["bakery-pay.txt"], """
            Corrin raises its minimum wage, and small shops count the cost

            Since the pay rise, bakers at the Copper Kettle Bakery on Mill Row earn $17.40 an hour, up from $14.

            Owner Ilse Varga said the pay rise would add roughly $52,000 a year to the bakery's wage bill.

            The city council passed the rise in a 6-3 vote.
            """);
        File.WriteAllText(articles["bus-routes.txt"], """
            Dorrow transit board deepens cuts to bus service

            The Dorrow transit board voted on Monday to scrap 31 bus routes, blaming a drop in riders and rising fuel bills.

            Officials said the number of routes to be scrapped had been raised from an original 18 after the board saw the final budget.

            Riders' groups said the cuts would hit the city's outer suburbs hardest.
            """);
        File.WriteAllText(articles["coach-fired.txt"], """
            Ashgrove State fires football coach Perrin Lodd

            Ashgrove State fired football coach Perrin Lodd on Tuesday after three losing seasons.

            Lodd went 11-25 at Ashgrove State.

            Under his contract, the college owes Lodd a settlement of $3.2 million, spread over four years.
            """);
        File.WriteAllText(articles["storm-aid.txt"], """
            Governor frees storm funds after hail batters farms

            Gov. Marta Quell declared a state of emergency in nine counties and freed $400,000 to pay for repairs.

            Farmers said the hail flattened most of the wheat.
            """);
        File.WriteAllText(articles["cycle-race.txt"], """
            Okonjo takes the Harlan hill climb

            Dayo Okonjo won the Harlan hill climb on Saturday, reaching the summit in 41:07.

            Okonjo said finishing the climb into a headwind had been the hardest ride of her career.

            The race drew 212 riders.
            """);
        File.WriteAllText(articles["export-ban.txt"], """
            Tollam Foods shares slide after Norvia bans its grain imports

            Shares of Tollam Foods, which earns 40% of its revenue in Norvia, fell 4% after the ban.

            Tollam said it expected the ban to cut its yearly revenue by about $90 million.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
