namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up reports where the sentence that answers names its subject only as "the party" or "the regatta": an election
/// whose winner is named in the headline while another sentence opens on the parties that lost, a regatta called off
/// for a worry the organisers cite beside a sailor's reaction, and an old tremor's toll beside the new quake's.
/// </summary>
public sealed class BallotKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public BallotKnowledge() : this(Write(new TempFolder())) { }

    private BallotKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["orland-vote.txt"], """
            Verdant Alliance tops Orland vote but falls short of a majority

            LISSET, Orland — The Verdant Alliance finished first in Sunday's general election in Orland, the electoral board said.

            The party, which campaigned on cheaper trains, won 58 of the 120 seats in the national chamber, three short of governing alone.

            Deputy leader Iris Calloway said the party would seek a coalition with the farmers' list before parliament sits.

            The centrist Unity Bloc came second with 31 seats, while the Greens won 9 seats and two small parties won the rest.
            """);
        File.WriteAllText(articles["brindle-regatta.txt"], """
            Brindle Bay regatta called off

            Organisers of the Brindle Bay regatta cancelled Saturday's races, citing concerns about gale-force winds forecast for the bay.

            "We trained all winter for this and now we go home with nothing, which is a real letdown for the crews," said Ana Petrov, a sailor from Dunmere who had entered the Brindle Bay regatta.
            """);
        File.WriteAllText(articles["kessan-quake.txt"], """
            Strong tremor shakes the Kessan valley

            A magnitude 6.4 earthquake hit the Kessan valley on Monday, killing at least 12 people, the civil protection office said.

            It was the worst quake in the region since 1931, when a tremor killed about 900 people in the Kessan hills.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
