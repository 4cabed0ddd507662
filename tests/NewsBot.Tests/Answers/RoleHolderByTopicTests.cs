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
            Warehouse roof trial begins in Tarnby

            TARNBY - Four defendants appeared in court on Monday, charged over a warehouse roof that fell in and killed three workers.

            The tenant, 52-year-old Ivo Marsk, denied the charges.

            His lawyer, Selma Ruud, put the blame on the district council, which she said had signed off the new roof in 2020.

            "My client followed every rule the inspectors gave him," Ruud said.

            The builder, Anton Fell, 68, stayed at home, unwell. His lawyer said Fell had put up the warehouse as the building code then required.
            """);
        File.WriteAllText(_articles["vote.txt"], """
            Norland county must count votes again after 900 ballot papers turn up in a library cellar

            Judges in western Norland want part of last month's county council vote counted again after 900 uncounted ballot papers turned up in the cellar of a public library.

            Vestby's district judges decided on Tuesday that eight polling stations in Osmark must count their votes again by hand.

            Presiding judge Hilde Brattvik called the decision "unavoidable" once it emerged that the ballot boxes had no seals.

            A janitor, Odd Lauvstad, came across the papers on 3 November while he was emptying old shelves: two blue boxes stood behind a heater.

            "I took them for old tax forms. When I noticed the stamp of the electoral commission I phoned the police," the 58-year-old told Vestby Posten.

            'Lost, not stolen'

            The county electoral commission said in a written statement that the boxes were "misplaced in transit" after the polls closed and that nobody had tampered with them. It said sorry to voters.

            The count is to be repeated on Saturday in the gym of the Osmark town hall.

            According to a member of the electoral commission who would only speak anonymously, two hamlets supplied most of the 900 papers, and the Farmers' League took over 60% of the vote there.
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
        var answer = _knowledge.Answerer.Ask("What did the defence lawyer say about the building code?");
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
