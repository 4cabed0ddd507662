namespace NewsBot.Tests.Support;

/// <summary>A made-up article about a town after protests: people named in full once and by surname after, a curfew, a study.</summary>
public sealed class ProtestKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public ProtestKnowledge() : this(Write(new TempFolder())) { }

    private ProtestKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["millbrook-calm.txt"], """
            Millbrook lifts curfew as marches fade

            MILLBROOK - Six days after a police officer shot Darnell Lee Hayes and set off protests, Millbrook is calm again.

            Small groups of marchers asked for the police video of the shooting of Darnell Lee Hayes near the stadium where the Millbrook Hawks played the Ridgeway Rams.

            The death of Hayes, 38, a father of four, has made the town a focus of the national debate about policing.

            Late Sunday night, the town lifted a midnight curfew it imposed on Thursday.

            A 2015 study found that poor children in Millbrook rarely lift themselves out of poverty.

            "We won't quit. We'll be marching here each and every day," said Alina Brooks, 24, as she marched with hundreds of others.

            Her cousin, Alana Brooks, carried a sign about the study.

            Owen Pratt, an analyst at the Harbor Institute, said he thinks the mayor kept the repair plan vague on purpose.

            "There's no way to know who pays," Pratt said.

            In an essay in the Millbrook Ledger last week, Mayor Ruth Kalman defended her handling of the unrest.

            "The curfew saved lives and it saved businesses," she wrote.

            Kalman said she would pay for the repairs by selling the old bus depot.

            Kalman was elected mayor six years after she left the town council.

            Before that, Kalman spent 12 years on the council.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
