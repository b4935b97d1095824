using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>One write: who (role, key, name), what (action, target), when, and a summary.</summary>
public sealed class AuditEntryRecord
{
    public long Id { get; set; }

    public Instant At { get; set; }

    public string ActorRole { get; set; } = "";

    public long? ActorKeyId { get; set; }

    public string ActorName { get; set; } = "";

    public string Action { get; set; } = "";

    public string TargetType { get; set; } = "";

    public long? TargetId { get; set; }

    public string Summary { get; set; } = "";
}
