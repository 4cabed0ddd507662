using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace NewsBot.Bot;

/// <summary>The Bot Framework adapter. A failed turn is logged in full and the user told so in plain words — never a stack trace.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public const string ErrorMessage = "Sorry, something went wrong while I was answering. Please try again.";

    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a turn of conversation {Conversation}", turnContext.Activity?.Conversation?.Id);
            try
            {
                if (turnContext.Activity?.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                    await turnContext.SendActivityAsync(ErrorMessage);
                await turnContext.TraceActivityAsync("OnTurnError", exception.GetType().Name, "https://www.botframework.com/schemas/error", "TurnError");
            }
            catch (Exception sendError)
            {
                logger.LogWarning(sendError, "Could not tell the user about the error");
            }
        };
    }

    /// <summary>An activity already read from a request, through authentication and the bot's turn (for <see cref="BotMessages"/>).</summary>
    public Task<InvokeResponse> ProcessAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
}
