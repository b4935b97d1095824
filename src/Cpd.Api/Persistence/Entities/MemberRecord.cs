using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>A professional with a career record.</summary>
public sealed class MemberRecord : IVersionedRecord
{
    public long Id { get; set; }

    public string DisplayName { get; set; } = "";

    public string? WorkEmail { get; set; }

    /// <summary>A professional body's registration number (unique when set); survives a change of employer.</summary>
    public string? ProfessionalRegistration { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant UpdatedAt { get; set; }

    public long Version { get; set; }

    public List<EmploymentRecord> Employments { get; set; } = [];

    public List<ExperienceRecord> Experiences { get; set; } = [];

    public List<ReflectionRecord> Reflections { get; set; } = [];

    public List<ConnectionRecord> Connections { get; set; } = [];

    public List<MemberExternalIdRecord> ExternalIds { get; set; } = [];

    /// <summary>The member's applications (navigation for access rules: an assessor sees applicants to its body).</summary>
    public List<ApplicationRecord> Applications { get; set; } = [];

    /// <summary>The access grants the member gave (navigation for access rules: an assessor sees members who granted its body access).</summary>
    public List<AccessGrantRecord> AccessGrants { get; set; } = [];
}
