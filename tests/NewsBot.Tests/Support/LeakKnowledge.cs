namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up reports. A chemical leak: a number written with a thousands separator ("about 1,300 residents"), a health
/// director named after her title with a courtesy title ("The county's health director, Dr. Priya Nandakumar, said"),
/// whose quotes name her by her surname alone, a plant placed by distance and direction, and its manager who resigned. A cold snap: a record
/// written without the word ("an all-time high"), shutoffs, jobs added (the stemmer's "ad") beside jobs a plan would
/// support, a barge that returns, and a town's residents counted. A football match: an injury that keeps a player out, and a post held for years. A school board hearing: a parent
/// speaking of the superintendent, who speaks of the closure herself. A rowing club whose members will be notified. A treasury
/// memo cited in full, then quoted as "the memo".
/// </summary>
public sealed class LeakKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public LeakKnowledge() : this(Write(new TempFolder())) { }

    private LeakKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["chlorine-leak.txt"], """
            Chlorine leak at Dorrow plant forces hundreds from their homes

            LAKEMOOR — Crews worked through Tuesday night to contain chlorine leaking from a storage tank at the Dorrow Chemical plant, as a yellow haze drifted over farms north of the town.

            The leak began on Monday after a forklift struck a valve at the plant, which sits about 12 miles east of Lakemoor, according to the county sheriff's office.

            A shift in the wind had pushed about 1,300 residents out of their homes overnight, the sheriff's office said.

            The county's health director, Dr. Priya Nandakumar, said four workers had been treated for breathing trouble.

            "Chlorine does its damage in the first hour," Nandakumar said.

            She urged residents within two miles of the plant to keep their windows shut.

            Dorrow's site manager, Evan Rusk, resigned on Wednesday. In a letter to the staff, he wrote: "I own every decision that led to this leak."
            """);
        File.WriteAllText(articles["velden-cold.txt"], """
            Cold snap pushes Velden power grid to the limit

            VELDEN — Temperatures fell to minus 18 degrees on Sunday, the coldest reading in the town since 1994.

            Velden Electric, the town's utility, said on Sunday evening that demand reached an all-time high of 2,140 megawatts.

            The utility said it was suspending shutoffs for unpaid bills until the cold snap ended.

            The outage hit hardest in Harwell, a hill town of 3,400 residents.

            Velden employers added 320 jobs in March, the state labor office said.

            The mayor said the new battery plant would support 900 jobs and strengthen the local economy.

            The battery factory's site manager, Ada Mink, said hiring would start in May.

            The mobile repair barge left Port Halden on Nov. 3 for the upriver dams.

            The barge returns to Port Halden on Saturday to refuel.
            """);
        File.WriteAllText(articles["harriers-win.txt"], """
            Harriers beat Dunmore as Okonjo limps off

            Tomas Okonjo scored twice as the Marsh Harriers beat Dunmore 3-1 on Saturday.

            Okonjo limped off late in the game with a knee problem. The club said on Sunday that scans showed a sprain and that he would miss about four weeks.

            "I felt it go on the turn," Okonjo told reporters.

            One of those fans, a nurse from Lisle, wrote online that the Dunmore end was "a crush for twenty minutes."

            Stewards said six people were ejected from the ground for throwing bottles.

            In 1996, Walter Greaves, then the club's manager, sold its old ground to a developer.

            Greaves, who managed the club from 1988 until 2004, said the win was deserved.
            """);
        File.WriteAllText(articles["eastfield-school.txt"], """
            Board weighs closing Eastfield school

            "We cannot keep every building open," Superintendent Lena Hartwig said, pointing to the closure report.

            "You rarely see the superintendent admit that the district has dodged this question for a decade," said Omar Tills, a parent who has attended every meeting.

            Board members seemed eager to settle the matter before the summer.

            The board will vote on March 3.
            """);
        File.WriteAllText(articles["rowing-club.txt"], """
            Rowing club raises its fees

            Members voted on the fee change in January.

            Members will be notified of the fee change by email next month.
            """);
        File.WriteAllText(articles["ranch-grants.txt"], """
            Treasury plans to trim ranch grants

            Ranchers protested outside the treasury on Monday.

            The cuts are part of a plan to save 300 million crowns next year, according to a treasury memo seen by reporters. The memo calls the grants to big ranches "wasteful and badly aimed".
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
