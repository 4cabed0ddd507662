using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// An article names its event once ("a landslide") and then refers to it by a general word ("the disaster struck at …"):
/// asked when the event happened, the sentence of the general word answers, and only in the article naming the event.
/// </summary>
public sealed class EventReferenceQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly EventKnowledge _knowledge;

    public EventReferenceQuestionsTests()
    {
        File.WriteAllText(_articles["pass-landslide.txt"], """
            Rescuers search for nine missing after landslide on Orvel pass

            ORVEL, March 12 - Rescuers searched through the night on Wednesday for nine people missing after a landslide buried part of the Orvel pass road, regional officials said.

            The disaster struck at about 3.20 a.m. on Monday, when a slope weakened by days of rain gave way above a line of parked lorries.

            Two drivers were pulled alive from their cabs on Tuesday.

            "We are still hoping to find people alive," said the head of the regional rescue service, Mira Dolenc.

            The pass will stay closed for at least a month, the roads agency said.
            """);
        File.WriteAllText(_articles["depot-fire.txt"], """
            Fire destroys bus depot in Kallan

            A fire destroyed the main bus depot in Kallan overnight, the city's transport company said.

            The accident happened shortly after 11 p.m. on Saturday, when a fuel tank caught fire in the workshop.

            No one was hurt, and buses will run from a temporary yard from next week.
            """);
        _knowledge = new EventKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("When did the landslide happen?")]
    [InlineData("When did the landslide take place?")]
    public void TheGeneralWordForTheEventTellsWhenItHappened(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Contains("3.20 a.m. on Monday", answer.Quotes.First().Text);
    }

    [Fact]
    public void AnotherArticlesAccidentIsNotTheEventAsked()
    {
        var answer = _knowledge.Answerer.Ask("When did the landslide happen?");
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("11 p.m."));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class EventKnowledge(string path) : IndexedKnowledge(path);
}
