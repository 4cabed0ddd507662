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
    private readonly BuoyKnowledge _knowledge;

    public WordNetSynonymQuestionsTests()
    {
        File.WriteAllText(_articles["kestrel-buoy.txt"], """
            Kestrel Point gets a new weather buoy

            The coastguard moored the first weather buoy off Kestrel Point in 2003.

            Before the storm, about 120 trawlers a week passed the buoy when they came to name the catch at the harbour.

            The buoy vanished from its mooring in February 2021, after a gale snapped the chain.

            A replacement was anchored on Tuesday, the coastguard said.

            Some 35 children from the harbour school will name the new buoy.
            """);
        _knowledge = new BuoyKnowledge(_articles.Path);
    }

    [Fact]
    public void AnUnwrittenWordIsHeldByItsSynonym()
    {
        var answer = _knowledge.Answerer.Ask("When did the buoy disappear?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("vanished from its mooring", answer.Quotes[0].Text);
    }

    [Fact]
    public void AnUnwrittenNounIsHeldByItsSynonym()
    {
        var answer = _knowledge.Answerer.Ask("How many kids will name the buoy?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("35 children", answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class BuoyKnowledge(string path) : IndexedKnowledge(path);
}
