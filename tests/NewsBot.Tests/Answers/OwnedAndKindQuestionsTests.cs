using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories of a ferry strike and a water dispute: a union named once and called "the union" after, asked for
/// by its kind and a word of its name ("the ferry crews' union"), beside an owners' group of the same trade; and two
/// spokeswomen, each asked for by whose spokeswoman she is, the owner written in common nouns ("the water board's");
/// and a text message asked for by whose it was, quoted as "the message".
/// </summary>
public sealed class OwnedAndKindQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly OwnedAndKindKnowledge _knowledge;

    public OwnedAndKindQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-strike.txt"], """
            Ferry crews walk out over rota changes

            PORT EVANDER (Wire) – Ferries to the outer islands stood idle on Monday as deckhands and engineers stopped work.

            The Coastal Ferry Workers Alliance, a union that represents about 4,000 deckhands, said the new rota was "a betrayal of every crew on the water." The union urged the harbour council to delay its vote.

            The Island Ferry Owners Association said in a statement that sailings would resume once a deal was signed. The group said it regretted the disruption.
            """);
        File.WriteAllText(_articles["water-dispute.txt"], """
            Water board defends winter cut-offs

            DUNMERE (Wire) – The regional water board said on Tuesday it had cut supply to 30 homes over unpaid bills.

            The board's spokeswoman, Ilse Marten, said the homes had been warned twice. "Nobody is cut off without a letter first," Marten said.
            """);
        File.WriteAllText(_articles["clinic-closure.txt"], """
            Night clinic to close in March

            DUNMERE (Wire) – The town's only night clinic will close in March, its hospital trust said.

            The trust's spokeswoman, Rena Albers, said patients would be sent to the county hospital. "It is not a decision we took lightly," Albers said.
            """);
        File.WriteAllText(_articles["harbour-trial.txt"], """
            Harbour official tells court of gifts

            LINNMOUTH (Wire) – A former harbour official told jurors on Thursday that he had been promised a boat.

            Prosecutors showed jurors a text message that Edvin Ilves sent the harbour treasurer, Mina Roos, on the eve of the tender. "The contract is yours. Remember who helped," the message read.

            Roos told the court she had deleted the message the same night.
            """);
        _knowledge = new OwnedAndKindKnowledge(_articles.Path);
    }

    [Fact]
    public void AnOrganisationIsFoundByItsKindAndAWordOfItsName()
    {
        var answer = _knowledge.Answerer.Ask("What did the ferry crews' union say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Coastal Ferry Workers Alliance", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("a betrayal of every crew"));
    }

    [Fact]
    public void AnOrganisationAskedAsABodyIsTheOneWhoseNameHoldsTheWordAsked()
    {
        var answer = _knowledge.Answerer.Ask("What did the owners' body say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Island Ferry Owners Association", q.Speaker?.Name));
    }

    [Fact]
    public void AKindNoOrganisationIsCalledFindsNobody()
    {
        var answer = _knowledge.Answerer.Ask("What did the ferry passengers' club say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    [Fact]
    public void ATitleOwnedByABodyInCommonNounsIsThatBodysHolder()
    {
        var answer = _knowledge.Answerer.Ask("What did the water board's spokeswoman say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Ilse Marten", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("Nobody is cut off without a letter first"));
    }

    [Fact]
    public void ADocumentAskedByWhoseItIsIsTheOneTheArticleQuotesByItsNoun()
    {
        var answer = _knowledge.Answerer.Ask("What did Ilves's text message to Roos say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("Remember who helped"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class OwnedAndKindKnowledge(string path) : IndexedKnowledge(path);
}
