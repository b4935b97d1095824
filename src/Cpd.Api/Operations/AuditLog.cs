using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Members;
using NodaTime;

namespace Cpd.Api.Operations;

/// <summary>
/// Writes the audit trail: every write adds one <see cref="AuditEntryRecord"/> (who, what, which target, when, a summary)
/// to the <em>same</em> <see cref="CpdDbContext"/> as the change, so that it commits or rolls back with it. A singleton.
/// </summary>
/// <example>
/// <code>
/// db.Experiences.Add(record);
/// await auditLog.RecordAsync(db, caller, "logSecondment", "Experience", record.Id, $"Secondment '{record.Title}'", ct);
/// await db.SaveChangesAsync(ct);   // both rows, one transaction
/// </code>
/// </example>
public sealed class AuditLog(IdAllocator ids, IClock clock)
{
    /// <summary>The longest summary kept; a longer one is cut with an ellipsis.</summary>
    public const int MaxSummaryLength = 2000;

    private const int MaxLabelLength = 100;

    /// <summary>
    /// Adds an entry to <paramref name="db"/> (not saved: the caller's <c>SaveChanges</c> commits it with the change).
    /// </summary>
    /// <param name="db">The context that holds the change.</param>
    /// <param name="actor">Who made the change.</param>
    /// <param name="action">What was done, as a stable name (the mutation's name, e.g. <c>logSecondment</c>).</param>
    /// <param name="targetType">The kind of object changed (e.g. <c>Experience</c>).</param>
    /// <param name="targetId">The object's id, if it has one.</param>
    /// <param name="summary">A short human description; never a secret, never reflection text.</param>
    /// <param name="cancellationToken">Cancels the id allocation.</param>
    /// <returns>The entry added.</returns>
    public async ValueTask<AuditEntryRecord> RecordAsync(CpdDbContext db, Caller actor, string action, string targetType, long? targetId,
        string summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetType);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(action.Length, MaxLabelLength, nameof(action));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetType.Length, MaxLabelLength, nameof(targetType));
        var entry = new AuditEntryRecord
        {
            Id = await ids.NextAsync<AuditEntryRecord>(db, cancellationToken).ConfigureAwait(false),
            At = clock.GetCurrentInstant(),
            ActorRole = actor.Role.ToName(),
            ActorKeyId = actor.KeyId,
            ActorName = actor.Name.Length <= Member.MaxDisplayNameLength ? actor.Name : actor.Name[..Member.MaxDisplayNameLength],
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Summary = summary.Length <= MaxSummaryLength ? summary : string.Concat(summary.AsSpan(0, MaxSummaryLength - 1), "…"),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
