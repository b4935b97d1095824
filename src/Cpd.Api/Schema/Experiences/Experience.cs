using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>Something a member did beyond home: a placement, mentoring, a peer challenge or learning.</summary>
[GraphQLDescription("Something the member did beyond home. Period kinds (SECONDMENT, SHADOWING, JOINT_WORK, MENTORING) have start, end (null = ongoing) and fte; event kinds (PEER_CHALLENGE, LEARNING_EVENT, CPD_ACTIVITY) have date and hours.")]
public sealed class Experience : INode
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The member's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>When it was withdrawn, if it was.</summary>
    [GraphQLDescription("When the member withdrew it (it no longer counts); null while it counts.")]
    public Instant? WithdrawnAt { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Experience>(), DatabaseId);

    /// <summary>The kind.</summary>
    public ExperienceKind Kind { get; init; }

    /// <summary>A short title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The host (placements) or peer organisation (peer challenges).</summary>
    public Organisation? HostOrganisation { get; init; }

    /// <summary>The counterpart's sector (mentoring).</summary>
    public Sector? CounterpartSector { get; init; }

    /// <summary>The counterpart's profession (mentoring), if given.</summary>
    public Profession? CounterpartProfession { get; init; }

    /// <summary>The counterpart's name (mentoring).</summary>
    public string? CounterpartName { get; init; }

    /// <summary>The profession practised on a placement, if given.</summary>
    public Profession? Profession { get; init; }

    /// <summary>The member's role (mentoring, peer challenge).</summary>
    public ExperienceRole? Role { get; init; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; init; }

    /// <summary>The last day, or null while a period experience is ongoing.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The day of an event kind; null for period kinds.</summary>
    public LocalDate? Date => Fte is null ? Start : null;

    /// <summary>The full-time equivalent of a period kind.</summary>
    public decimal? Fte { get; init; }

    /// <summary>The hours of an event kind.</summary>
    public decimal? Hours { get; init; }

    /// <summary>Learning categories (learning kinds).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Codes of the sectors involved (learning events).</summary>
    public IReadOnlyList<string> SectorsInvolved { get; init; } = [];

    /// <summary>Confirmations and disputes, oldest first.</summary>
    public IReadOnlyList<Attestation> Attestations { get; init; } = [];

    /// <summary>The highest level a confirmation gives (<c>SELF_DECLARED</c> without one).</summary>
    public VerificationLevel Verification
    {
        get
        {
            var level = VerificationLevel.SelfDeclared;
            foreach (var a in Attestations)
            {
                if (a.Outcome == Persistence.Entities.AttestationOutcome.Confirmed && a.Level > level)
                {
                    level = a.Level;
                }
            }

            return level;
        }
    }

    /// <summary>Whether the member withdrew it (it then counts for nothing).</summary>
    public bool Withdrawn => WithdrawnAt is not null;

    /// <summary>The optimistic-concurrency version.</summary>
    public long Version { get; init; }
}
