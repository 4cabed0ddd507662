using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up farewell to a choir director, whose two-sentence quote answers two questions: one by its first sentence,
/// one by its second, which its first also answers in part. (The quote read from a beginning that only lends it words
/// is in <see cref="RiverQuestionsTests.WhoSaidShowsTheQuoteFromTheSentenceItBeganIn"/>.)
/// </summary>
public sealed class QuoteOrderQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly QuoteOrderKnowledge _knowledge;

    public QuoteOrderQuestionsTests()
    {
        File.WriteAllText(_articles["choir-director.txt"], """
            Harbor choir director retires after forty seasons

            The director of the Pescara harbor choir, Lina Okafor, gave her last concert on Sunday.

            "What singers need most is patience with one another over many seasons. You cannot lead a choir if you have never sung in one yourself," Okafor said after the concert.

            The choir will audition for a new director in the spring.

            "She taught half this town to read music," said Tomas Reyes, a tenor who joined in 1990.

            "The old hall was half empty when she came. Now people queue round the block for a seat at the spring concert," said Marta Ilves, the choir's treasurer.

            The board chose a conductor from Trieste, Ivo Perlak, to lead the choir from the autumn.

            Bruno Sala, who chairs the board, defended the choice. "We are not hiring a conductor for one season. We are hiring a conductor for the next decade," he added.
            """);
        _knowledge = new QuoteOrderKnowledge(_articles.Path);
    }

    [Fact]
    public void TheSentenceThatAnswersComesBeforeAnOpeningThatOnlyAnswersInPart()
    {
        var answer = _knowledge.Answerer.Ask("Who said you need to have sung in a choir to lead one?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("You cannot lead a choir", answer.Quotes[0].Text);
        Assert.Equal("Lina Okafor", answer.Quotes[0].Speaker?.Name);
        // the rest of the quote follows it
        Assert.Contains("patience with one another", answer.Quotes[1].Text);
    }

    [Fact]
    public void TheOpeningThatAnswersByItselfComesFirst()
    {
        var answer = _knowledge.Answerer.Ask("Who said singers need patience with one another?");
        Assert.Contains("patience with one another", answer.Quotes[0].Text);
        Assert.Equal("Lina Okafor", answer.Quotes[0].Speaker?.Name);
    }

    [Fact]
    public void TheSentenceThatAnswersByItsOwnWordsComesBeforeAnOpeningThatLendsItAWord()
    {
        var answer = _knowledge.Answerer.Ask("Who said people queue round the block for a seat in the hall?");
        Assert.Contains("people queue round the block", answer.Quotes[0].Text);
        Assert.Equal("Marta Ilves", answer.Quotes[0].Speaker?.Name);
        // the opening it goes on from follows it
        Assert.Contains("half empty", answer.Quotes[1].Text);
    }

    [Fact]
    public void OfTwoSentencesThatAnswerAsWellTheOneWritingMoreOfTheQuestionInItsOrderComesFirst()
    {
        // each sentence holds as many of the question's words; the second writes "hiring a conductor for the next
        // decade" as the question does, the first only "hiring a conductor for": what was said, before its contrast
        var answer = _knowledge.Answerer.Ask("Who said the board was hiring a conductor for the next decade rather than for one season?");
        Assert.Contains("for the next decade", answer.Quotes[0].Text);
        Assert.Equal("Bruno Sala", answer.Quotes[0].Speaker?.Name);
        Assert.Contains("for one season", answer.Quotes[1].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class QuoteOrderKnowledge(string path) : IndexedKnowledge(path);
}
