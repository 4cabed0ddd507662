namespace NewsBot.Tests.Support;

/// <summary>
/// Three short made-up articles: a newspaper's report on a governor's donors, an explainer on a regional forum whose
/// head is named once and then only "Mr. Ryu" and "he", and a column on a governor's race with a contest's judges.
/// </summary>
public sealed class ForumKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public ForumKnowledge() : this(Write(new TempFolder())) { }

    private ForumKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["donors.txt"], """
            Few of the governor's donors give small sums

            The Tillbrook Courier reported that just 19 percent of the donors to Gov. Hessa Marlowe's reelection bid have given $50 or less.

            The Tillbrook Courier also reported that in 2014, 40 percent of the money to Mr. Dunmore came from donors who gave $50 or less.

            The paper found that the Marlowe campaign has booked six more dinners with wealthy backers this fall.

            Marlowe said small donors would come back once the race heated up.

            Last month the Marlowe campaign announced that its volunteer goal of 5,000 had been reached.

            The Tillbrook Courier reported Monday that the campaign had signed up 6,200 volunteers, far over its goal.

            According to a new report by the Valley Ledger, small donors have walked away from the governor in droves.

            "Small donors have simply walked away from the governor," said Tom Ferris, a party organizer.

            Pia Sand at the Harbor Review agreed that the dinners showed how narrow the governor's base had become.
            """);
        File.WriteAllText(articles["forum.txt"], """
            Weighing the Coastal Nations Forum's record

            Ryu Jae-won, the secretary general of the Coastal Nations Forum, said the forum would not repeat the failures of the past.

            Safety Board Stalls: Ending wars between members is one of the founding aims of the Coastal Nations Forum, and the Safety Board is the body with the power to do it.

            In the face of the region's worst fighting, the Board has proved powerless, largely because its permanent members each back one side or another.

            Tides Rising: Mr. Ryu made the rising sea his signature cause soon after taking office. He toured the flooded docks of Port Verin. He planted seagrass to slow the erosion of the shore at Tamsel Bay.

            The C.N.F. has also sent observers to three disputed elections.
            """);
        File.WriteAllText(articles["race.txt"], """
            What the governor's race will look like on stage

            Marlowe never misses a chance to tell crowds that she pays her own way.

            Though she has given more than $2 million to her campaign, Marlowe signed a fundraising deal with the state party in May.

            The Harbor Debate League chose Nia Castell, Omar Quist and Lena Farrow as moderators for the three debates.

            Organizers said the moderators would have full control over the questions for the debates.

            Orrin, who is ineligible to participate in the debates because he missed the polling threshold, plans a rally outside.

            Security guards found Dale Orrin in the hall before the first debate and told him to leave.

            An aide said Orrin complied with the guards' orders and left the building.

            It was not Orrin's first brush with debate security. In 2019 he was fined after climbing onto the stage during a debate in Tamsel.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
