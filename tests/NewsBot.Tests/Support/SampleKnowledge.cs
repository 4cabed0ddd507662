using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;

namespace NewsBot.Tests.Support;

/// <summary>The sample article indexed once into a temporary Lucene index, shared by a test class.</summary>
public sealed class SampleKnowledge : IDisposable
{
    private readonly TempFolder _index = new();

    public SampleKnowledge()
    {
        Store = new KnowledgeStore(Path.GetDirectoryName(TestArticles.SamplePath)!, _index.Path, NullLogger<KnowledgeStore>.Instance);
        Store.Synchronize();
        Answerer = new Answerer(Store);
    }

    public KnowledgeStore Store { get; }
    public Answerer Answerer { get; }

    public void Dispose()
    {
        Store.Dispose();
        _index.Dispose();
    }
}
