namespace NewsBot.Tests.Support;

/// <summary>
/// A made-up article about a freed leader's visit and a leave plan: irregular verbs ("spent"), a plan paid for "by …ing",
/// related words ("provide" for "give", "invasion" for "invades"), a person introduced with an apposition, and a
/// quote set up by the sentence before it.
/// </summary>
public sealed class EnvoyKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public EnvoyKnowledge() : this(Write(new TempFolder())) { }

    private EnvoyKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        File.WriteAllText(articles["ostria-leader-visit.txt"], """
            Ostria's leader visits Lisbon as the border tension grows

            Marta Ilvane visited the palace in Lisbon on Tuesday as Ostria's elected leader eight years after her house arrest ended, a proud moment for her supporters and the long campaign for her freedom.

            Norland, on Monday, refused to hold new talks on Ostria unless the alliance answers its demands, as the foreign minister flew to the region.

            The official said the alliance is ready to respond if Norland chooses to do so.

            Along with sanctions, "we will send extra radar equipment to the Ostrians" if there is an invasion, she said.

            Senator Hal Moreno had long been a loud voice in the capital in support of the sanctions on the Ostrian generals, and Ilvane, a poet who had spent 11 years under house arrest until her release in 2015, personally asked him to come and see her in the spring of 2016.

            Governor Paul Hensley's new plan for paid family leave leaves open who would be eligible, experts said.

            Hensley says his office would pay for the plan by cutting the state's travel budget.

            Vera Lind, an economist at the centrist Harmon Institute, said she believes the governor kept the fine print thin by design, so that more voters could see themselves in it.

            "This is a case where nobody has done the sums," Lind said.

            In a Valley Herald essay last week, Hensley's daughter Nora Hensley described the plan's goals.

            "Working parents have waited far too long for this kind of help," she wrote.
            """);
        File.WriteAllText(articles["court-keeps-file-sealed.txt"], """
            Court keeps the Moss divorce file sealed

            A judge on Friday refused to unseal the divorce file of the developer Dan Moss and his former wife, Karla Moss.

            Her filing with the court cited news reports claiming that she had concealed a loan during the divorce. However, Karla Moss's brief rejected that account and called those reports "old and misread statements."

            The Eastfield Gazette and the Valley Herald newspaper group asked the court to open the file.

            The judge explained the order in a ruling on Friday, saying the file held nothing of public interest.

            A lawyer for the two outlets, Sam Ortiz, said no decision had been made on whether to challenge it.
            """);
        File.WriteAllText(articles["moss-clinic-opens.txt"], """
            New clinic opens in Eastfield

            "This clinic is for every family in Eastfield," said Carla Moss, the clinic's director.

            "We will be open every day of the week," Carla Moss added.

            "To be honest, Eastfield will never go back to what it was, and this is a blessing," said the Rev. Amos Dane, of Grace Chapel.
            """);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
