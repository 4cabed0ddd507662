using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Index;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Index;

public sealed class IndexViewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-view-").FullName;
    private readonly KnowledgeStore _store;

    public IndexViewTests()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder, "articles")).FullName;
        File.Copy(TestArticles.SamplePath, Path.Combine(articles, Path.GetFileName(TestArticles.SamplePath)));
        // words repeated close together, for phrases that match a sentence several times at several distances
        File.WriteAllText(Path.Combine(articles, "harbor.txt"), """
            Harbor storm report

            The harbor storm hit the harbor wall, and the storm hit the harbor again. Storm harbor storm harbor wall wall storm wall harbor.

            The wall held the storm off the harbor as the storm turned and the harbor wall stood. Officials said the storm wall and the harbor wall held.
            """);
        _store = new KnowledgeStore(articles, Path.Combine(_folder, "index"), NullLogger<KnowledgeStore>.Instance);
        _store.Synchronize();
    }

    [Fact]
    public void TheTermsReadFromThePostingsAreTheTermsTheAnalyzerGivesForTheText()
    {
        var asked = _store.Index.Terms("Blinken Lavrov Geneva Friday meet visit talks Russia Ukraine official");
        using var view = _store.Index.View();
        var hits = view.Search(Query(asked), 60);
        var found = view.TermsIn(hits.Select(h => h.Doc).ToList(), asked);

        Assert.NotEmpty(hits);
        for (int i = 0; i < hits.Count; i++)
            Assert.Equal(_store.Index.Terms(hits[i].Sentence.Text).Intersect(asked).Order(), found[i].Order());
    }

    [Fact]
    public void RescoringAWindowAsWideAsTheMatchesRanksAsTheQueryWithTheRescoreAsAnOptionalClause()
    {
        var asked = _store.Index.Terms("Russia Ukraine attack official");
        var phrase = new PhraseQuery { Slop = 3, Boost = 0.5f };
        foreach (var term in _store.Index.Terms("Russia attack Ukraine")) phrase.Add(new Term("text", term));
        using var view = _store.Index.View();
        var together = view.Search(new BooleanQuery { { Query(asked), Occur.MUST }, { phrase, Occur.SHOULD } }, 10);
        var rescored = view.Search(Query(asked), 10, phrase, window: 1000);
        var plain = view.Search(Query(asked), 10);

        Assert.Equal(together.Select(h => h.Doc), rescored.Select(h => h.Doc));
        Assert.Equal(together.Select(h => h.Score), rescored.Select(h => h.Score), (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.NotEqual(plain.Select(h => h.Score), rescored.Select(h => h.Score)); // the phrase does lift some
    }

    [Theory]
    [InlineData("Russia Ukraine", 1, "")]
    [InlineData("Ukraine Russia", 3, "")]
    [InlineData("Blinken Lavrov meet", 3, "talks visit")]
    [InlineData("Russian troops border Ukraine", 2, "forces")]
    [InlineData("said official the", 4, "")]
    [InlineData("president Biden Putin call", 3, "phone")]
    [InlineData("harbor storm", 1, "")]
    [InlineData("storm harbor wall", 2, "")]
    [InlineData("wall storm harbor", 4, "held")]
    [InlineData("harbor wall storm hit", 3, "")]
    [InlineData("storm wall", 0, "")]
    public void ASloppyPhraseScoredFromTheKeptLookupsScoresAsLucenesOwn(string phraseWords, int slop, string related)
    {
        var asked = _store.Index.Terms(phraseWords + " " + related);
        var phrase = new PhraseQuery { Slop = slop, Boost = 0.5f };
        foreach (var term in _store.Index.Terms(phraseWords).Distinct()) phrase.Add(new Term("text", term));
        var rescore = new BooleanQuery { { phrase, Occur.SHOULD } };
        foreach (var term in _store.Index.Terms(related)) rescore.Add(new TermQuery(new Term("text", term)) { Boost = 0.5f }, Occur.SHOULD);
        using var view = _store.Index.View();
        var together = view.Search(new BooleanQuery { { Query(asked), Occur.MUST }, { rescore, Occur.SHOULD } }, 1000);
        var rescored = view.Search(Query(asked), 1000, rescore, window: 1000);

        Assert.NotEmpty(together);
        Assert.Equal(together.Select(h => h.Doc).Order(), rescored.Select(h => h.Doc).Order());
        var expected = together.ToDictionary(h => h.Doc, h => h.Score);
        Assert.All(rescored, h => Assert.Equal(expected[h.Doc], h.Score, 4));
    }

    [Fact]
    public void TheSentenceBeforeAHitIsThePreviousOneOfTheSameArticle()
    {
        using var view = _store.Index.View();
        var hit = view.Search(Query(_store.Index.Terms("travel Berlin")), 1).Single();
        var previous = view.Previous(hit);

        Assert.StartsWith("He'll then travel to Berlin", hit.Sentence.Text);
        Assert.NotNull(previous);
        Assert.Equal(hit.Sentence.Position - 1, previous.Value.Sentence.Position);
        Assert.StartsWith("Blinken will fly to Ukraine", previous.Value.Sentence.Text);
    }

    [Fact]
    public void TheHeadlineHasNoSentenceBeforeIt()
    {
        using var view = _store.Index.View();
        var headline = view.Search(Query(_store.Index.Terms("believes attack point")), 60).First(h => h.Sentence.Position == 0);

        Assert.Null(view.Previous(headline));
    }

    [Fact]
    public void TheSentenceAfterAHitIsReadByNumberAndTheLastOneHasNone()
    {
        using var view = _store.Index.View();
        var hit = view.Search(Query(_store.Index.Terms("Blinken fly Ukraine")), 1).Single();
        var sentences = new BooleanQuery { { new TermQuery(new Term("article", hit.Sentence.ArticleId)), Occur.MUST }, { new TermQuery(new Term("type", "sentence")), Occur.MUST } };
        var last = view.Search(sentences, 10_000).MaxBy(h => h.Sentence.Position);

        var next = view.NextByNumber(hit.Doc, hit.Sentence);
        Assert.NotNull(next);
        Assert.Equal(hit.Sentence.Position + 1, next.Position);
        Assert.StartsWith("He'll then travel to Berlin", next.Text);
        Assert.Null(view.NextByNumber(last.Doc, last.Sentence)); // the article's summary comes next, not a sentence
        Assert.Null(view.NextByNumber(hit.Doc, hit.Sentence with { Position = hit.Sentence.Position + 5 })); // not the sentence after that one
    }

    [Fact]
    public void ASentenceIsFoundByItsPlaceInTheArticle()
    {
        using var view = _store.Index.View();
        var hit = view.Search(Query(_store.Index.Terms("travel Berlin")), 1).Single();

        var at = view.At(hit.Sentence.ArticleId, hit.Sentence.Position);
        Assert.NotNull(at);
        Assert.Equal(hit.Doc, at.Value.Doc);
        Assert.Equal(hit.Sentence, at.Value.Sentence);
        Assert.StartsWith("Blinken will fly to Ukraine", view.At(hit.Sentence.ArticleId, hit.Sentence.Position - 1)?.Sentence.Text);
        Assert.Null(view.At(hit.Sentence.ArticleId, 100_000));
        Assert.Null(view.At("no-such-article", 0));
        var paragraph = view.InArticle(hit.Sentence.ArticleId, hit.Sentence.Paragraph, position: null);
        Assert.Contains(paragraph, h => h.Doc == hit.Doc);
        Assert.All(paragraph, h => Assert.Equal(hit.Sentence.Paragraph, h.Sentence.Paragraph));
    }

    [Fact]
    public void TheNextSentenceIsFoundByPlaceWhenTheDocumentNumberDoesNotGiveIt()
    {
        using var view = _store.Index.View();
        var hit = view.Search(Query(_store.Index.Terms("Blinken fly Ukraine")), 1).Single();
        var sentences = new BooleanQuery { { new TermQuery(new Term("article", hit.Sentence.ArticleId)), Occur.MUST }, { new TermQuery(new Term("type", "sentence")), Occur.MUST } };
        var last = view.Search(sentences, 10_000).MaxBy(h => h.Sentence.Position);

        // a document number from another view (a flush or merge moved the article) reads nothing by number
        Assert.StartsWith("He'll then travel to Berlin", view.Next(-1, hit.Sentence)?.Text);
        Assert.Null(view.Next(last.Doc, last.Sentence));
        Assert.Null(view.Next(-1, last.Sentence));
    }

    [Fact]
    public void AFilterBuiltOutsideTheViewFiltersAsWritten()
    {
        var speaker = _store.Index.Search(Query(_store.Index.Terms("Psaki")), 60).First(h => h.Sentence.Speaker is not null).Sentence.Speaker!;
        var filter = new TermQuery(new Term("speaker_key", SentenceIndex.SpeakerKey(speaker.Name)));
        using var view = _store.Index.View();
        var query = new BooleanQuery { { Query(_store.Index.Terms("Russia Ukraine")), Occur.MUST }, { filter, Occur.MUST } };

        var hits = view.Search(query, 100);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(speaker.Name, h.Sentence.Speaker?.Name));
        Assert.Equal(hits.Select(h => h.Doc), view.Search(query, 100).Select(h => h.Doc)); // and again, from the kept lookups
    }

    [Fact]
    public void ASentenceReadTwiceIsTheSameSentence()
    {
        var query = Query(_store.Index.Terms("Psaki"));
        var first = _store.Index.Search(query, 10).Select(h => h.Sentence).ToList();
        var again = _store.Index.Search(query, 10).Select(h => h.Sentence).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, again);
    }

    private static Query Query(IEnumerable<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms) query.Add(new TermQuery(new Term("text", term)), Occur.SHOULD);
        return query;
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
