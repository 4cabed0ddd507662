namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up report on a canal town's ferry service and a stop at its gate, written in other words than the questions
/// about it use: a former minister on why the town's stability matters, a board that reached its goal, a tribunal that
/// ruled on a claim, a cause given before ", so", and a man who had no weapon.
/// </summary>
public sealed class CanalKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public CanalKnowledge() : this(Write(new TempFolder())) { }

    private CanalKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["canal-ferries.txt"], """
            Ferries return to the Ostmere canal

            The Ostmere ferry board said on Monday that the evening boats would run again from April.

            "The town needs its boats back," said Pavel Dorn, who runs a bakery on the quay.

            Olga Renner, a former Ostmere harbour minister, suggests that the town's stability and trade are indispensable for the whole valley.

            The ferry board wants more riders on the evening boats.

            In its spring letter the ferry board told riders it had reached its goal of carrying 40,000 people in a season.

            The canal tribunal checked whether the mayor's claim about the fares was right.

            The tribunal then ruled that the statement was right.

            The number of barge crossings in a year is counted by the harbour office.

            Barge crossings fell after the March floods.

            Inspectors pointed out that one lock may hold more than one barge, so the crossings run ahead of the openings.

            Dorian Vale, 31, was stopped by two guards at the north gate on Friday.

            He had no weapon in his bag or his coat.

            Dorian Vale's family has asked the board for the gate footage.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
