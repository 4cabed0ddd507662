namespace NewsBot.Tests.Support;

/// <summary>Two short made-up articles: a Senate hearing with several senators quoted, and a blast in a city street.</summary>
public sealed class HearingKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public HearingKnowledge() : this(Write(new TempFolder())) { }

    private HearingKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["bank-hearing.txt"], """
            Senators grill bank chief over fake accounts

            Sen. Mary Holt questioned Acme Bank chief executive Paul Brandt on Tuesday about millions of fake accounts.

            "You should resign and give back the money," Holt told Brandt.

            "Every time you say that, you make the case for breaking up the bank," Sen. Tom Reed said.

            "Why isn't this proof that the bank is too big to manage?" Reed demanded.

            "I think the regulators are by far the weakest link in this story," Holt said.

            "You are blaming the tellers at the very bottom," Sen. Ray Dunn said.

            Dunn said the fines imposed so far were far too small.

            "They are a rounding error for a company this big," he said.

            Rep. J.D. Lowe, head of the House banking caucus, watched from the gallery.

            Brandt praised the branch that his son manages. His son started there in 2010, and tellers at Acme Branch 7 were among those fired.

            In a statement, Brandt said the bank "will appeal any fine" and would keep its branches open.
            """);
        File.WriteAllText(articles["city-blast.txt"], """
            Blast injures twelve in city center

            At a briefing in Midtown, the mayor said it was too early to tell whether the blast was caused by a gas leak.

            The blast went off around 9 p.m. in front of 210 West 14th Street, according to the fire chief.

            The minister will fly to Spain later on Monday in a show of support for the country as floods swamp its border.

            She'll then travel to Berlin for talks with Britain and France, as floods threaten Spain.

            Portugal, which shares a border with Spain, sent rescue teams.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
