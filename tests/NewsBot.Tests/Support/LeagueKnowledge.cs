namespace NewsBot.Tests.Support;

/// <summary>
/// Made-up local news: a striker hurt by a tackle, a choir director who resigned, charities and their money, a doctor
/// and a councillor mostly mentioned in passing.
/// </summary>
public sealed class LeagueKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public LeagueKnowledge() : this(Write(new TempFolder())) { }

    private LeagueKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["late-tackle.txt"], """
            Striker hurt in late tackle

            Rui Almeida Costa's coach calls for calm.

            The foul came on Saturday as Rui Almeida Costa, a 27-year-old striker, chased a long ball near the corner flag.

            Costa is one of at least 40 players tackled and injured by defenders so far this season and the fourth tackled by a Harbor City defender, according to a Daily Ledger count.

            The league has no plans to release a clip of the foul filmed by a helmet camera worn by a defender on the pitch, the club said.

            The defender who tackled Costa - Leon Brandt, who was suspended for two games - was not wearing any recording device, the referee said.
            """);
        File.WriteAllText(articles["choir-director.txt"], """
            Choir director leaves after row

            Mara Quill left her post at the Harbor Choir in March.

            "I cannot stay with a choir whose board ignores the wishes of its singers," Quill told the board.

            Both Mr. Dale and Ms. Ferro say the choir has never once dictated their songs to them.

            The choir is one of the oldest in the county.
            """);
        File.WriteAllText(articles["charity-money.txt"], """
            Charity gifts climb past $30 million

            Charities can raise unlimited sums from companies, families and clubs, then spend that money on any cause they choose this year.

            Powered by $9 million in gifts, the Lantern Trust became the best-funded charity in the region this year.

            The Tidewater Fund, a charity that buys school books, opened a second office.

            Its first appeal could start this week, said Otto Grieve, a retired banker who oversees the charity's grants.

            Another charity, the Orchard Fund, moved its office to the harbor.
            """);
        File.WriteAllText(articles["clinic-doctor.txt"], """
            Mayor meets clinic doctor

            The stakes were real for the mayor's talk with Vance.

            Vance is hardly a neutral voice on the future of the clinic, which he has run for a decade.

            "This is a big night for our future mayor, Nina Ortega!" her cousin shouted.

            Despite her years on the council, Nina Ortega is not a household name in the county.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
