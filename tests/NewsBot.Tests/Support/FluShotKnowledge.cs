namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up trial of a nasal flu vaccine: how well it worked is given as a rate ("cut … by 44%"), while other sentences
/// write "side effects" (which holds "effective" for the stemmer) and the vaccine's name without any figure of it, or with
/// only the years it may ship in ("the 2026-27 season").
/// </summary>
public sealed class FluShotKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public FluShotKnowledge() : this(Write(new TempFolder())) { }

    private FluShotKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["nasal-flu-vaccine.txt"], """
            Corvane reports results of nasal flu vaccine trial

            Corvane's nasal flu vaccine cut flu cases among adults by 44% in a trial of 9,000 people, the company said on Tuesday.

            The company said the vaccine's most common side effects were a runny nose and mild headaches.

            Corvane hopes to ship the vaccine for the 2026-27 season.

            Doctors said a vaccine that needs no needle could reach people who skip their flu shot.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
