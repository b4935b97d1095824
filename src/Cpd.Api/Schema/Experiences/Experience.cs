using Cpd.Api.Schema.Common;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>
/// An experience as its mutations return it (GraphQL output, mapped from <c>ExperienceRecord</c>). A minimal type until
/// the read side's <c>Experience</c> (with host organisation, boundaries, attestations and reflection) replaces it.
/// </summary>
[GraphQLDescription("Something a member did beyond home: a secondment, shadowing, joint work, mentoring, peer challenge, learning event or other CPD activity.")]
public sealed class Experience
{
    /// <summary>The database id (not exposed; <see cref="Id"/> is its global form).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The global id.</summary>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Experience>(), DatabaseId);

    /// <summary>The kind.</summary>
    public ExperienceKind Kind { get; init; }

    /// <summary>The title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The first day (the date of an event).</summary>
    public LocalDate Start { get; init; }

    /// <summary>The last day; null while ongoing.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The full-time equivalent of a period experience.</summary>
    public decimal? Fte { get; init; }

    /// <summary>The hours of an event.</summary>
    public decimal? Hours { get; init; }

    /// <summary>The highest level among its confirmed attestations.</summary>
    [GraphQLDescription("The highest level among its confirmed attestations (SELF_DECLARED when none).")]
    public VerificationLevel Verification { get; init; }

    /// <summary>When it was withdrawn; null while it counts.</summary>
    [GraphQLDescription("When the member withdrew it (it no longer counts); null while it counts.")]
    public Instant? WithdrawnAt { get; init; }

    /// <summary>The version to send as <c>expectedVersion</c>.</summary>
    [GraphQLDescription("The version to send as expectedVersion when changing it.")]
    public long Version { get; init; }
}
