using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Common;
using ApplicationStatus = Cpd.Domain.Accreditation.ApplicationStatus;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Applications;

/// <summary>A member's application (GraphQL output, mapped from <c>ApplicationRecord</c>).</summary>
[GraphQLDescription("A member's application for a scheme version, with the eligibility report snapshotted when applying, and the assessor's decision.")]
public sealed class Application : INode
{
    /// <summary>The database id (not exposed; <see cref="Id"/> is its global form).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The applicant's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The stored snapshot (JSON).</summary>
    [GraphQLIgnore]
    public string SnapshotJson { get; init; } = "";

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Application>(), DatabaseId);

    /// <summary>The scheme applied for.</summary>
    public Scheme Scheme { get; init; } = new();

    /// <summary>The version applied for (the one effective on the day of applying).</summary>
    public SchemeVersion SchemeVersion { get; init; } = new();

    /// <summary>PENDING, AWARDED or REFUSED.</summary>
    public ApplicationStatus Status { get; init; }

    /// <summary>The day of applying.</summary>
    [GraphQLDescription("The day of applying (in UTC).")]
    public LocalDate SubmittedOn { get; init; }

    /// <summary>The eligibility snapshotted when applying.</summary>
    [GraphQLDescription("The eligibility report taken when applying (evaluated against schemeVersion on submittedOn).")]
    public ApplicationSnapshot Snapshot => ApplicationSnapshot.From(SnapshotJson, SubmittedOn);

    /// <summary>When it was decided.</summary>
    public Instant? DecidedAt { get; init; }

    /// <summary>The decision: AWARD or REFUSE; null while pending.</summary>
    public ApplicationDecision? Decision => Status switch
    {
        ApplicationStatus.Awarded => ApplicationDecision.Award,
        ApplicationStatus.Refused => ApplicationDecision.Refuse,
        _ => null,
    };

    /// <summary>The assessor's reason: why refused, or why awarded although the snapshot was not eligible.</summary>
    [GraphQLDescription("The assessor's reason: why it was refused, or why it was awarded although the snapshot was not eligible (an override); null otherwise.")]
    public string? Reason { get; init; }

    /// <summary>Increases with every change; pass it as expectedVersion to decideApplication.</summary>
    [GraphQLDescription("Increases with every change; pass it as expectedVersion to decideApplication.")]
    public long Version { get; init; }
}
