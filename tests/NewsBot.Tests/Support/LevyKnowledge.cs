namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up report on a city's parking levy: an economist whose one quote is the only sentence writing some of its
/// words, a councilman quoted on who should pay, a mayor who is mentioned but never quoted, and firms that back the plan.
/// </summary>
public sealed class LevyKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public LevyKnowledge() : this(Write(new TempFolder())) { }

    private LevyKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["parking-levy.txt"], """
            Dunmore council weighs a levy on parking garages

            The council's finance committee voted on Tuesday to send the parking levy to the full council, a plan Mayor Dana Whitlock put forward in the spring.

            Supporters say the levy would pay for bus lanes downtown.

            "There is no serious evidence this would alter the routes commuters take," said Marta Quill, an economist at Dunmore College.

            Quill said the garages would pass the cost on to their customers.

            Councilman Oren Pike said the plan was fair. "Drivers who clog the streets should help pay for the buses," Pike said.

            Many residents keep driving to work.

            Bus fares have not seen a change in a decade.

            Whitlock stopped driving last year.

            Old habits die hard in Dunmore.

            Shoppers' habits are another matter.

            A change of course on fares is not planned.

            Corporations including two grocers and a bakery chain support the levy, according to a letter to the committee.

            The levy was drafted by planner Hugo Brandt, who left the city in May.

            "I am not against buses," Quill said.

            Critics include Ruth Ames, a former Dunmore Transit Authority director.

            "The buses already run half empty," Ms. Ames said.

            The full council will vote in March.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
