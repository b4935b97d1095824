namespace Cpd.GraphQL.AspNetCore.DataLoaders;

/// <summary>
/// Decides when DataLoaders fetch their pending keys. The server's scheduler runs the dispatches when the executor
/// has no synchronous work left, so that every key requested by the fields started so far goes into one batch.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Asks for a dispatch to run once the current synchronous work is done.</summary>
    /// <param name="dispatch">Fetches a DataLoader's pending batch.</param>
    void Schedule(Func<ValueTask> dispatch);

    /// <summary>Cancels the fetches: the request's cancellation (client disconnect or timeout).</summary>
    CancellationToken CancellationToken { get; }
}
