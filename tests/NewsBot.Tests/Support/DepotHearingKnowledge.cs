namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up council hearing where a councilman asks the mayor whether the city will keep a bus depot open, and her
/// reply follows in the next sentence without the question's words; and a second question put and answered in one
/// sentence.
/// </summary>
public sealed class DepotHearingKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public DepotHearingKnowledge() : this(Write(new TempFolder())) { }

    private DepotHearingKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["ashby-depot.txt"], """
            Corliss mayor grilled over bus depot closure

            The Corliss city council held a hearing on Wednesday on the plan to close the Ashby bus depot in March.

            Councilman Theo Varga asked Mayor Lena Strick whether the city would keep the Ashby depot open until a new one was built. Strick said that was not possible because the building had failed its last safety inspection.

            Strick, asked after the hearing whether she would sell the depot's land, said she would not.

            Drivers who work out of Ashby said the closure would add an hour to their shifts.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
