using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

public sealed class AnswerCacheTests
{
    [Fact]
    public void ARepeatedQuestionIsAnsweredFromMemoryUntilTheArticlesChange()
    {
        using var articles = new TempFolder();
        using var index = new TempFolder();
        File.WriteAllText(articles["bridge.txt"], "Bridge to reopen\nThe mayor said the bridge will reopen in May.\n");
        using var store = new KnowledgeStore(articles.Path, index.Path, new RecordingLogger<KnowledgeStore>());
        store.Synchronize();
        var answerer = new Answerer(store, cacheSize: 16);
        var question = Question.Parse("When will the bridge reopen?");

        var first = answerer.Ask(question);
        Assert.Same(first, answerer.Ask(Question.Parse("When will the bridge reopen?")));
        Assert.NotSame(first, answerer.Ask(question, articleId: "bridge"));

        File.WriteAllText(articles["bridge.txt"], "Bridge to reopen\nThe mayor said the bridge will reopen in June.\n");
        store.Synchronize();
        var after = answerer.Ask(question);

        Assert.Contains("May", first.Quotes[0].Text);
        Assert.Contains("June", after.Quotes[0].Text);
    }

    [Fact]
    public void WithoutACacheEveryQuestionIsAnsweredAfresh()
    {
        using var knowledge = new SampleKnowledge();
        var question = Question.Parse("What did Psaki say?");

        Assert.NotSame(knowledge.Answerer.Ask(question), knowledge.Answerer.Ask(question));
        Assert.Equal(knowledge.Answerer.Ask(question).Quotes, knowledge.Answerer.Ask(question).Quotes);
    }

    [Fact]
    public void AFullCacheStartsOverInsteadOfGrowing()
    {
        using var knowledge = new SampleKnowledge();
        var answerer = new Answerer(knowledge.Store, cacheSize: 2);
        var psaki = Question.Parse("What did Psaki say?");
        var first = answerer.Ask(psaki);

        answerer.Ask(Question.Parse("Who is Lukashenko?"));
        answerer.Ask(Question.Parse("Where will Blinken go after Ukraine?"));

        Assert.NotSame(first, answerer.Ask(psaki));
    }
}
