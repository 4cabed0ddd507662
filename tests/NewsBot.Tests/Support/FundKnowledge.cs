namespace NewsBot.Tests.Support;

/// <summary>
/// Two short made-up articles: a family's lawyers speaking about clinic footage (one of them named), and money given to
/// political action committees, and
/// a network defined once among sentences that only name it.
/// </summary>
public sealed class FundKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public FundKnowledge() : this(Write(new TempFolder())) { }

    private FundKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["clinic-footage.txt"], """
            Family of man hurt at clinic views footage

            The family of Omar Reyes watched the clinic footage on Monday, lawyers for the family said.

            In a brief note to reporters, one of the family's lawyers, Dana Kirsch, said the footage shows Reyes sitting quietly in the lobby.

            Kirsch also said the footage does not show who opened the side door.

            The clinic director, Paul Imre, said staff followed every rule that night.
            """);
        File.WriteAllText(articles["pac-money.txt"], """
            Gifts to action committees pass $400 million

            Donations to action committees reached nearly $412 million by the end of June, federal records show.

            Another $3 million from a single donor went to the Harbor Fund in May.

            Action committees can spend unlimited sums on advertising but cannot coordinate with candidates.

            Some committees also spend money on polling and mail.
            """);
        File.WriteAllText(articles["network-hosts.txt"], """
            Veteran hosts find new home on Larkin TV

            Two veteran hosts now appear on the Larkin TV Channel network, which is financed by a foreign government.

            Larkin TV Channel is the American version of Larkin Television, the global network owned by the state.

            A keen defender of Larkin TV Channel, host Ed Marlow compared Larkin TV Channel to any other public broadcaster.

            Another Larkin TV Channel host, Ada Voss, resigned on air in 2014.
            """);
        File.WriteAllText(articles["truck-stop.txt"], """
            Driver shot at truck stop

            Ivan Petrov Moss's brother pleads for calm.

            The clash began on Tuesday as Ivan Petrov Moss, a 40-year-old driver, sat in his truck at the stop.

            The plainclothes officer who shot Moss - Dale Pruitt, who was placed on leave - was not wearing a camera, police said.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
