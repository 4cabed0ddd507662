using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"How many X were done": a count of the deed asked, which a count of X for something else does not answer.</summary>
public sealed class CountedDeedQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DockKnowledge _knowledge;

    public CountedDeedQuestionsTests()
    {
        File.WriteAllText(_articles["dock-strike.txt"], """
            Dock strike ends after nine days at Kelsport

            Dockworkers returned to the cranes at Kelsport on Monday after a nine-day strike, the port authority said.

            About 1,200 dockworkers took part in the strike, the union said.

            Police said 14 dockworkers were arrested during a scuffle at the main gate on Thursday.

            A fire in a warehouse on the north quay was put out within 40 minutes, the fire service said.

            The port authority said the order for new cranes had been doubled from an initial six cranes last spring.

            Two gantries were damaged, the union said.

            The harbour master said 9 sheds and cabins on the quay had been flattened by a storm surge during the strike.

            All 38 ferries due to sail from the north quay over the weekend were canceled, the port authority said.

            Roughly 540 inshore and long-haul sailings had been scrapped by Tuesday night, according to the harbour office.

            A fire on a grain barge on Friday forced the evacuation of 212 residents from the quayside flats.
            """);
        _knowledge = new DockKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("How many dockworkers were arrested during the strike?")]
    [InlineData("How many dockworkers have been arrested?")]
    public void ACountOfTheDeedAnswersIt(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Contains("14 dockworkers were arrested", answer.Quotes.First().Text);
    }

    [Fact]
    public void ACountByAnotherDeedTheQuestionNamesAnswersIt()
    {
        var answer = _knowledge.Answerer.Ask("How many cranes were ordered before the authority doubled the number?");
        Assert.Contains("doubled from an initial six cranes", answer.Quotes.First().Text);
    }

    [Fact]
    public void AKindOfBuildingCountedAnswersACountOfBuildings()
    {
        var answer = _knowledge.Answerer.Ask("How many buildings were flattened?");
        Assert.Contains("9 sheds and cabins", answer.Quotes.First().Text);
    }

    [Fact]
    public void ADeedFollowedByACommaIsStillAVerb()
    {
        var answer = _knowledge.Answerer.Ask("How many gantries were damaged?");
        Assert.Contains("Two gantries were damaged", answer.Quotes.First().Text);
    }

    [Fact]
    public void ACountOpeningTheSubjectCountsThePassiveDeedPastTheLongPhraseBetween()
    {
        var answer = _knowledge.Answerer.Ask("How many ferries were cancelled at Kelsport?");
        Assert.Contains("All 38 ferries due to sail", answer.Quotes.First().Text);
    }

    [Fact]
    public void ACountBeforeAdjectivesJoinedByAndStillCountsTheSubject()
    {
        var answer = _knowledge.Answerer.Ask("How many sailings had been scrapped in total by Tuesday night?");
        Assert.Contains("Roughly 540 inshore and long-haul sailings", answer.Quotes.First().Text);
    }

    [Fact]
    public void TheDeedsNounWithOfCountsItAsItsVerbWould()
    {
        var answer = _knowledge.Answerer.Ask("How many residents were evacuated after the barge fire?");
        Assert.Contains("evacuation of 212 residents", answer.Quotes.First().Text);
    }

    [Fact]
    public void ACountOfThemForSomethingElseOrTheVerbsNounIsNoAnswer()
    {
        var answer = _knowledge.Answerer.Ask("How many dockworkers were fired during the strike?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DockKnowledge(string path) : IndexedKnowledge(path);
}
