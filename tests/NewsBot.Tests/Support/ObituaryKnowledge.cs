namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up obituary: the lede tells the death with its day and place ("died on Tuesday at her home"), and the cause is
/// given in a sentence of its own that does not say "died" again ("the cause was kidney failure").
/// </summary>
public sealed class ObituaryKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public ObituaryKnowledge() : this(Write(new TempFolder())) { }

    private ObituaryKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["odile-fenwright-obituary.txt"], """
            Odile Fenwright, cartographer who mapped the Brackwater marshes, dies at 88

            Odile Fenwright, a cartographer whose hand-drawn charts of the Brackwater marshes guided boatmen for four decades, died on Tuesday at her home in Castlemere. She was 88.

            Her nephew, Piers Fenwright, said the cause was complications of kidney failure.

            Ms. Fenwright began drawing maps for the county survey office in 1961.

            "She could read a tide line the way other people read a newspaper," her nephew said.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
