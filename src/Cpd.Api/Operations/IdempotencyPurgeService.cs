using Microsoft.Extensions.Options;

namespace Cpd.Api.Operations;

/// <summary>Deletes expired idempotency keys every <see cref="IdempotencyOptions.PurgeInterval"/>; a failed round is logged and the next one tries again.</summary>
internal sealed partial class IdempotencyPurgeService(IdempotencyStore store, IOptions<IdempotencyOptions> options, ILogger<IdempotencyPurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    var purged = await store.PurgeExpiredAsync(stoppingToken).ConfigureAwait(false);
                    LogPurged(logger, purged);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} expired idempotency key(s).")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired idempotency keys failed; the next round tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
