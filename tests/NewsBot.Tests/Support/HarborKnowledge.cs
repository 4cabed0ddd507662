namespace NewsBot.Tests.Support;

/// <summary>A made-up article about a dockworkers' union vote: ages, counts, an acronym, titles in narration, paraphrases.</summary>
public sealed class HarborKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public HarborKnowledge() : this(Write(new TempFolder())) { }

    private HarborKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["harbor-union.txt"], """
            Dockworkers pick a new leader for the harbor union

            Longtime crane operator Nora Pell won the vote on Friday to lead the Harbor Workers Alliance.

            Nora Pell first worked the docks in 1989.

            As the most senior organizer on the piers, Pell, 58, has emerged as the favorite of younger workers.

            "Once you're 80 years old, you have seen every strike there is," said retiree Ben Ames.

            "We have to prepare for a long winter," Ames said.

            "The vote now moves to the 312 members of the Harbor Workers Alliance," said Carl Ruiz.

            Only 40 percent of HWA members are needed for a quorum, and most HWA members stayed home.

            "There is absolutely no chance Pell will withdraw from the race," said Vera Lind.

            "She'll be out there every day on the piers," said spokesman Omar Diaz.

            "A local that does not plan for one is a fool," Omar Diaz said of a strike.

            Port commission chairman Victor Lund watched the count from the gallery.

            "This union has lost its way," Lund said.

            "Nobody wants to ride a ferry two hours to reach a clinic. What families really want is a good clinic right in their town," said Ida Marsh.

            That covers only a sliver of the $2 million planners say it costs to run citywide.

            Some workers privately express reservations about a vote that could decide the contract.

            Mayor Tom Gale, dedicating the new pier on Saturday, spoke of the harbor's history.

            "We can float like gulls," Mr. Gale said, without naming the singer who made the line famous, Rocky Vance.

            "The tides are rising faster than anyone planned for," said Hana Brook, a professor of ocean science at Seaport University.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
