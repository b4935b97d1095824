namespace Cpd.GraphQL.AspNetCore.DataLoaders;

/// <summary>A DataLoader: it batches the keys requested while the request has synchronous work left and caches what it loaded for the rest of the request.</summary>
public interface IDataLoader
{
    /// <summary>Forgets every cached value (e.g. after a mutation changed them).</summary>
    void ClearCache();
}
