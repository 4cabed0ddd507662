using System.Net;

namespace NewsBot.Bot;

/// <summary>
/// Retries a reply the channel's connector throttled (429 Too Many Requests): Teams throttles bots that post fast,
/// and a dropped answer is worse than a late one. Waits what <c>Retry-After</c> asks (capped), otherwise backs off
/// exponentially with jitter; gives up after <see cref="MaxRetries"/> and hands the 429 to the caller.
/// </summary>
public sealed class ConnectorRetryHandler(ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    public int MaxRetries { get; init; } = 4;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // the body is read again on every attempt, so keep a copy of it
        if (request.Content is { } content) await content.LoadIntoBufferAsync(cancellationToken);
        for (int attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= MaxRetries) return response;
            var delay = Delay(response, attempt);
            logger.LogWarning("The connector at {Host} throttled a reply (429); retry {Attempt} of {Max} in {Delay} ms",
                request.RequestUri?.Host, attempt + 1, MaxRetries, (int)delay.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(delay, cancellationToken);
        }
    }

    public TimeSpan Delay(HttpResponseMessage response, int attempt)
    {
        var asked = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };
        if (asked is { } wait && wait > TimeSpan.Zero) return wait < MaxDelay ? wait : MaxDelay;
        var backoff = BaseDelay * Math.Pow(2, attempt) * (0.8 + 0.4 * Random.Shared.NextDouble());
        return backoff < MaxDelay ? backoff : MaxDelay;
    }
}
