namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up report on a group that grades politicians' claims: the group quoted on its live feed ("score-checks"), its
/// director quoted in two sentences on what grading is for, a rating of the mayor's claim a union's quote repeats the
/// words of, a sentence saying who runs the group among others that only mention it, and a report's authors.
/// </summary>
public sealed class ScoreDeskKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public ScoreDeskKnowledge() : this(Write(new TempFolder())) { }

    private ScoreDeskKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["score-desk.txt"], """
            A Grading Group Keeps Score At City Hall

            On Friday, the Tally Project said six score-checkers would follow the council debate as it happened.

            "Watch our live feed tonight, which will provide you with score-checks on every claim made at the podium," the Tally Project says.

            The group has posted more than 900 score-checks since it began, and critics call its score-checking unfair.

            Mayor Ada Lund said bus fares had tripled since 2019. Her office put no background beside the figure.

            The Tally Project said Lund inflated the rise in bus fares through a loose reading of the fare tables, and found her claim "Mostly False."

            "On this basis," the Rider Union said, "true fares for daily riders of the bus rose by a third, not threefold."

            When the Tally Project looked at the mayor's budget, it was labeled "Half True."

            The Tally Project is run by the Harbor Ledger, a regional paper with a long record in the city.

            Tally Project director Nell Oduya said the group flags claims that leave out background.

            "We are not only vetting votes," she told the Ledger. "We are trying to provide background and show readers what a result means."

            A long study released on Monday by a group of analysts shows how fares rose faster than wages across the region.

            The authors of the report, among them the Harbor Civic Fund and the Rider Union, went through ten years of fare data.

            Each claim is checked by two staff members before a grade is posted, and the checks take a day or two.

            The council checked the fare tables again in March, when the vote on fares was close.

            Fares will be set again in June, after the council votes on the budget.

            Votes on the fare tables are due in May.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
