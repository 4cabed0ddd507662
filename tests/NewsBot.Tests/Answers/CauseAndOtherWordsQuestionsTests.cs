using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Why-questions answered by the sentence that gives the cause, in the words news gives one ("That is why …" after it,
/// "was linked to", "thanks to"); yes/no and when-questions put in other words than the article's ("support" for
/// "welcomed", "rule" for "deliver its judgment"); and a question about one bank that a sentence
/// about another bank must not answer.
/// </summary>
public sealed class CauseAndOtherWordsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly CauseKnowledge _knowledge;

    public CauseAndOtherWordsQuestionsTests()
    {
        File.WriteAllText(_articles["depot.txt"], """
            Fire guts paint depot on Brenmoor ring road

            BRENMOOR — A fire destroyed a paint depot on the Brenmoor ring road early on Wednesday, and smoke closed the road for six hours, the fire service said.

            All nine workers on the night shift escaped unhurt from the blaze, which started in a storage bay at about 3 a.m.

            "The sprinklers tripped at once and the shift had run an evacuation drill only last week. That is why every one of them escaped unhurt," fire captain Tova Rask said.

            The depot's owner, Grell Coatings, said it would rebuild.
            """);
        File.WriteAllText(_articles["pump.txt"], """
            Pump failure leaves Osterby without water

            OSTERBY — A pump failure at the Osterby waterworks left 3,000 homes without running water on Friday.

            Engineers at the utility said the pump failure was linked to a worn seal.

            Another pump failure hit the waterworks in May. Inspectors said their checks on that pump failure pointed to a cracked valve.

            Crews restored supply on Saturday morning.
            """);
        File.WriteAllText(_articles["bank.txt"], """
            Bank of Vell trims its key rate

            CARSO — On Tuesday the Bank of Vell took 0.2 percentage points off its key interest rate, saying household spending had stalled.

            Two of the bank's seven board members voted to keep the rate unchanged.

            Back in February the Bank of Vell had cut its key rate by 75 basis points to 5.25%.
            """);
        File.WriteAllText(_articles["tribunal.txt"], """
            Tribunal hears appeal over Kessing harbour levy

            KESSING — The regional tribunal on Monday heard the shipping firms' appeal against the Kessing harbour levy.

            The tribunal will deliver its judgment on the appeal on March 3, its clerk said.

            Harlow Seed Trust, one of the firms appealing, said on Monday that the levy would double its costs.

            Harlow Seed Trust, founded in 2009, ships grain from Kessing to four countries.

            Mayor Ruth Bellamy had asked the tribunal for a decision before the harbour's busy season.

            Mayor Ruth Bellamy welcomed the decision when she met harbour traders on Wednesday.
            """);
        File.WriteAllText(_articles["ropeworks.txt"], """
            Pellow ropeworks to close after 97 years

            TARNSEY — Pellow Ropeworks will close its Tarnsey works in June with the loss of 85 jobs, its owners said on Monday.

            The family firm said the works had posted a loss in each of the last three years.

            "Power bills that have tripled and nylon rope shipped in from abroad made it impossible to keep the looms running," said managing director Idris Quennell.

            Staff will be offered redundancy pay or places at the firm's warehouse in Colbury.
            """);
        File.WriteAllText(_articles["licence.txt"], """
            Ferry pilot loses appeal over licence suspension

            DORVAL — A ferry pilot lost his appeal on Thursday against the 18-month suspension of his licence after a collision in the harbour mouth.

            The maritime board heard that Keld Amsworth had been on duty for 19 hours when his ferry struck a moored barge.

            Amsworth asked the board to shorten the suspension, saying the ferry's radar had failed.

            "Without a fault log from the ferry's owners, the board cannot accept that the radar failed. For want of that record, the board has no ground to lessen the suspension," the board said.
            """);
        _knowledge = new CauseKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void ThatIsWhyIsAnsweredWithTheCauseItPointsBackTo()
    {
        var quotes = Ask("Why did the workers escape unhurt?").Quotes;
        Assert.Contains("sprinklers tripped at once", quotes[0].Text);
        Assert.Contains(quotes, q => q.Text.Contains("That is why"));
    }

    [Theory]
    [InlineData("What caused the pump failure?", "worn seal")]
    [InlineData("What caused the pump failure?", "cracked valve")]
    [InlineData("Why did the workers escape unhurt?", "That is why")]
    public void ASentenceGivingACauseInOtherWordsIsCausal(string question, string cause)
    {
        var asked = Question.Parse(question);
        var ranked = new Ranker(_knowledge.Store.Index).Rank(asked.Topic, asked.Expected);
        Assert.True(ranked.Single(r => r.Sentence.Text.Contains(cause)).Causal);
    }

    [Fact]
    public void AFigureMovedByPointsToAnotherGivesNoCause()
    {
        var asked = Question.Parse("Why did the Bank of Vell cut its key rate?");
        var ranked = new Ranker(_knowledge.Store.Index).Rank(asked.Topic, asked.Expected);
        Assert.False(ranked.Single(r => r.Sentence.Text.Contains("basis points")).Causal);
    }

    [Fact]
    public void AQuestionAboutOneBankIsNotAnsweredAboutAnother() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Did the Bank of Ostia change its interest rate?").Kind);

    [Fact]
    public void TheBankTheArticlesNameIsStillAnswered() =>
        Assert.Contains("0.2 percentage points", Ask("Did the Bank of Vell change its interest rate?").Quotes[0].Text);

    [Fact]
    public void SupportingADecisionIsWelcomingIt() =>
        Assert.Contains("welcomed", Ask("Did Mayor Bellamy support the tribunal's decision?").Quotes[0].Text);

    [Fact]
    public void ACourtRulesWhenItDeliversItsJudgment() =>
        Assert.Contains("March 3", Ask("When will the tribunal rule on the appeal?").Quotes[0].Text);

    [Fact]
    public void ACauseGivenAFewParagraphsAfterTheEventAnswersWhy()
    {
        // the headline and the lede tell that the works will close; the reason comes two paragraphs on, in words that
        // share none of the question's but "made it impossible to"
        var quotes = Ask("Why is Pellow Ropeworks closing the works?").Quotes;
        Assert.Contains("made it impossible to keep the looms running", quotes[0].Text);
    }

    [Fact]
    public void ACauseWordedAsWhatADecisionRestsOnAnswersWhy()
    {
        // "for want of" gives the reason for the refusal, in words that share little with the question's
        var quotes = Ask("Why did the board refuse to shorten the suspension?").Quotes;
        Assert.Contains("For want of that record", quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class CauseKnowledge(string path) : IndexedKnowledge(path);
}
