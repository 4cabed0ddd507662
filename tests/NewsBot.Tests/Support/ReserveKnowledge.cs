namespace NewsBot.Tests.Support;

/// <summary>
/// Short made-up articles: a council's vote counted for and against, a council's flood money, written in a currency's letter before the figure, and a market
/// roof that collapsed at a time of day, beside a ferry story with its own times and a grounding told by the part of the day
/// and by the hour.
/// </summary>
public sealed class ReserveKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public ReserveKnowledge() : this(Write(new TempFolder())) { }

    private ReserveKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["flood-relief.txt"], """
            Council moves to help flooded valley towns

            Floodwater stood a metre deep in parts of the Orvale valley on Tuesday after three days of rain.

            Council treasurer Mina Ostrow said the council had earmarked R85 million for the relief effort, including pumps, tents and drinking water.

            About 2,000 families have left their homes, officials said.

            Relief groups said help had been slow to reach the upper valley.
            """);
        File.WriteAllText(articles["market-roof.txt"], """
            Market roof falls in after heavy snow

            A large section of the roof of the Dunlow covered market collapsed early on Sunday morning, hours before traders arrived.

            The timber roof gave way at about 6:20 a.m., when the snow on it lay deepest.

            Engineers said the weight of the snow had cracked the old timber beams.

            The mayor, Ilse Brandt, said the market would stay closed until March.
            """);
        File.WriteAllText(articles["harbour-vote.txt"], """
            Council narrowly approves harbour plan

            Eleven councillors met in Tarrow on Thursday to vote on the harbour plan.

            Four councillors voted against and one stayed away.

            The plan was backed by 6 of the 11 members of the council, one more than it needed.
            """);
        File.WriteAllText(articles["ferry-times.txt"], """
            Ferry timetable changes for winter

            From Monday the first ferry will leave the harbour at 7:10 a.m., twenty minutes later than in summer.

            The last crossing of the day will come in at 9:30 p.m.

            The old ferry Maren ran aground in thick fog off Kell Point on Saturday morning.

            Later the Maren ran aground again at 5:40 a.m. with 60 passengers aboard, and all were taken off by lifeboat.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
