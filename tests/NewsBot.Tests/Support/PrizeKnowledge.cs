namespace NewsBot.Tests.Support;

/// <summary>
/// Five made-up reports that answer questions in other words than they are asked: a poetry prize (its candidates, a
/// divided panel, the winner's childhood), cancelled ferry sailings (refunds), a currency at a record low, a cold night
/// told in degrees, and an arson no one has been arrested for; most beside a sentence holding the question's own words
/// but not its answer.
/// </summary>
public sealed class PrizeKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public PrizeKnowledge() : this(Write(new TempFolder())) { }

    private PrizeKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["halden-prize.txt"], """
            Ines Varo wins the Halden poetry prize

            Ines Varo won the Halden poetry prize on Sunday for a book of sea poems.

            Jurors said the panel had reviewed 412 candidates this year, more than ever before.

            Two jurors said the panel had been divided this year between Varo and a younger poet from the coast.

            Varo spent her childhood in Pellham, a fishing village north of the capital.

            Varo, who now lives in the capital, said she had written the book in one winter.

            Varo said she grew up wanting to be a sailor, like her father and his father before him.

            The panel has given the prize 31 times since nominations first opened.
            """);
        File.WriteAllText(articles["glenmoor-ferry.txt"], """
            Glenmoor ferry line halts sailings after engine fault

            The Glenmoor ferry line halted all sailings on Monday after an engine fault on its largest boat.

            Passengers whose sailings were cancelled can claim refunds at any ticket office until June 30, the ferry line said.

            Passengers said they had waited hours for news, and some said they would not sail with the line again.
            """);
        File.WriteAllText(articles["krona-slips.txt"], """
            Halden krona slips as exporters sell

            The Halden krona touched a record low of 14.82 against the euro on Tuesday before recovering.

            Traders said the krona had reached a turning point after the central bank's comments.
            """);
        File.WriteAllText(articles["valley-frost.txt"], """
            Frost grips the valley

            Temperatures in the valley dropped to minus 18 degrees on Friday night, the weather service said.

            Volunteers handed out blankets through the cold Friday night at the station.
            """);
        File.WriteAllText(articles["depot-fire.txt"], """
            Fire guts bus depot on Carrow Road

            A fire destroyed four buses at the Carrow Road depot early on Sunday, and investigators are treating the blaze as arson.

            "Someone walked in with a can of fuel," fire chief Orla Kent said. No arrests had been made by Sunday evening, she said.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
