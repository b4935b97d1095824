using System.Collections.Concurrent;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>
/// Lets chosen attempts reach the server and be answered in full (so the server has committed), then throws away the
/// answer as a reset connection would, leaving the client to retry. Records every attempt's <c>Idempotency-Key</c>.
/// </summary>
internal sealed class DropResponseHandler(Func<int, bool> dropAttempt) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<string?> _keys = new();
    private int _attempts;

    /// <summary>The <c>Idempotency-Key</c> of every attempt, in order (null for a query).</summary>
    public IReadOnlyList<string?> Keys => [.. _keys];

    /// <summary>How many answers were thrown away.</summary>
    public int Dropped { get; private set; }

    /// <summary>Drops the answers of the given attempts (numbered from 1 across every call of the client).</summary>
    public static DropResponseHandler Dropping(params int[] attempts) => new(attempts.Contains);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        _keys.Enqueue(request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null);
        var response = await base.SendAsync(request, cancellationToken);
        if (!dropAttempt(attempt))
        {
            return response;
        }

        using (response)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
        }

        Dropped++;
        throw new HttpRequestException("The connection was reset after the server answered (dropped by the test).");
    }
}
