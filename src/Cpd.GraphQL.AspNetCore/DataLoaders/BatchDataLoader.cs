namespace Cpd.GraphQL.AspNetCore.DataLoaders;

/// <summary>
/// A DataLoader that loads one value per key (e.g. an organisation by id) with one call per batch; a key the batch
/// does not return loads <see langword="default"/>.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <param name="scheduler">The request's batch scheduler (injected).</param>
/// <param name="keyComparer">Compares keys; the default comparer when omitted.</param>
public abstract class BatchDataLoader<TKey, TValue>(IBatchScheduler scheduler, IEqualityComparer<TKey>? keyComparer = null)
    : DataLoaderBase<TKey, TValue?>(scheduler, keyComparer)
    where TKey : notnull
{
    /// <summary>Loads the values of a batch of distinct keys.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The values found, by key.</returns>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue?[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue?[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = found.TryGetValue(keys[i], out var value) ? value : default;
        }

        return values;
    }
}
