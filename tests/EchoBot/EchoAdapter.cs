using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace NewsBot.EchoBot;

/// <summary>The Bot Framework's <see cref="CloudAdapter"/>, constructed explicitly (it has several constructors DI cannot choose between).</summary>
public sealed class EchoAdapter(BotFrameworkAuthentication auth, ILogger<EchoAdapter> logger) : CloudAdapter(auth, logger);
