using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>
/// "What did its director say?" after an answer about a watchdog group: the group's director, in the article that quotes
/// the group; a second, made-up story quotes another director, who is someone else.
/// </summary>
public sealed class ItsTitleFollowUpTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ItsTitleKnowledge _knowledge;

    public ItsTitleFollowUpTests()
    {
        File.WriteAllText(_articles["canal-fraud.txt"], """
            Former canal chief convicted of fraud

            A court in Velmar on Friday convicted the former head of the canal authority of taking bribes for dredging contracts.

            The Canal Integrity League, a watchdog group, welcomed the verdict in a statement.

            "The money is gone and the silt is still there," the group's director, Oskar Brenn, told reporters.
            """);
        File.WriteAllText(_articles["museum-roof.txt"], """
            Museum roof to be replaced

            The Velmar Museum will close for six months while its roof is replaced.

            "We waited ten years for this money," museum director Hilde Sarnow said.
            """);
        _knowledge = new ItsTitleKnowledge(_articles.Path);
    }

    [Fact]
    public async Task ItsDirectorIsTheDirectorOfTheGroupJustAnswered()
    {
        var bot = new TestBot(_knowledge);
        var first = (await bot.AskAsync("What did the Canal Integrity League say?")).Single();
        Assert.Equal("Canal Integrity League", first.Quotes().First().Speaker);
        var reply = (await bot.AskAsync("What did its director say?")).Single();
        Assert.Equal("Oskar Brenn", reply.Quotes().First().Speaker);
        Assert.Contains("silt is still there", reply.Quotes().First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ItsTitleKnowledge(string path) : IndexedKnowledge(path);
}
