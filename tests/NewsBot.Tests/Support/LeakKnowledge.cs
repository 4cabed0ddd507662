namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up report of a chemical leak: a number written with a thousands separator ("about 1,300 residents"), and a
/// health director named after her title with a courtesy title ("The county's health director, Dr. Priya Nandakumar,
/// said"), whose quotes name her by her surname alone.
/// </summary>
public sealed class LeakKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public LeakKnowledge() : this(Write(new TempFolder())) { }

    private LeakKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["chlorine-leak.txt"], """
            Chlorine leak at Dorrow plant forces hundreds from their homes

            LAKEMOOR — Crews worked through Tuesday night to contain chlorine leaking from a storage tank at the Dorrow Chemical plant, as a yellow haze drifted over farms north of the town.

            The leak began on Monday after a forklift struck a valve at the plant, according to the county sheriff's office.

            A shift in the wind had pushed about 1,300 residents out of their homes overnight, the sheriff's office said.

            The county's health director, Dr. Priya Nandakumar, said four workers had been treated for breathing trouble.

            "Chlorine does its damage in the first hour," Nandakumar said.

            She urged residents within two miles of the plant to keep their windows shut.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
