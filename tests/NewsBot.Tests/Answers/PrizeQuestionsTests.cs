using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Questions whose words the answering sentence says otherwise: a class of paraphrase each.</summary>
public sealed class PrizeQuestionsTests(PrizeKnowledge knowledge) : IClassFixture<PrizeKnowledge>
{
    private string First(string question)
    {
        var answer = knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer.Quotes.First().Text;
    }

    [Theory]
    // those put up for a prize: "nominations" are its candidates
    [InlineData("How many nominations did the panel review this year?", "412 candidates")]
    // a panel that was not unanimous was divided
    [InlineData("Was the panel unanimous in picking Varo?", "divided this year")]
    // "grow up": a childhood
    [InlineData("Where did Ines Varo grow up?", "childhood in Pellham")]
    // "get their money back": refunds
    [InlineData("Can passengers get their money back?", "claim refunds")]
    // the weakest level a currency reached: a record low
    [InlineData("What was the weakest level the krona reached?", "record low of 14.82")]
    // how cold it was: a temperature in degrees, not a sentence that only says "cold"
    [InlineData("How cold was it on Friday night?", "minus 18 degrees")]
    // "anyone" asks about no one in particular: the arrests alone are the question's topic beside the blaze
    [InlineData("Has anyone been arrested over the blaze?", "No arrests had been made")]
    public void AQuestionInOtherWordsFindsTheSentenceThatAnswersIt(string question, string expected) =>
        Assert.Contains(expected, First(question));
}
