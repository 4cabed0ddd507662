namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up report of a council vote on a footbridge: a resident gathered signatures "in support of the footbridge",
/// while the mayor, whom a yes/no question asks about and other sentences name too, "voted in favour" of what the sentence calls "the bridge".
/// </summary>
public sealed class FootbridgeKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public FootbridgeKnowledge() : this(Write(new TempFolder())) { }

    private FootbridgeKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["footbridge.txt"], """
            Velby council approves river footbridge after long debate

            The Velby town council voted 5-2 on Wednesday to build a footbridge across the Orrin River between the two town parks.

            Resident Ola Fenn said she had gathered 300 signatures in support of the footbridge.

            Mayor Ruth Kellam, who voted in favour, said the bridge would be open by next summer.

            Two councillors said the town could not afford it.

            The mayor had called the old ferry crossing unsafe last winter.

            The mayor's office said work would start in April.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
