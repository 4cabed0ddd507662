using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A question's word that no article writes is held by its synonym in WordNet's usual sense of it, for less than the word
/// itself: "disappear" where the article writes "vanished", "kids" where it writes "children".
/// </summary>
public sealed class WordNetSynonymQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly LandscapeKnowledge _knowledge;

    public WordNetSynonymQuestionsTests()
    {
        File.WriteAllText(_articles["corvell-landscape.txt"], """
            Lost Corvell landscape turns up in a Lisbon attic

            The Ostrander Gallery bought the Corvell landscape from a private collector in 1981.

            Before the theft, about 300 visitors a week came to see the landscape first when they entered the gallery.

            The landscape vanished from the gallery's west wing in March 1994, during a storm that cut the alarms.

            A restorer in Lisbon found it rolled in a tube last month, the gallery said on Friday.

            Some 40 children from the village school will see it first when it goes back on show.
            """);
        _knowledge = new LandscapeKnowledge(_articles.Path);
    }

    [Fact]
    public void AnUnwrittenWordIsHeldByItsSynonym()
    {
        var answer = _knowledge.Answerer.Ask("When did the landscape disappear?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("vanished from the gallery's west wing", answer.Quotes[0].Text);
    }

    [Fact]
    public void AnUnwrittenNounIsHeldByItsSynonym()
    {
        var answer = _knowledge.Answerer.Ask("How many kids will see the landscape first?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("40 children", answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class LandscapeKnowledge(string path) : IndexedKnowledge(path);
}
