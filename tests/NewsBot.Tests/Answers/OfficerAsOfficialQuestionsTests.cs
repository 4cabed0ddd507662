using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up story quoting an agency's "field officer" and an unnamed official of a ministry: a reader asks for the
/// officer as "the agency official" (an officer holds an office), while "the ministry official" and "the official"
/// alone stay the source the article calls an official.
/// </summary>
public sealed class OfficerAsOfficialQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly OfficerKnowledge _knowledge;

    public OfficerAsOfficialQuestionsTests()
    {
        File.WriteAllText(_articles["locust-swarm.txt"], """
            Hopper bands reach the southern plains of Varnland

            TESSORA (Wire) - Bands of desert hoppers crossed into Varnland's southern plains this week, the Crop Protection Agency (CPA) said on Tuesday.

            "The bands we are tracking now are the largest in eleven years, and they move about 90 kilometres a day," said Dr. Anouk Revel, a CPA field officer for pest control, by telephone.

            Revel said spraying teams would start work on Thursday.

            An official at the Farm Ministry said privately that the budget for spraying had run out in May.
            """);
        _knowledge = new OfficerKnowledge(_articles.Path);
    }

    [Fact]
    public void AnAgencysOfficerIsItsOfficial()
    {
        var answer = _knowledge.Answerer.Ask("What did the CPA official say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Anouk Revel", q.Speaker?.Name));
    }

    [Theory]
    // the article calls the ministry's source an official: neither question is the officer's
    [InlineData("What did the ministry official say?")]
    [InlineData("What did the official say?")]
    public void TheSourceTheArticleCallsAnOfficialStaysTheOfficial(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Anouk Revel");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class OfficerKnowledge(string path) : IndexedKnowledge(path);
}
