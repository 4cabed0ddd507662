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

            The Gazette ran a long profile on Sunday of a quarry worker who supports Mayor Ilse Varga and who was lately a patient in a hospital.

            The worker rejects the notion that she ever had to be hospitalized.

            She had been hospitalized for three weeks in March after what she called a "collapse," a run of double shifts that ended with a fall from a loading ramp.

            "I never felt like I was in danger," she said on the porch of her house.
            """);
        File.WriteAllText(articles["zoning-race.txt"], """
            Varga's rivals turn the race to zoning

            Mayor Ilse Varga has mostly steered clear of zoning reform. Planners say her proposed permit fees would, if anything, make the zoning code harder to follow. Said Tobias Wren, a builder in the east end: "I can't see that she's even slightly interested in zoning reform."

            But some note that rival Oskar Lind's own zoning-code rewrite is vague about reforming the permit rules.

            If newspaper endorsements decided elections, Varga would win the race in a landslide.

            The mayor has been endorsed by more than twenty papers, from the Harbor Ledger to the Valley Courier and the Northfield Sentinel.

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
