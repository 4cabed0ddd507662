using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up articles asked about in a reader's phrasal verbs and plain words where the articles write the formal ones: a
/// rule kicks in when it takes effect, a lease runs out when it expires, a firm owes its liabilities, a prisoner reports
/// to prison by surrendering, a worker earns what she makes, a typical wait is the median one, a swimmer rescued was
/// pulled from the water, a deadlock is broken by a breakthrough, a vote in favour is support, a district attorney is the
/// prosecutor; and a question quoting someone's words is answered by the sentence writing them as they stand.
/// </summary>
public sealed class ReaderWordsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ReaderWordsKnowledge _knowledge;

    public ReaderWordsQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-rules.txt"], """
            Province tightens ferry safety rules

            PORT ELLIN — The province's transport office on Monday published new safety rules for small passenger ferries.

            The rules take effect on March 3 and require a second deckhand on every crossing longer than 20 minutes.

            Operators had lobbied for a lower passenger limit instead, the transport office said.

            The lease on the Ellin terminal expires at midnight on April 30, and no operator has bid to renew it.

            The terminal lease was signed on June 2, 2015.

            "We're ready for the inspectors," said Corin Vale, who owns two of the ferries.

            "We cut two sailings in May. That hurt," Vale said. "But my deckhands had gone a year without a raise. We had to choose."

            Vale said he makes about $70,000 a year from the summer crossings.

            Vale bought his second ferry for $300,000.

            Asked whether the operators had chosen fares over safety, whether riders would choose the bridge instead and who chose the deadline, Transport Minister Ilse Brandt said the province had "listened hard" on crew sizes but had not moved on the deadline.
            """);
        File.WriteAllText(_articles["grocer-collapse.txt"], """
            Grocer Tamberly files for court protection

            HALBERG — The Tamberly grocery chain filed for court protection from creditors on Friday, listing liabilities of $640 million.

            The chain will close 12 of its 40 stores, the company said.

            Tamberly paid $12 million for a warehouse.

            Its former finance chief, Odell Prane, was sentenced in a separate case to three years for falsifying accounts; he must surrender on Feb. 9.

            Prane came to court in 2024 in a grey prison jumpsuit.
            """);
        File.WriteAllText(_articles["clinic-waits.txt"], """
            Clinic waits grew longer last year, audit finds

            The median wait to see a specialist at the county's clinics was 41 days in 2025, an audit released on Thursday found.

            Some patients waited more than 200 days to see a specialist, the audit found.

            A kayaker was pulled from the water by a lifeguard near Gull Point on Sunday, the harbour patrol said.
            """);
        File.WriteAllText(_articles["bus-talks.txt"], """
            Bus drivers and city reach a deal

            The breakthrough came when the city agreed to hire 30 more drivers, two people close to the talks said.

            Councillor Bree Ashdown, who voted in favour of the deal, said it would keep the night routes running.

            Ashdown said the deal was the best the city could afford.
            """);
        File.WriteAllText(_articles["church-fraud.txt"], """
            Former church treasurer sentenced for embezzling offerings

            BRELLWICK — A former church treasurer, Hollis Varnum, was sentenced on Tuesday to four years in prison for embezzling $310,000. Prosecutors had sought six years.

            "He stole from people who trusted him with their offerings," Assistant District Attorney Mirela Danko told the judge.

            Varnum's lawyer, Owen Tully, said his client had repaid part of the money. "He is ashamed of what he did," Tully said.
            """);
        _knowledge = new ReaderWordsKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void ARuleKicksInWhenItTakesEffect() =>
        Assert.Contains("March 3", Ask("When do the new ferry rules kick in?").Quotes[0].Text);

    [Fact]
    public void ALeaseRunsOutWhenItExpires() =>
        Assert.Contains("midnight on April 30", Ask("When does the terminal lease run out?").Quotes[0].Text);

    [Fact]
    public void WhatAFirmOwesIsItsLiabilities() =>
        Assert.Contains("$640 million", Ask("How much does Tamberly owe?").Quotes[0].Text);

    [Fact]
    public void ReportingToPrisonIsSurrendering() =>
        Assert.Contains("Feb. 9", Ask("When does Prane have to report to prison?").Quotes[0].Text);

    [Fact]
    public void WhatSomeoneEarnsIsWhatTheyMake() =>
        Assert.Contains("$70,000", Ask("How much does Vale earn?").Quotes[0].Text);

    [Fact]
    public void ATypicalWaitIsTheMedianOne() =>
        Assert.Contains("41 days", Ask("How long did patients typically wait to see a specialist?").Quotes[0].Text);

    [Fact]
    public void ARescueIsAPullFromTheWater() =>
        Assert.Contains("lifeguard", Ask("Who rescued the kayaker?").Quotes[0].Text);

    [Fact]
    public void ADeadlockIsBrokenByABreakthrough() =>
        Assert.Contains("30 more drivers", Ask("What broke the deadlock in the bus talks?").Quotes[0].Text);

    [Fact]
    public void AVoteInFavourIsSupport() =>
        Assert.Contains("voted in favour", Ask("Did Ashdown support the deal?").Quotes[0].Text);

    [Fact]
    public void AStricterLimitIsALowerOne() =>
        Assert.Contains("lower passenger limit", Ask("Who wanted a stricter passenger limit?").Quotes[0].Text);

    [Fact]
    public void QuotedWordsAreAnsweredByTheSentenceWritingThemAsTheyStand()
    {
        var answer = Ask("Who said \"We had to choose\"?");
        Assert.Contains("We had to choose", answer.Quotes[0].Text);
        Assert.Equal("Corin Vale", answer.Quotes[0].Speaker?.Name);
    }

    [Fact]
    public void TheProsecutorIsTheDistrictAttorneyNotTheDefenceLawyer()
    {
        var answer = _knowledge.Answerer.Ask("What did the prosecutor say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("stole from people", answer.Quotes[0].Text);
        Assert.All(answer.Quotes, q => Assert.Equal("Mirela Danko", q.Speaker?.Name));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ReaderWordsKnowledge(string path) : IndexedKnowledge(path);
}
