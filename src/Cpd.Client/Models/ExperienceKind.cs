using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>What kind of experience beyond the member's home employment (GraphQL <c>ExperienceKind</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ExperienceKind>))]
public enum ExperienceKind
{
    /// <summary>Working in another organisation for a period (period-like).</summary>
    Secondment,

    /// <summary>Following someone in another organisation, sector or profession (period-like).</summary>
    Shadowing,

    /// <summary>An integrated team or joint project across boundaries (period-like).</summary>
    JointWork,

    /// <summary>Mentoring as mentor or mentee, with a counterpart sector or profession (period-like).</summary>
    Mentoring,

    /// <summary>A peer challenge, as reviewer or host (event-like).</summary>
    PeerChallenge,

    /// <summary>A cross-sector learning event, with hours and the sectors involved (event-like).</summary>
    LearningEvent,

    /// <summary>Other learning, with hours (event-like).</summary>
    CpdActivity,
}
