namespace NewsBot.Tests.Support;

/// <summary>
/// Three made-up reports from one harbor town: a boatbuilder's quarter (its finance chief named with her title, then
/// "the CFO"; a new plant written "facility"; staff furloughed; a guild that did not comment), a council vote on a marina (a mediator and a pollster
/// named beside what they do, an outside expert, a councilwoman introduced in narration before her quote, the mayor
/// answering a yes/no question, a court's tally, a truce) and a
/// title game (two coaches, one named only in narration), with a second mayor quoted there; and a governor's veto the
/// legislature means to override, beside a drop in the cod catch a biologist calls "a strong one"; and a ferry walkout
/// whose headline says more than any of its sentences, told by an unnamed captain while a named one watches the game.
/// </summary>
public sealed class MarinaKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public MarinaKnowledge() : this(Write(new TempFolder())) { }

    private MarinaKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["brantwell-quarter.txt"], """
            Brantwell Marine posts record quarter; CFO warns on steel prices

            Brantwell Marine said on Tuesday that orders for its fishing boats rose 18% in the third quarter.

            "Steel prices climbed faster than we planned for, and we expect them to stay high into spring," said Chief Financial Officer Lena Marsh.

            Marsh said the company would spend about $400 million this year, mostly on a new assembly facility in Port Ellery, which is due to open in May.

            About 2,300 shipyard employees would be furloughed if the state contract lapses, according to a union estimate.

            The union is seeking a 20% pay increase over three years and a promise that no welders will be cut.

            The Welders Guild said in a statement that its members would vote on the offer next week.

            There was no comment from the Welders Guild on the furloughs.
            """);
        File.WriteAllText(articles["marina-vote.txt"], """
            Council approves 300-berth Harrow Quay marina after long hearing

            The Harrow Quay marina, proposed by Lisbon-based developer Selby Holdings, will add 300 berths for pleasure boats on the east shore of the bay.

            The mediator, Carla Dunne of the State Labor Board, met the dock union and the developer on Tuesday.

            "Both sides want a deal, and neither wants to say so first," Dunne said.

            Asked about the harbor master, Paul Wren said the post had been empty since June.

            The mediator said she would not comment on the talks while they went on.

            "It is a dead heat among likely voters," said Tobias Renn, who directs the Harrow poll.

            Ines Vale, a hydrologist at Corran University who was not involved in the study, says the shore survey is "solid but narrow."

            Councilwoman Hana Brik pressed the developer on flooding along the east shore, where two piers washed out last spring.

            "The shore floods twice a year already," Brik said, "and nobody has shown me a plan that copes with it."

            "This is a good day for the harbor," Mayor Ruth Okoye said.

            The mayor said the city would repave Quarry Lane next summer.

            Okoye, asked whether she would veto the berth fee, said she would not. "The council has spoken," she said.

            The appeals court ruled 5-2 on Monday that the marina permit was valid.

            The next round of negotiations will open in Tarvik on May 3, the board said.

            The dock union and the developer agreed to a 48-hour truce starting at dawn on Sunday.
            """);
        File.WriteAllText(articles["dredging-veto.txt"], """
            Governor vetoes harbor dredging bill

            Governor Nell Ashby vetoed a bill on Friday that would have paid for dredging the Harrow channel.

            Republicans, who hold both chambers, vowed to attempt an override. Senate leader Rob Kane said the Assembly would vote on the override on April 14.

            "They've shown a link between the silt and a drop in the cod catch, and it's a strong one," said Omar Reyes, a fisheries biologist.

            By the end of the season, boats near the silted channel had landed 30 percent less cod.
            """);
        File.WriteAllText(articles["ferry-walkout.txt"], """
            Ferry walkout enters second week as talks stall

            The walkout has stranded about 4,000 commuters a day.

            Crews left their boats on March 2 over rest breaks and overtime.

            Talks between the crews and the port authority broke off on Friday.

            The ferry captain said the boats would sail again on Monday.
            """);
        File.WriteAllText(articles["hawks-title.txt"], """
            Harrow Hawks win their first title

            The Hawks beat Lisle 61-58, and Harrow coach Mara Quill, who has led the team for 12 seasons, finally has a ring.

            "I just shot it and hoped," Dee Lorne said. "Coach told her team to find me, and they did."

            Quill praised Lorne's calm, calling her "the steadiest player I have coached."

            "We ran out of legs in the fourth quarter," said Lisle coach Pete Arlen.

            Retired ferry captain Jo Reyes watched from the front row. "I cried at the buzzer," Reyes said.

            "The parade starts at noon on Saturday," Mayor Dan Feld said. "Bring the whole family."

            Feld said the city would pay for the parade and the banners.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
