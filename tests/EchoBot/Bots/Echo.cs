using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace NewsBot.EchoBot.Bots;

/// <summary>Replies with the message's own text: the least a bot can do per turn.</summary>
public sealed class Echo : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
}
