using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Knowledge.Answers;

namespace NewsBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge store (articles folder + Lucene index), the answerer, and a start-up job that indexes
    /// the articles. <paramref name="contentRoot"/> anchors relative paths. A missing articles folder fails start-up
    /// with a message naming the setting and the path.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .PostConfigure(o =>
            {
                o.ArticlesPath = Path.GetFullPath(o.ArticlesPath, contentRoot);
                o.IndexPath = Path.GetFullPath(o.IndexPath, contentRoot);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, ArticlesFolderValidation>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return new KnowledgeStore(options.ArticlesPath, options.IndexPath, sp.GetRequiredService<ILogger<KnowledgeStore>>());
        });
        services.AddSingleton(sp => new Answerer(sp.GetRequiredService<KnowledgeStore>(),
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.AnswerCacheSize));
        services.AddHostedService<KnowledgeIndexer>();
        return services;
    }

    private sealed class ArticlesFolderValidation : IValidateOptions<KnowledgeOptions>
    {
        public ValidateOptionsResult Validate(string? name, KnowledgeOptions options) =>
            Directory.Exists(options.ArticlesPath)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"The articles folder set by Knowledge:ArticlesPath (environment variable Knowledge__ArticlesPath) does not exist: {options.ArticlesPath}");
    }
}

/// <summary>Indexes the articles in the background at start-up, so the app answers /healthz (503) at once.</summary>
internal sealed class KnowledgeIndexer(KnowledgeStore store, ILogger<KnowledgeIndexer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try { store.Synchronize(); }
        catch (Exception e) { logger.LogError(e, "Indexing the articles failed; the bot stays unhealthy."); }
    }, stoppingToken);
}
