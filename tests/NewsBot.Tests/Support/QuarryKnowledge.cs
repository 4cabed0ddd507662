namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up local news: a profile whose subject is named only by a description and "she", with the cause of her
/// hospital stay in a sentence of its own; a builder's and a roofer's quotes on a mayor's interest in zoning reform and on a permit
/// office, each beside narration on the same words; and the papers that endorsed the mayor, named after a lead-in.
/// </summary>
public sealed class QuarryKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public QuarryKnowledge() : this(Write(new TempFolder())) { }

    private QuarryKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["quarry-profile.txt"], """
            Gazette profile of a quarry worker draws complaints

            The Gazette ran a long profile on Sunday of a quarry worker who backs Mayor Ilse Varga and who recently spent time in a hospital.

            The worker disputes the idea that she needed to be hospitalized at all.

            She had been hospitalized for three weeks in March after what she called a "collapse," a run of double shifts that ended with a fall from a loading ramp.

            "I never felt like I was in danger," she said on the porch of her house.
            """);
        File.WriteAllText(articles["zoning-race.txt"], """
            Varga's rivals turn the race to zoning

            Mayor Ilse Varga has largely ignored the issue of zoning reform. If anything, experts say her plans to add permit fees would make the zoning code more complicated. Said Tobias Wren, a builder in the east end: "I don't get the sense she's the least bit interested in zoning reform."

            But some note that rival Oskar Lind's own zoning-code rewrite is vague about reforming the permit rules.

            If newspaper endorsements decided elections, Varga would win the race in a landslide.

            The mayor has been endorsed by dozens of papers, from the Harbor Ledger to the Valley Courier and the Northfield Sentinel.

            City officials say the permit office is too slow.

            "The permit office is too slow, and everybody in this trade knows it," said Marta Quell, a roofing contractor.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
