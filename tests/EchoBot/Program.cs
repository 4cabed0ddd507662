using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using NewsBot.EchoBot;
using NewsBot.EchoBot.Bots;

// The Bot Framework echo sample's shape on NewsBot's stack: same authentication, adapter, endpoint and hosting, so
// the load script's ratio isolates what NewsBot adds on top of the Bot Framework itself.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
builder.Services.AddTransient<IBot, Echo>();

var app = builder.Build();

app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
app.MapGet("/healthz", () => Results.Ok(new { status = "ready" }));

app.Run();
