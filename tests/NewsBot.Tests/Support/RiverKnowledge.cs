namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up profile of a mayor suing a chemical plant: a title given only to "she", a survey and the one before it,
/// a share given in percent, a complaint quoted after the narration that names its speaker, and follow-ups.
/// </summary>
public sealed class RiverKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public RiverKnowledge() : this(Write(new TempFolder())) { }

    private RiverKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["ridgeport-river.txt"], """
            Renters in Ridgeport back the mayor's river plan

            As a young clerk at a Harlow Chemical supplier, Alma Quist said she learned to read a balance sheet.

            Now the city's longest-serving official, Quist rose from clerk to the top job in ten years. She serves as the chief executive of Ridgeport, the first woman in the post.

            "The river belongs to everyone who lives beside it," she said at a news conference announcing that her office was suing Harlow Chemical over its plant on the river.

            In the 1990s, Quist worked at a Harlow Chemical supplier, Benton & Van Rusk, where a manager ignored her reports.

            Quist has faced criticism for her decision to meet with the landlords in June.

            She said the criticism did not bother her because the landlords pay for the pipes.

            The mayor holds 62 percent support among renters in Ridgeport, a drop from the 70 percent she held in 2020.

            In the previous Tribune/KRT News survey, conducted in early March, Quist led her rival by 4 points among likely voters.

            The Tribune/KRT News survey was conducted from Oct. 3 to 6, reaching 812 residents by phone.

            While other towns have hired engineers to test their water, that has not happened for renters in Ridgeport, which is something that worries Dell Ortega, head of the Ridgeport Tenants Union.

            "Nobody is testing the water for renters. The landlords have lawyers. Renters have nobody like that," Ortega said.

            The council is scrambling to rescue the river plan before the vote.

            "The council is in panic mode. Total panic mode," said Jo Brandt, a Ridgeport-based council aide.

            Other towns have choirs singing about their rivers, which is something that saddens Mia Fenn, a music teacher.

            "No one is singing songs for our town. Harlow had a brass band and Ridgeport has nobody like that," Fenn said.
            """);
        File.WriteAllText(articles["tolliver-fall.txt"], """
            Councilman Tolliver Skipped the ER to Dodge the Cameras

            Councilman Rafe Tolliver, hurt in a fall on Tuesday, set out for an emergency room but detoured to his brother's apartment, aides said.

            Tolliver will travel to North Ridgeport on Friday.
            """);
        File.WriteAllText(articles["ferry-license.txt"], """
            Ferry owners trade charges over a harbor license

            In one post, rival owner Tomas Greer asked: "Did the port board help Bluewater Ferries win a harbor license so it could squeeze out the small boats?"

            A spokesman for the city says neither the port board nor its staff helped the ferry company get its license.

            Greer offered no evidence that the port board had a role in the license.

            In one post, rival owner Tomas Greer asked: "Did the port board help Bluewater Ferries win a harbor license so it could squeeze out the small boats?"
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
