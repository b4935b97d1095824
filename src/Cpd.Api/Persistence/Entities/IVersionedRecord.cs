namespace Cpd.Api.Persistence.Entities;

/// <summary>
/// A record that members and HR systems both edit: <see cref="Version"/> is its optimistic concurrency token,
/// incremented on every update (see <see cref="CpdDbContext.Bump{T}(T)"/>).
/// </summary>
public interface IVersionedRecord
{
    /// <summary>The version the row had when it was read; an update is refused when the row moved on meanwhile.</summary>
    long Version { get; set; }
}
