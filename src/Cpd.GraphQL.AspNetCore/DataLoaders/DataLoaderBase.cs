namespace Cpd.GraphQL.AspNetCore.DataLoaders;

/// <summary>
/// The batching and caching shared by <see cref="BatchDataLoader{TKey, TValue}"/> and
/// <see cref="GroupedDataLoader{TKey, TValue}"/>: keys requested before the scheduler dispatches go into one
/// fetch, each key is fetched at most once per instance (one instance per request), and concurrent resolvers may
/// call <see cref="LoadAsync(TKey, CancellationToken)"/> safely.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value each key loads.</typeparam>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly IBatchScheduler _scheduler;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private Batch? _pending;

    /// <summary>Creates a DataLoader.</summary>
    /// <param name="scheduler">The request's batch scheduler (injected).</param>
    /// <param name="keyComparer">Compares keys; the default comparer when omitted.</param>
    protected DataLoaderBase(IBatchScheduler scheduler, IEqualityComparer<TKey>? keyComparer = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        _cache = new Dictionary<TKey, Task<TValue>>(keyComparer);
    }

    /// <summary>How many batches this instance has fetched (for diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    /// <summary>Loads the value of a key: from the cache, or in the next batch.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Not used to cancel a shared batch; the request's token cancels fetches.</param>
    /// <returns>The value.</returns>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Batch? scheduled = null;
        Task<TValue> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            if (_pending is null)
            {
                _pending = scheduled = new Batch();
            }

            // Continuations run inline when the batch completes, so the executor's next wave of loads is queued
            // before the scheduler looks for more work.
            var promise = new TaskCompletionSource<TValue>();
            _pending.Keys.Add(key);
            _pending.Promises.Add(promise);
            task = promise.Task;
            _cache[key] = task;
        }

        if (scheduled is not null)
        {
            _scheduler.Schedule(() => DispatchAsync(scheduled));
        }

        return task;
    }

    /// <summary>Loads the values of several keys, in the keys' order.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">Not used to cancel a shared batch.</param>
    /// <returns>The values.</returns>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new Task<TValue>[keys.Count];
        var i = 0;
        foreach (var key in keys)
        {
            tasks[i++] = LoadAsync(key, cancellationToken);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void ClearCache()
    {
        lock (_gate)
        {
            _cache.Clear();
        }
    }

    /// <summary>Fetches the values of a batch of distinct keys, in the keys' order.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>One value per key.</returns>
    private protected abstract Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private async ValueTask DispatchAsync(Batch batch)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_pending, batch))
            {
                _pending = null;
            }

            BatchCount++;
        }

        TValue[] values;
        try
        {
            values = await FetchAsync(batch.Keys, _scheduler.CancellationToken).ConfigureAwait(false);
            if (values.Length != batch.Keys.Count)
            {
                throw new InvalidOperationException($"{GetType().Name} returned {values.Length} values for {batch.Keys.Count} keys.");
            }
        }
#pragma warning disable CA1031 // A failed fetch fails each waiting field, which reports it as a field error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            lock (_gate)
            {
                foreach (var key in batch.Keys)
                {
                    _cache.Remove(key);
                }
            }

            foreach (var promise in batch.Promises)
            {
                promise.TrySetException(exception);
            }

            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            batch.Promises[i].TrySetResult(values[i]);
        }
    }

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        public List<TaskCompletionSource<TValue>> Promises { get; } = [];
    }
}
