using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up match report whose coach is asked about a player: the statement naming her is the report of what the
/// coach said, and the coach's quote after it opens with a short sentence by the player's nickname, then goes on in
/// the next sentence, which closes it: the quote is shown whole, not cut after its first sentence.
/// </summary>
public sealed class OpenQuoteQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly OpenQuoteKnowledge _knowledge;

    public OpenQuoteQuestionsTests()
    {
        File.WriteAllText(_articles["netball-injury.txt"], """
            Harbourside Gulls lose captain Orla Venn for the season

            The Harbourside Gulls will play the rest of the netball season without captain Orla Venn, who tore a knee ligament on Sunday.

            Gulls coach Bettina Marsh said Venn had already begun treatment with the club's physiotherapist.

            "Ollie is devastated. She has carried this team for three years and never once asked for a rest," Marsh said. "We will find a way without her."

            The Gulls play the Upland Kestrels on Friday night.
            """);
        _knowledge = new OpenQuoteKnowledge(_articles.Path);
    }

    [Fact]
    public void AQuoteLeftOpenGoesOnToTheSentenceThatClosesIt()
    {
        var answer = _knowledge.Answerer.Ask("What did the Gulls coach say about Venn?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Bettina Marsh", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("carried this team"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class OpenQuoteKnowledge(string path) : IndexedKnowledge(path);
}
