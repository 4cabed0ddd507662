using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions asked in a reader's words where the article writes the thing in news words: wreckage that came down is
/// debris that fell, who is in charge is who leads, the next race is the next
/// round, a penalty is a fine, a winning margin is how far ahead the winner finished, the money put into something is what is spent on it,
/// and an agency asked by its initials is the one the article spells out; a sentence that only names the place asked
/// about answers nothing else asked of it.
/// </summary>
public sealed class ParaphraseQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ParaphraseKnowledge _knowledge;

    public ParaphraseQuestionsTests()
    {
        File.WriteAllText(_articles["balloon.txt"], """
            Research balloon bursts over the Pellan plateau

            VOSKA — A high-altitude research balloon burst 40 minutes after launch on Tuesday, the Voska Atmospheric Institute said.

            Debris fell about 85 kilometers east of the launch pad, in empty grazing land, the institute said.

            Survey teams led by Orla Tamsin found the instrument package intact.
            """);
        File.WriteAllText(_articles["quarry.txt"], """
            Two dead after wall collapse at Greyrock quarry

            BRANNOCK — A retaining wall gave way at the Greyrock quarry on Thursday, burying two people.

            The collapse buried a loading bay where workers were sorting stone. Killed were foreman Tobias Wrenfield, 52, and loader driver Ana Pellow, 31.

            The Quarry Safety Review Board cited Greyrock for nine violations last year, inspection records show.

            Greyrock was fined $64,000 by the state labor department in 2023.

            Hugo Marlet, a retired army engineer who leads the crew, said the slope was still moving.

            The Brannock quarry recovery crew said in a statement that it would resume digging at dawn.
            """);
        File.WriteAllText(_articles["regatta.txt"], """
            Kessler takes the Harbour Cup regatta at Lisle

            LISLE — Mara Kessler won the Harbour Cup regatta on Sunday in a final-leg duel with Jonas Duval.

            The 29-year-old Dane, who started fourth, passed Duval at the last mark and crossed the line 1.8 seconds ahead.

            It was her third win of the season.

            The next round is the Aven Trophy at Port Aven on July 9.
            """);
        File.WriteAllText(_articles["pool.txt"], """
            Ferris County backs a new aquatic center

            FERRIS — Ashby will get its first aquatic center in 2027, commissioners said Monday.

            Commissioner Rita Vance said the county board had approved $1.2 million to build the pool and a changing house.

            The pool is to open in 2027 on the site of the old rail depot.
            """);
        File.WriteAllText(_articles["museum.txt"], """
            Tillbury Cove rope museum marks 50 years

            TILLBURY COVE, Maine — When the Tillbury Cove Rope Museum opened in 1975, it had one room, a loom and a donated anchor.

            Curator Jean Ostrander said visitors now come from as far as Quebec.
            """);
        _knowledge = new ParaphraseKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void WreckageThatCameDownIsDebrisThatFell() =>
        Assert.Contains("85 kilometers east", Ask("How far from the launch pad did the wreckage come down?").Quotes[0].Text);

    [Fact]
    public void WhoIsInChargeIsWhoLeads() =>
        Assert.Contains("who leads the crew", Ask("Who is in charge of the Brannock quarry recovery crew?").Quotes[0].Text);

    [Fact]
    public void TheNextRaceIsTheNextRound() =>
        Assert.Contains("Port Aven", Ask("Where is the next race?").Quotes[0].Text);

    [Fact]
    public void AWinningMarginIsHowFarAheadTheWinnerFinished() =>
        Assert.Contains("1.8 seconds ahead", Ask("What was Kessler's winning margin?").Quotes[0].Text);

    [Fact]
    public void MoneyPutIntoSomethingIsWhatIsApprovedForIt() =>
        Assert.Contains("$1.2 million", Ask("How much money is the county putting into the aquatic center?").Quotes[0].Text);

    [Fact]
    public void AnAgencyAskedByItsInitialsIsTheOneSpelledOut() =>
        Assert.Contains("nine violations", Ask("Tell me about the QSRB citations against Greyrock").Quotes[0].Text);

    [Fact]
    public void APenaltyImposedIsAFine() =>
        Assert.Contains("$64,000", Ask("How big was the penalty imposed on Greyrock?").Quotes[0].Text);

    [Fact]
    public void ASentenceHoldingOnlyTheQuestionsNamesIsNoAnswer() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Who won the mayoral election in Tillbury Cove?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ParaphraseKnowledge(string path) : IndexedKnowledge(path);
}
