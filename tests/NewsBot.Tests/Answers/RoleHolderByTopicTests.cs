using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Two speakers a description fits, told apart by what was asked: "What did the defence lawyer say about the council?"
/// when an unnamed "his lawyer" said nothing of it and the named lawyer did; "What did the electoral commission say?"
/// when the article quotes the commission itself and a member of it.
/// </summary>
public sealed class RoleHolderByTopicTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TrialKnowledge _knowledge;

    public RoleHolderByTopicTests()
    {
        File.WriteAllText(_articles["trial.txt"], """
            Trial opens over collapsed warehouse in Tarnby

            TARNBY - Four people went on trial on Monday over the collapse of a warehouse that killed three workers.

            The tenant, 52-year-old Ivo Marsk, denied the charges.

            His lawyer, Selma Ruud, argued that responsibility lay with the district council, which she said had approved the new roof in 2020.

            "My client did what the inspectors allowed him to do," Ruud said.

            The builder, Anton Fell, 68, did not attend because of ill health. His lawyer said Fell had built the warehouse to the standards of the time.
            """);
        File.WriteAllText(_articles["vote.txt"], """
            Recount ordered in Norland county vote after 900 ballots found in library cellar

            A court in western Norland has ordered a partial recount of last month's county council election after 900 uncounted ballots were found in the cellar of a public library.

            The District Court in Vestby ruled on Tuesday that votes from eight polling stations in the town of Osmark must be counted again by hand.

            Judge Hilde Brattvik said the court had "no choice" after hearing evidence that the ballot boxes had been stored without seals.

            The ballots were discovered on 3 November by a janitor, Odd Lauvstad, who said he had been clearing out old shelves when he found two blue boxes behind a heater.

            "I thought they were old tax forms. Then I saw the stamp of the electoral commission and I called the police," the 58-year-old told the local newspaper Vestby Posten.

            'An error, not a fraud'

            The county electoral commission said in a statement that the boxes had been "misplaced in transit" on election night and that there was no evidence of deliberate fraud. It apologised to voters.

            Officials expect the recount to take place on Saturday in the gym of the Osmark town hall.

            According to a member of the electoral commission who spoke on condition of anonymity, most of the 900 ballots came from two hamlets where the Farmers' League won more than 60% of the vote last month.
            """);
        _knowledge = new TrialKnowledge(_articles.Path);
    }

    [Fact]
    public void TheNamedLawyerWhoSpokeOfTheTopicIsMeantOverAnUnnamedOneWhoDidNot()
    {
        var answer = _knowledge.Answerer.Ask("What did the defence lawyer say about the council?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Selma Ruud", q.Speaker?.Name));
    }

    [Fact]
    public void WithoutATopicTheUnnamedLawyerIsNotReplaced()
    {
        var answer = _knowledge.Answerer.Ask("What did the defence lawyer say about the standards of the time?");
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Selma Ruud");
    }

    [Fact]
    public void TheBodyAskedIsTheBodyNotAMemberOfIt()
    {
        var answer = _knowledge.Answerer.Ask("What did the electoral commission say about the missing boxes?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("misplaced in transit", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class TrialKnowledge(string path) : IndexedKnowledge(path);
}
