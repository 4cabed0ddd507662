using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions asked in a word the article writes in another: people killed are people who died or a death toll, someone
/// connected to a gang was linked to it, a union consulted was asked for its view; an unrelated question stays
/// unanswered.
/// </summary>
public sealed class KilledLinkedConsultedQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ParaphraseKnowledge _knowledge;

    public KilledLinkedConsultedQuestionsTests()
    {
        File.WriteAllText(_articles["storm.txt"], """
            Storm sweeps across Pellavia

            PELLAVIA — A winter storm has disrupted travel across Pellavia, the weather service said.

            At least 12 people died when the storm brought down power lines and trees, police said.
            """);
        File.WriteAllText(_articles["ferry.txt"], """
            Ferry sinks off Carrow Point

            CARROW — A ferry sank off Carrow Point on Thursday night in heavy seas.

            The death toll from the ferry rose to 9 on Friday as divers searched the hull, coastguard officials said.
            """);
        File.WriteAllText(_articles["raid.txt"], """
            Police arrest man after Vennick raid

            VENNICK — Police arrested a 34-year-old man after a raid on a warehouse in Vennick on Sunday.

            The suspect was held overnight at the central station. Police say he was linked to the Orrin Street gang.

            The dockers' union said it had not been asked for its view before ministers decided to close the depot.
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
    public void PeopleKilledArePeopleWhoDied() =>
        Assert.Contains("12 people died", Ask("How many people were killed in the storm?").Quotes[0].Text);

    [Fact]
    public void PeopleKilledAreADeathToll() =>
        Assert.Contains("rose to 9", Ask("How many were killed when the ferry sank?").Quotes[0].Text);

    [Fact]
    public void ConnectedToAGangIsLinkedToIt() =>
        Assert.Contains("linked to the Orrin Street gang", Ask("Is the suspect connected to the gang?").Quotes[0].Text);

    [Fact]
    public void ConsultedIsAskedForOnesView() =>
        Assert.Contains("asked for its view", Ask("Was the union consulted before the decision?").Quotes[0].Text);

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many schools were flooded in Tarrowby?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ParaphraseKnowledge(string path) : IndexedKnowledge(path);
}
