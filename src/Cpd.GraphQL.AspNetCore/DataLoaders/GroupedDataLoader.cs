namespace Cpd.GraphQL.AspNetCore.DataLoaders;

/// <summary>
/// A DataLoader that loads many values per key (e.g. a member's experiences by member id) with one call per batch;
/// a key the batch does not return loads an empty array.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The type of each value.</typeparam>
/// <param name="scheduler">The request's batch scheduler (injected).</param>
/// <param name="keyComparer">Compares keys; the default comparer when omitted.</param>
public abstract class GroupedDataLoader<TKey, TValue>(IBatchScheduler scheduler, IEqualityComparer<TKey>? keyComparer = null)
    : DataLoaderBase<TKey, TValue[]>(scheduler, keyComparer)
    where TKey : notnull
{
    /// <summary>Loads the values of a batch of distinct keys, grouped by key.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The values, grouped by key.</returns>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue[][]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue[keys.Count][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = groups.Contains(keys[i]) ? [.. groups[keys[i]]] : [];
        }

        return values;
    }
}
