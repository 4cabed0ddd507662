namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up regional news: a governor who warned against hackers from three countries, beside his other news; a survey
/// that compares the injury rates of miners and office workers, beside a union leader who "compares" her work to a
/// battlefield; a profile of a flood volunteer named only in the paragraph giving her view, then quoted by her first
/// name; a nurse described and never named; and a retired judge's quote under a headline in the same words.
/// </summary>
public sealed class HarborSecurityKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public HarborSecurityKnowledge() : this(Write(new TempFolder())) { }

    private HarborSecurityKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["harbor-review.txt"], """
            Dorsey vows review of harbor computer systems

            Governor Pell Dorsey, speaking to a dockworkers' union in Ardmore, said he would order a full review of the harbor's computer systems and warned against potential hackers from Brazil, Turkey and Iran.

            Dorsey named three new members to the harbor board on Monday.

            Dorsey also promised to hire more inspectors for the docks, a plan his rival Nan Okafor said came too late.
            """);
        File.WriteAllText(articles["mine-survey.txt"], """
            Survey counts injuries in valley mines

            Miners in the valley were injured in 2019 at four times the rate of office workers, according to a survey by the state labor board.

            The survey was sent to 3,000 workers in the spring.

            "We often compare it to working on a battlefield," said Ruth Alder, who heads the miners' union.
            """);
        File.WriteAllText(articles["flood-profile.txt"], """
            Ledger profile of a flood volunteer draws criticism

            The Ledger ran a long profile on Sunday of a flood volunteer who backs Mayor Otto Brenn and who recently spent a week in a clinic.

            The volunteer disputes the idea that she was ever in danger.

            Greta thought the fuss was silly. She was tired, sure. But never in danger, and never someone who belonged in a clinic.

            "Here comes the water," Greta said, laughing.

            "We will be fine," Greta said to her neighbor.

            Hal Sorensen, who lives next door, said the volunteers had saved his basement.

            "I never saw a crew work that hard," Sorensen said.
            """);
        File.WriteAllText(articles["clinic-report.txt"], """
            State report faults night shift at county clinic

            A state report released Friday found that the county clinic's night shift ignored two alarms in June.

            The nurse on duty denies that she ignored the alarms.
            """);
        File.WriteAllText(articles["court-backlog.txt"], """
            Retired Judge Says Court Backlog Is 'Shameful'

            Vera Holm spent 22 years on the county bench before she retired in March.

            "What has happened to this backlog is shameful," Holm told a radio host on Tuesday.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
