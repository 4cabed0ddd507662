using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using NewsBot.Bot.Bots;
using NewsBot.Knowledge;

namespace NewsBot.Bot;

public static class NewsBotServiceCollectionExtensions
{
    /// <summary>The Bot Framework pieces: authentication from the MicrosoftApp* settings, the adapter, state, the bot.</summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // the connector clients the adapter replies through come from IHttpClientFactory's default client
        services.AddTransient<ConnectorRetryHandler>();
        services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName).AddHttpMessageHandler<ConnectorRetryHandler>();
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<Conversation>();
        services.AddSingleton<WelcomeLedger>();
        services.AddTransient<IBot, Bots.NewsBot>();
        return services;
    }

    /// <summary><c>POST /api/messages</c>: a body that is not a JSON activity gets 400 before the adapter sees it.</summary>
    public static void MapBotMessages(this WebApplication app) =>
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) => BotMessages.HandleAsync(http, adapter, bot));

    /// <summary><c>GET /healthz</c>: 200 once every article is indexed and searchable, 503 before.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", (KnowledgeStore store) => store.IsReady
            ? Results.Ok(new { status = "ready", articles = store.Articles.Count })
            : Results.Json(new { status = "indexing" }, statusCode: StatusCodes.Status503ServiceUnavailable));
}
