namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up reports of things to come: a parking fee rise whose start day only the lede gives ("starting Oct. 1"), while
/// a later sentence writes "take effect" beside a vague time ("by late August"); and a cruise ship fee whose start day
/// ("beginning June 15") stands beside the day it was announced, while another sentence of the same words gives only a
/// weekday and a year; and a ferry vote set for a weekday, while another sentence gives a day of the calendar that is past.
/// </summary>
public sealed class ScheduleKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public ScheduleKnowledge() : this(Write(new TempFolder())) { }

    private ScheduleKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["parking-fee.txt"], """
            Harrowgate council approves first parking fee rise in a decade

            HARROWGATE, Sept. 4 — The Harrowgate town council voted 5-2 on Tuesday to raise the hourly parking fee downtown from $1.50 to $2 starting Oct. 1, the first change since 2015.

            Town clerk Mina Orvell said crews would replace every downtown meter by late August, before the higher fees take effect.

            Shop owners on Dell Street said the rise would drive shoppers to the mall.
            """);
        File.WriteAllText(articles["cruise-fee.txt"], """
            Port of Velmar to charge cruise ships a passenger fee

            The Velmar port authority said on Monday that it would charge cruise ships a fee of $5 per passenger beginning June 15, to pay for dock repairs.

            Cruise lines said on Monday the fees on cruise ships would cost them millions by 2027.

            The port's director, Hal Brennick, said the dock repairs could not wait.
            """);
        File.WriteAllText(articles["ferry-vote.txt"], """
            Lakeport weighs ending its island ferry

            The harbor board put the island ferry to a vote on Nov. 3 and kept it running for one more year.

            The harbor board will vote on the ferry again on Thursday, after a second hearing.

            Resident Tova Brill said the ferry was the island's only link to the hospital.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
