using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;

namespace NewsBot.Tests.Support;

/// <summary>Three articles: the sample plus two city-council stories, one quoting the mayor a dozen times.</summary>
public sealed class CityKnowledge : IDisposable
{
    private readonly TempFolder _articles = TempFolder.WithSampleArticle();
    private readonly TempFolder _index = new();

    public CityKnowledge()
    {
        var budget = new List<string> { "City council approves budget after long debate", "The city council approved the budget on Monday." };
        for (int i = 1; i <= 12; i++)
            budget.Add($"\"Point number {i} of the plan matters to every family in town,\" Mayor Jane Doe said.");
        File.WriteAllLines(_articles["city-council-budget.txt"], budget);
        File.WriteAllLines(_articles["city-council-election.txt"],
        [
            "City council election set for May",
            "The election for the city council will be held on May 5, officials said.",
            "\"Every vote counts this year,\" election chief Tom Reyes said.",
            "\"Polling stations open at seven,\" council clerk Mary Reyes said.",
        ]);
        Store = new KnowledgeStore(_articles.Path, _index.Path, NullLogger<KnowledgeStore>.Instance);
        Store.Synchronize();
        Answerer = new Answerer(Store);
    }

    public KnowledgeStore Store { get; }
    public Answerer Answerer { get; }

    public void Dispose()
    {
        Store.Dispose();
        _index.Dispose();
        _articles.Dispose();
    }
}
