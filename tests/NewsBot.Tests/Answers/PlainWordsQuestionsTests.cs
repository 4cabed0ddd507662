using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions put in the plain words a reader uses, answered by sentences in the words news writes: a time of day, a
/// depth, a margin, a sum demanded or paid, a cause not yet known, a place something started, a document's finding, a career.
/// </summary>
public sealed class PlainWordsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly PlainWordsKnowledge _knowledge;

    public PlainWordsQuestionsTests()
    {
        File.WriteAllText(_articles["barge.txt"], """
            Coast guard questions crew after gravel barge sinks in Tollan Sound

            PORT ELLWYN — A gravel barge went down in Tollan Sound on Sunday, and all six crew members were pulled from the cold water by a passing trawler, the harbor authority said.

            The Marigold Star went down at 4:25 a.m., two miles off Gannet Head, the authority said.

            The first rescue boat left the dock at 4:41 a.m.

            "We sent the first rescue boat out a few minutes after the mayday," harbor master Colm Reddaway said on Sunday.

            Salvage divers will inspect the wreck next week. It sits on a sandy bottom, its depth put at 30 meters.

            The coast guard has not yet established the cause. A surveyor who examined photos of the hull said the leak's origin was a cracked weld near the stern.

            The barge's owner, Tallis Marine, said it was cooperating with the inquiry.
            """);
        File.WriteAllText(_articles["assembly.txt"], """
            Dunmore council approves night-bus plan after long fight

            DUNMORE — The city council voted 9-4 on Tuesday to fund a network of overnight buses, ending a two-year fight over late-night transit.

            The plan, known as Route Owl, would run six lines between midnight and 5 a.m. and cost about $4 million a year.

            Talks between the council and the transit workers union had been stuck since spring, until the union offered a shorter shift rotation, two council aides said.

            A poll commissioned by the riders' alliance found that 61 percent of late-shift workers had considered finding other work because of the commute. The alliance questioned 900 workers in May.

            In the mayoral race, Councilwoman Petra Lusk leads Mayor Dan Orwell by 412 votes with absentee ballots still to count, while Orwell won the seat by eleven points four years ago.

            Should the count hold, Lusk would be the first mayor from the east side in decades.

            Lusk's lead has grown on each of the 3 days of the count.
            """);
        File.WriteAllText(_articles["inhaler.txt"], """
            Nine states sue Ostrava Pharma over side deal on a cheaper inhaler

            TRENTON — Nine states sued Ostrava Pharma on Monday, accusing the drugmaker of paying a competitor so that a cheaper inhaler stayed out of pharmacies.

            Under a 2021 side deal, Ostrava paid Pellham Labs $85 million and Pellham agreed to delay its generic inhaler until 2029, the complaint says.

            Ostrava said in a statement that it had broken no law and would fight the case.

            Analysts at Korvel Research expect the agreement with Brazil to add $900 million to Ostrava's annual exports.

            Ostrava's sales chief, Mila Hrabal, said the deal would boost exports of its 12 inhalers in Brazil.

            Hrabal told investors the lawsuit would not change the company's plans.

            A gang that broke into the company's billing system in March is demanding $600,000 in cryptocurrency, a person close to the talks said.
            """);
        File.WriteAllText(_articles["coach.txt"], """
            After 31 seasons, Harrow Lakers coach Ines Varga steps away

            HARROW — Ines Varga answers every letter a fan sends her, and on Saturday she said she would keep doing it after she leaves the bench.

            The Harrow Lakers beat the Tamsin Otters 71-64 in her final game, a sold-out farewell at Colter Arena.

            Her first coaching job came at 26, at a girls' school in Wexbury. She had been a point guard at Delmar State.

            She never led a team in the national league, turning down two offers because she liked teaching young players, she said.

            Under her, Harrow collected four regional titles and 612 wins.

            Club president Oskar Lind said the arena's north stand would be named after her. "There is no Harrow basketball without Ines," Lind said.

            Varga said she planned to spend the winter with her grandchildren.
            """);
        File.WriteAllText(_articles["blaze.txt"], """
            Ardmore levee holds as spring flood crests

            ARDMORE — The river crested two feet below the top of the town's levee on Sunday night, and no homes were flooded, the county said.

            The Ardmore levee, which county engineers have inspected every spring since 2015, held through the night.

            The levee was built in 1962.
            """);
        _knowledge = new PlainWordsKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void WhatTimeIsAnsweredByATimeOfDayBeforeAStretchOfTime() =>
        Assert.Contains("4:41 a.m.", Ask("What time was the first rescue boat sent out?").Quotes[0].Text);

    [Fact]
    public void AShipThatWentDownSank() =>
        Assert.Contains("4:25 a.m.", Ask("What time did the barge sink?").Quotes[0].Text);

    [Fact]
    public void HowDeepIsAnsweredByADepth() =>
        Assert.Contains("depth put at 30 meters", Ask("How deep is the wreck?").Quotes[0].Text);

    [Fact]
    public void WhetherACauseIsKnownIsAnsweredByTheSentenceOnTheCauseNotTheHeadline() =>
        Assert.Contains("not yet established the cause", Ask("Does the coast guard know what caused the barge to sink in Tollan Sound?").Quotes[0].Text);

    [Fact]
    public void WhereSomethingStartedIsWhereItsOriginWas() =>
        Assert.Contains("origin was a cracked weld", Ask("Where did the leak start?").Quotes[0].Text);

    [Fact]
    public void ADocumentAskedAccordingToIsNoSpeakerButWhereTheFactIsFound() =>
        Assert.Contains("61 percent", Ask("According to the alliance's poll, what share of workers have thought about quitting?").Quotes[0].Text);

    [Fact]
    public void HowFarAheadIsAnsweredByTheMarginOfTheLead() =>
        Assert.Contains("by 412 votes", Ask("How far ahead is Lusk in the count?").Quotes[0].Text);

    [Fact]
    public void AMarginOfTheHeadlinesNewsIsGivenInTheLede() =>
        Assert.Contains("9-4", Ask("By what margin did the council approve the night-bus plan?").Quotes[0].Text);

    [Fact]
    public void HoldingBackARivalIsDelayingIt() =>
        Assert.Contains("$85 million", Ask("How much did Ostrava pay the other firm to hold back its cheaper inhaler?").Quotes[0].Text);

    [Fact]
    public void ARansomIsWhatIsDemanded() =>
        Assert.Contains("$600,000", Ask("How much ransom do the attackers want?").Quotes[0].Text);

    [Fact]
    public void ADealIsAnAgreementAndBoostingASumAddsToIt() =>
        Assert.Contains("$900 million", Ask("How much is the deal expected to boost Ostrava's exports?").Quotes[0].Text);

    [Fact]
    public void TheVerbEndingAWhenQuestionIsWhatIsAskedOfItsSubject() =>
        Assert.Contains("built in 1962", Ask("When was the Ardmore levee built?").Quotes[0].Text);

    [Fact]
    public void ACareerIsToldInItsSteps() =>
        Assert.Contains(Ask("Tell me about Ines Varga's career").Quotes, q => q.Text.Contains("first coaching job"));

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class PlainWordsKnowledge(string path) : IndexedKnowledge(path);
}
