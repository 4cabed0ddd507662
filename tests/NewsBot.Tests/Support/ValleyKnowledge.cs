namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up report on a valley's leaders after a dam referendum: a governor quoted in other words than a reader asks
/// with, a mayor who argues the towns should not answer the insurers yet, a campaigner and her spokesman, and a
/// narrated line on the insurers' warnings that no one is given as saying, and farm groups who argue the province
/// overstepped its authority.
/// </summary>
public sealed class ValleyKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public ValleyKnowledge() : this(Write(new TempFolder())) { }

    private ValleyKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["valley-dam.txt"], """
            Valley leaders meet after the dam referendum

            After the dam referendum and the insurers' warnings, towns plan to lean less on the province.

            ORVEN - Mayors from across the Selka valley met on Thursday to weigh what the towns should do after voters rejected the new dam, with many worried that the spring floods will return.

            "We are in such a fragile situation in the valley after the referendum on the dam," Governor Ilsa Varga told reporters after the meeting, held on a ferry that crossed the lake.

            But critics say the money could be better spent on levees along the river, which the province has left to crumble.

            Anselm Dowd, the mayor of Corble, argues there is little point for the towns to answer the insurers' letters now. "We must not panic over a letter," he told me.

            Pia Loren, who ran the campaign against the dam, said she plans to join farmers at the rally and speak about the vote on the radio.

            Loren spokesman Teo Marsh said the campaign would bring buses of farmers to the rally, though he conceded it was unlikely to change the province's mind.

            Repairs to the region's levees have been put off for years, leaving them in a poor state.

            The lake ferry runs twice a day in summer, and its crews keep calm when storms cross the water.

            Farm groups argue that the province overstepped its authority when it shut the river locks without a hearing.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
