namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up report on a town's mayoral race: a rival's word for a candidate that no other sentence writes, and
/// narration that shares the question's common words.
/// </summary>
public sealed class OrchardKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public OrchardKnowledge() : this(Write(new TempFolder())) { }

    private OrchardKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["orchard-race.txt"], """
            Orchard town's mayoral race turns bitter

            Mayoral candidate Ines Dahl spoke to voters in the market square on Saturday.

            Dahl said she thinks the town is strongest when neighbors work together. She said rival Piet Halvorsen favors a "pharaoh approach."

            "We will keep building," Halvorsen said.

            Halvorsen is seeking a second term and a new pier for the ferries.

            Halvorsen leads the council, whose members like the pier.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
