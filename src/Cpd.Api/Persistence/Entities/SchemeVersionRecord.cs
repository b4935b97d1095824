using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>A published, immutable version of a scheme: effective date, validity and the requirement tree (JSON).</summary>
public sealed class SchemeVersionRecord
{
    public long Id { get; set; }

    public long SchemeId { get; set; }

    public SchemeRecord? Scheme { get; set; }

    public int Number { get; set; }

    public LocalDate EffectiveFrom { get; set; }

    public Period Validity { get; set; } = Period.Zero;

    public string RequirementJson { get; set; } = "";

    public Instant PublishedAt { get; set; }
}
