namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up articles about a depot fire and a depot sale: a speaker who asks a question and answers it in one quote, and
/// one who calls a vote something before quoting her own words on it.
/// </summary>
public sealed class DepotKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public DepotKnowledge() : this(Write(new TempFolder())) { }

    private DepotKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["depot-fire.txt"], """
            Blaze at the old bus depot under investigation

            Fire Chief Ada Marlow spoke to reporters at the scene on Tuesday.

            "Something strange happened at the depot overnight. Do I think it was arson? Probably not. But the timing bothers me," Marlow said.
            """);
        File.WriteAllText(articles["depot-sale.txt"], """
            Council sells the old bus depot

            The council voted on Monday to sell the old bus depot to a housing trust.

            Council member Rosa Kettle called the vote a "bad day for the east side."

            "This vote hands the last public land we had to a trust for a song," she said.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
