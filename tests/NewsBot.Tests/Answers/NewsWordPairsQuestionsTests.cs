using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A reader's word where the article writes another for the same thing: the wounded are the ones hurt, and someone
/// taken to a hospital was airlifted there.
/// </summary>
public sealed class NewsWordPairsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly PairsKnowledge _knowledge;

    public NewsWordPairsQuestionsTests()
    {
        File.WriteAllText(_articles["clinic.txt"], """
            Crowd storms Orvick fever clinic

            ORVICK — Three nurses were hurt when a crowd stormed a fever clinic in Orvick on Monday, police said.

            One nurse was airlifted to the regional hospital in Castmoor.

            The clinic in Pellham will continue to operate through the winter, the health office said.

            Clinics in Orvick have run out of rehydration salts, said Tamsin Kroll, who heads the valley's largest clinic.
            """);
        File.WriteAllText(_articles["holdings.txt"], """
            Dellan Holdings pledges aid

            DELLAN — Lena Ostrow, chief executive of Dellan Holdings, said the firm would donate $2 million to the clinics.
            """);
        _knowledge = new PairsKnowledge(_articles.Path);
    }

    private Answer Ask(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer;
    }

    [Fact]
    public void TheWoundedAreTheOnesHurt() =>
        Assert.Contains("Three nurses were hurt", Ask("How many nurses were wounded?").Quotes[0].Text);

    [Fact]
    public void SomeoneTakenToAHospitalWasAirlifted() =>
        Assert.Contains("airlifted", Ask("Where was the nurse taken?").Quotes[0].Text);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class PairsKnowledge(string path) : IndexedKnowledge(path);
}
