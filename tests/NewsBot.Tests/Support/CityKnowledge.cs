namespace NewsBot.Tests.Support;

/// <summary>Three articles: the sample plus two city-council stories, one quoting the mayor a dozen times.</summary>
public sealed class CityKnowledge : IndexedKnowledge
{
    private readonly TempFolder _articles;

    public CityKnowledge() : this(Write(TempFolder.WithSampleArticle())) { }

    private CityKnowledge(TempFolder articles) : base(articles.Path) => _articles = articles;

    private static TempFolder Write(TempFolder articles)
    {
        var budget = new List<string> { "City council approves budget after long debate", "The city council approved the budget on Monday." };
        for (int i = 1; i <= 12; i++)
            budget.Add($"\"Point number {i} of the plan matters to every family in town,\" Mayor Jane Doe said.");
        File.WriteAllLines(articles["city-council-budget.txt"], budget);
        File.WriteAllLines(articles["city-council-election.txt"],
        [
            "City council election set for May",
            "The election for the city council will be held on May 5, officials said.",
            "\"Every vote counts this year,\" election chief Tom Reyes said.",
            "\"Polling stations open at seven,\" council clerk Mary Reyes said.",
        ]);
        return articles;
    }

    public override void Dispose()
    {
        base.Dispose();
        _articles.Dispose();
    }
}
