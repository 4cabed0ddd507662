using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Yes/no questions whose subject is two common nouns ("the harbour board", "the water regulator"): the verb asked is
/// the third word, and a sentence where that subject did or did not do it settles the question before one that only
/// names the subject and the object.
/// </summary>
public sealed class CompoundSubjectYesNoQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly CompoundSubjectKnowledge _knowledge;

    public CompoundSubjectYesNoQuestionsTests()
    {
        File.WriteAllText(_articles["quayside-pumps.txt"], """
            Quayside pumps switched off after flooding scare

            The Kessmoor Water Regulator said it learned of the pump shutdown on Monday and was in regular contact with Brannock Power and the pump maker.

            Each pump must be tested before it runs again, the regulator said, and it stressed it had not instructed the shutdown itself.

            Brannock Power said the pumps would stay off for seven more days.
            """);
        _knowledge = new CompoundSubjectKnowledge(_articles.Path);
    }

    [Fact]
    public void TheVerbAfterATwoNounSubjectIsWhatIsAsked()
    {
        var answer = _knowledge.Answerer.Ask("Did the water regulator instruct Brannock Power to shut down the pumps?");
        Assert.Contains("had not instructed the shutdown", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class CompoundSubjectKnowledge(string path) : IndexedKnowledge(path);
}
