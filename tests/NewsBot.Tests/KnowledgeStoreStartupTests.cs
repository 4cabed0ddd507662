using Microsoft.Extensions.Logging;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests;

public sealed class KnowledgeStoreStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-startup-").FullName;
    private string Articles => Path.Combine(_folder, "articles");
    private string IndexPath => Path.Combine(_folder, "index");
    private string Sample => Path.Combine(Articles, "sample.txt");

    public KnowledgeStoreStartupTests()
    {
        Directory.CreateDirectory(Articles);
        File.Copy(TestArticles.SamplePath, Sample);
    }

    [Fact]
    public void ASecondStartOnTheSameIndexReusesEveryArticle()
    {
        Start().Dispose();
        var log = new CapturedLog();
        using var store = Start(log);

        Assert.Contains(log.Lines, l => l.Contains("(0 indexed now, 1 reused from the index)"));
        Assert.Equal("sample", Assert.Single(store.Articles).Id);
        Assert.NotEmpty(new Answerer(store).Ask("What did Psaki say?").Quotes);
    }

    [Fact]
    public void AnArticleRewrittenInPlaceIsIndexedAgainEvenAtTheSameLength()
    {
        Start().Dispose();
        var text = File.ReadAllText(Sample);
        File.WriteAllText(Sample, text.Replace("Psaki", "Pzaki"));
        File.SetLastWriteTimeUtc(Sample, DateTime.UtcNow.AddMinutes(1));
        var log = new CapturedLog();
        using var store = Start(log);

        Assert.Contains(log.Lines, l => l.Contains("(1 indexed now, 0 reused from the index)"));
        Assert.Contains(store.Articles.Single().Speakers, s => s.Name.Contains("Pzaki"));
    }

    [Fact]
    public void AFileOnlyTouchedIsHashedAndStillReused()
    {
        Start().Dispose();
        File.SetLastWriteTimeUtc(Sample, DateTime.UtcNow.AddMinutes(1));
        var log = new CapturedLog();
        using var store = Start(log);

        Assert.Contains(log.Lines, l => l.Contains("(0 indexed now, 1 reused from the index)"));
    }

    private KnowledgeStore Start(CapturedLog? log = null)
    {
        var store = new KnowledgeStore(Articles, IndexPath, log ?? new CapturedLog());
        store.Synchronize();
        return store;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class CapturedLog : ILogger<KnowledgeStore>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
