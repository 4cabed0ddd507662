namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up reports from a river town: a mayoral race fought over ferry fares (the headline and the lede name the race,
/// the body sentences about the fares write only "fares"); a library whose flooded reading room is named in a sentence
/// that does not write "leaking", beside one about the library's branch "at Dunmore" that writes nothing else asked;
/// a water board whose next meeting is given as "due to meet again", beside a forecast for "the next two years";
/// a clinic's air testing, told in five sentences; and a court's ruling on a dock fee, whose tally only the lede gives,
/// in words of its own; and ferry delays whose cause the company names with "blamed … on"; and a named fire whose start is told after the charge.
/// </summary>
public sealed class LanternKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public LanternKnowledge() : this(Write(new TempFolder())) { }

    private LanternKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["harwick-race.txt"], """
            Pell, Ostrander spar over ferry fares as Harwick mayoral race narrows

            HARWICK — Councilwoman Ada Pell and shop owner Rune Ostrander spent Sunday at opposite ends of Harwick, each telling voters the other would let the town slide, as a new survey showed their mayoral race nearly even.

            "Rune Ostrander has never once ridden the morning boat," Pell said.

            Pell wants to freeze ferry fares for four years, while Ostrander backs a fare rise of 15 cents to pay for a second boat.

            "A fare is a promise to the people who ride," Ostrander said.

            The survey of 600 residents had Pell at 44% and Ostrander at 43%.

            Both candidates will debate on the town green next week.
            """);
        File.WriteAllText(articles["library-flood.txt"], """
            Burst pipe closes Harwick library for a week

            A pipe burst overnight in the ceiling above the reading room on the second floor of the Harwick library, soaking about 2,000 books.

            The library's staff said the branch at Dunmore would stay open late while repairs went on.

            Librarian Tessa Varga said the staff would fight to dry and save most of the soaked books.
            """);
        File.WriteAllText(articles["water-board.txt"], """
            Harwick water board delays vote on rate increase

            The Harwick water board put off a vote on a 9% rate increase on Monday after residents filled the hall to object.

            Board chair Milo Brandt said the water board would hold longer meetings over the next two years as the town adds housing.

            The board is due to meet again on March 12.
            """);
        File.WriteAllText(articles["clinic-air.txt"], """
            Harwick clinic air tested after mold complaints

            Harwick Family Clinic tested the air in its waiting room after patients complained of a musty smell, the clinic said.

            The clinic's air testing found mold spores above the state limit in two exam rooms.

            Inspectors said the clinic had skipped air testing in the basement for three years.

            The clinic now runs air testing every month, according to its manager, Ivo Laine.

            A county nurse said the testing came too late for some patients.
            """);
        File.WriteAllText(articles["dock-fee-ruling.txt"], """
            Appeals court strikes down Harwick dock fee

            The state appeals court ruled 4-1 on Friday that the town had no power to charge boat owners for mooring at public piers.

            The case was brought by the Harwick Boaters Club in 2023.

            Town attorney Nell Ashby said the town would not appeal.
            """);
        File.WriteAllText(articles["ferry-delays.txt"], """
            Harwick ferry crossings delayed again

            Ferry crossings from Harwick were delayed again on Tuesday.

            In a statement posted at the terminal on Monday evening, the ferry company blamed the crossing delays on a shortage of licensed deckhands and an engine fault.

            Commuter Ines Rowe said the waits had cost her two shifts.
            """);
        File.WriteAllText(articles["pier-shed-fire.txt"], """
            Quayside Fire guts Harwick pier shed; deckhand charged

            HARWICK — The Quayside Fire destroyed a storage shed and two skiffs on the Harwick pier early Sunday before crews from three towns put it out.

            A 29-year-old deckhand, Emil Strand, was charged Monday with negligently causing the fire at the pier.

            Investigators believe the fire began shortly after midnight in the shed, where Strand had been welding a railing without a permit.
            """);
        File.WriteAllText(articles["seawall-opens.txt"], """
            New Harwick seawall opens after two winters of work

            The seawall along the north harbor was finished in May for $3.2 million, paid from a state grant.

            It replaces the Kellby Point breakwater, which a storm in 2021 broke in two.

            Divers spent nine hours checking the footings of the wall before it opened.

            A ban on fishing from the wall runs from 10 p.m. to 5 a.m.

            Harbor master Oda Lund said the wall would spare the fish market from spring tides.
            """);
        File.WriteAllText(articles["library-director.txt"], """
            Harwick library director steps down

            The director of the Harwick library, Petra Moen, announced her departure on Tuesday.

            Moen wrote in a letter to the trustees: "I have loved every year of this work. The building is in good hands."

            "The readers of this town deserve fresh energy," she wrote. "I will still come by on Saturdays."

            "I would like to travel for a while," Moen said in an interview.
            """);
        File.WriteAllText(articles["county-cup.txt"], """
            Harwick Rovers lift the county cup

            Harwick Rovers beat Dunmore Town 3-1 on Saturday to win the county cup, their first final win in a decade.

            The Dunmore keeper was sent off at 1-1 in the final quarter of an hour.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
