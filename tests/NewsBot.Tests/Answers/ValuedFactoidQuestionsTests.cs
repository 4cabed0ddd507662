using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// When, how long, how many and how much asked of a thing the lede names: the sentence giving a value of the kind asked
/// beside the asked words answers first, before a lede that only repeats the question's words ("how long is the tunnel":
/// "the tunnel, 14.2 km long"); an unrelated question stays unanswered.
/// </summary>
public sealed class ValuedFactoidQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ValuedKnowledge _knowledge;

    public ValuedFactoidQuestionsTests()
    {
        File.WriteAllText(_articles["bridge.txt"], """
            Cracks shut Dellmoor river crossing

            DELLMOOR (Wirenews) — The Ostvik bridge has been closed to traffic, officials in Dellmoor said on Friday.

            The bridge was closed on March 3 after inspectors found cracks in two of its piers.

            Engineers expect repairs to take several months, the county's roads director Halvar Brennick said.
            """);
        File.WriteAllText(_articles["tunnel.txt"], """
            Kessrun opens its new rail tunnel

            KESSRUN — The new Tolvane rail tunnel opened to passengers on Monday, the regional transport board said.

            The tunnel, 14.2 km long, runs beneath the Marrow hills and cost 1.8 billion euros.

            Trains will run every 20 minutes at peak hours.
            """);
        File.WriteAllText(_articles["storm.txt"], """
            Storm grounds flights across Pellavia

            PELLAVIA — A winter storm has disrupted air travel across Pellavia, the aviation authority said.

            Some 340 flights were cancelled on Tuesday as snow closed runways.
            """);
        _knowledge = new ValuedKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void HowLongIsAThingAsksItsLength() =>
        Assert.Contains("14.2 km long", Ask("How long is the new tunnel?").Quotes[0].Text);

    [Fact]
    public void WhenIsAnsweredByTheDateBesideTheVerb() =>
        Assert.Contains("March 3", Ask("When did the bridge close?").Quotes[0].Text);

    [Fact]
    public void HowManyIsAnsweredByTheCount() =>
        Assert.Contains("340 flights", Ask("How many flights were cancelled?").Quotes[0].Text);

    [Fact]
    public void HowMuchIsAnsweredByTheSum() =>
        Assert.Contains("1.8 billion", Ask("How much did the tunnel cost?").Quotes[0].Text);

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("How many bridges did the flood wash away in Pelgrave?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ValuedKnowledge(string path) : IndexedKnowledge(path);
}
