using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>An award: the scheme, the version it was judged against, the award date and expiry.</summary>
public sealed class AwardRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public long SchemeId { get; set; }

    public SchemeRecord? Scheme { get; set; }

    public long SchemeVersionId { get; set; }

    public SchemeVersionRecord? SchemeVersion { get; set; }

    public long? ApplicationId { get; set; }

    public ApplicationRecord? Application { get; set; }

    public LocalDate AwardedOn { get; set; }

    public LocalDate ExpiresOn { get; set; }
}
