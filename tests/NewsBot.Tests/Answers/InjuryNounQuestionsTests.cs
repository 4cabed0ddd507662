using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>"Were there any injuries" is settled by "no one was injured": the noun and the verb are one word, which the stemmer leaves apart.</summary>
public sealed class InjuryNounQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly PaintShopKnowledge _knowledge;

    public InjuryNounQuestionsTests()
    {
        File.WriteAllText(_articles["paint-shop.txt"], """
            Fire halts work at Keldor paint shop

            A fire broke out in the paint shop of the Keldor plant on Saturday. No one was injured.

            Anybody entering the paint shop must now wear a mask, the plant said.
            """);
        _knowledge = new PaintShopKnowledge(_articles.Path);
    }

    [Fact]
    public void NoOneInjuredSettlesWhetherThereWereInjuries()
    {
        var answer = _knowledge.Answerer.Ask("Were there any injuries in the fire?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Equal("No one was injured.", answer.Quotes[0].Text);
    }

    [Fact]
    public void AnUnrelatedQuestionStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("Were there any injuries in the Quillon ferry crash?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class PaintShopKnowledge(string path) : IndexedKnowledge(path);
}
