namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up wildfire report: a county executive's briefing in several sentences, the later ones only "she said"
/// (one of them on whether anyone died, told as "deaths"), homes without electricity written as "power", a relief program's
/// backers written as who "funded" it, and a shelter "due to open".
/// </summary>
public sealed class WildfireKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public WildfireKnowledge() : this(Write(new TempFolder())) { }

    private WildfireKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["orrin-ridge-fire.txt"], """
            Orrin Ridge fire forces evacuations in Tamsett County

            TAMSETT, Ore. — A wind-driven fire on Orrin Ridge burned 9,000 acres by Sunday night and destroyed at least 40 houses, county officials said.

            At an evening briefing, County Executive Noreen Vasko said 600 firefighters were on the lines and that crews from two neighboring states were on the way.

            "Crews will hold the line on the ridge tonight if the wind drops," she said. "We need one calm night."

            She said the county had no reports of deaths so far but that two firefighters were treated for burns.

            One veteran firefighter from the county crew, whose name the county withheld, said the evacuation order came an hour too late for the upper valley.

            Tamsett Electric Cooperative said about 18,500 customers had lost power after crews shut off lines ahead of the flames.

            The relief program for displaced families is funded by the Halvern Family Foundation and two local banks.

            A second evacuation shelter at Tamsett High School is due to open on Tuesday.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
