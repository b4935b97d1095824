using Cpd.Domain.Reflections;
using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>What worked, what did not, what the member would do differently; private by default.</summary>
public sealed class ReflectionRecord : IVersionedRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public long? ExperienceId { get; set; }

    public ExperienceRecord? Experience { get; set; }

    public string? WhatWorked { get; set; }

    public string WhatDidNotWork { get; set; } = "";

    public string? WhatIdDoDifferently { get; set; }

    public ReflectionVisibility Visibility { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant UpdatedAt { get; set; }

    public long Version { get; set; }
}
