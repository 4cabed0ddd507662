using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;

namespace NewsBot.Tests.Support;

/// <summary>A folder of articles indexed once into a temporary Lucene index, shared by a test class.</summary>
public abstract class IndexedKnowledge : IDisposable
{
    private readonly TempFolder _index = new();

    protected IndexedKnowledge(string articlesPath)
    {
        Store = new KnowledgeStore(articlesPath, _index.Path, NullLogger<KnowledgeStore>.Instance);
        Store.Synchronize();
        Answerer = new Answerer(Store);
    }

    public KnowledgeStore Store { get; }
    public Answerer Answerer { get; }

    public virtual void Dispose()
    {
        Store.Dispose();
        _index.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The sample article.</summary>
public sealed class SampleKnowledge() : IndexedKnowledge(Path.GetDirectoryName(TestArticles.SamplePath)!);
