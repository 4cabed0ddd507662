using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>Ranking by the thing asked about where another sentence gives the same kind of answer of something else.</summary>
public sealed class BallotQuestionsTests(BallotKnowledge knowledge) : IClassFixture<BallotKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Theory]
    // "the party" is the alliance the headline names; "The centrist Unity Bloc came second" is about another party
    [InlineData("How many seats did the Verdant Alliance win?", "58 of the 120 seats")]
    // "the quake" is the earthquake, named in full where the new toll is given
    [InlineData("How many people were killed in the Kessan valley quake?", "killing at least 12 people")]
    // "called off" is "cancelled", and "citing concerns about" gives its reason, before a sailor's reaction
    [InlineData("Why was the Brindle Bay regatta called off?", "citing concerns about gale-force winds")]
    public void TheSentenceAboutTheThingAskedComesFirst(string question, string expected)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(expected, answer.Quotes.First().Text);
    }

    [Fact]
    public void AStatementOpeningOnItsSpeakersNameIsStillAboutTheHeadlinesSubject()
    {
        // "Deputy leader Iris Calloway said the party …": she speaks of the alliance the headline names
        var answer = Ask("Will the Verdant Alliance seek a coalition?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("seek a coalition", answer.Quotes.First().Text);
    }
}
