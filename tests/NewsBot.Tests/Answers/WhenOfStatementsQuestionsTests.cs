using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What did the governor say about when rates could come down?": no statement of hers names rates, and the one that
/// gives a time ("is the November meeting") is what a "when" asks of her words, shown first.
/// </summary>
public sealed class WhenOfStatementsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly RatesKnowledge _knowledge;

    public WhenOfStatementsQuestionsTests()
    {
        File.WriteAllText(_articles["rates.txt"], """
            Central bank holds rates as inflation lingers

            The Bank of Norland kept its main rate at 4.5 per cent on Thursday.

            "Inflation is still too high, and the labour market is still tight," Governor Lene Ostvik told reporters.

            "The first date on which we might think about easing," she said, "is the November meeting."

            "Prices in Harlen rose faster in June than anyone expected," said Marta Sund, an economist at Kestrel Bank.
            """);
        _knowledge = new RatesKnowledge(_articles.Path);
    }

    [Fact]
    public void TheSpeakersStatementGivingATimeComesFirst()
    {
        var answer = _knowledge.Answerer.Ask("What did the governor say about when rates could come down?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("November", answer.Quotes[0].Text);
        Assert.All(answer.Quotes, q => Assert.Equal("Lene Ostvik", q.Speaker?.Name));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class RatesKnowledge(string path) : IndexedKnowledge(path);
}
