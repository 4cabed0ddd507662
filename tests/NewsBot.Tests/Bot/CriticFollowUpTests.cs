using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot;

/// <summary>
/// "Who criticised her?" after an answer about a minister whom her critic calls by her title only; a second, made-up
/// story quotes a lawyer who speaks of another minister, which is someone else.
/// </summary>
public sealed class CriticFollowUpTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly CriticKnowledge _knowledge;

    public CriticFollowUpTests()
    {
        File.WriteAllText(_articles["ferry-subsidy.txt"], """
            Island ferry subsidy doubled

            The government will double the subsidy for island ferries from July.

            Transport Minister Delphine Arkwright said the money would keep fares flat for three years. "Islanders should not pay more to reach a hospital," Arkwright said.

            Opposition transport spokesman Corin Lathe said the minister was buying votes a month before the election.
            """);
        File.WriteAllText(_articles["tribunal.txt"], """
            Tribunal hears pay complaint

            A nurse's claim of unequal pay went before a tribunal in Wexmoor on Monday.

            Her lawyer, Piers Ondaatje, said the health minister had ignored two reports on the gap and criticised the hospital board for delays.
            """);
        _knowledge = new CriticKnowledge(_articles.Path);
    }

    [Fact]
    public async Task WhoCriticisedHerFindsWhoSpokeOfTheLastSpeakerByHerTitle()
    {
        var bot = new TestBot(_knowledge);
        var first = (await bot.AskAsync("What did the transport minister say?")).Single();
        Assert.Equal("Delphine Arkwright", first.Quotes().First().Speaker);
        var reply = (await bot.AskAsync("Who criticised her?")).Single();
        Assert.Equal("Corin Lathe", reply.Quotes().First().Speaker);
        Assert.Contains("buying votes", reply.Quotes().First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class CriticKnowledge(string path) : IndexedKnowledge(path);
}
