namespace NewsBot.Tests.Support;

/// <summary>
/// Two short made-up articles where most sentences tell what a yes/no question asks about and one settles it: a quarry
/// fined for dust that has not decided whether to appeal, and a ferry collision after which no one has been charged.
/// </summary>
public sealed class VerdictKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public VerdictKnowledge() : this(Write(new TempFolder())) { }

    private VerdictKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["quarry-dust.txt"], """
            Dunsley council fines Harrow Quarry over summer dust

            The Dunsley town council fined Harrow Quarry $40,000 on Tuesday for dust that drifted over the Elmwood estate in July.

            Harrow Quarry can appeal the fine to the county board within 30 days, the council said.

            Ines Batty, a lawyer for Harrow Quarry, said the company had not decided whether to appeal the fine.
            """);
        File.WriteAllText(articles["ferry-collision.txt"], """
            Ferry strikes pier at Colter Bay

            A passenger ferry struck the main pier at Colter Bay on Sunday evening, injuring four people, the harbor police said.

            Harbor police were questioning the ferry's captain about the collision on Monday.

            No one had been charged over the collision by Monday night, a police spokesman said.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
