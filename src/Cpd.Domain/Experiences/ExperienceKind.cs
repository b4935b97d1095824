namespace Cpd.Domain.Experiences;

/// <summary>
/// The kinds of experience beyond home. Period-like kinds (<see cref="Secondment"/>, <see cref="Shadowing"/>, <see cref="JointWork"/>,
/// <see cref="Mentoring"/>) have a start, an optional end and an FTE and earn FTE-days; event-like kinds (<see cref="PeerChallenge"/>,
/// <see cref="LearningEvent"/>, <see cref="CpdActivity"/>) happen on one date and have hours.
/// </summary>
public enum ExperienceKind
{
    /// <summary>Working in a host organisation for a period (<c>SECONDMENT</c>).</summary>
    Secondment = 1,

    /// <summary>Observing someone's work in a host organisation (<c>SHADOWING</c>).</summary>
    Shadowing = 2,

    /// <summary>An integrated team or joint project with a partner organisation (<c>JOINT_WORK</c>).</summary>
    JointWork = 3,

    /// <summary>
    /// A mentoring relationship as mentor or mentee with a counterpart of a sector/profession (<c>MENTORING</c>).
    /// Period-like because a relationship runs over months; its FTE is the time commitment (often small, e.g. 0.02).
    /// </summary>
    Mentoring = 4,

    /// <summary>
    /// A peer challenge as reviewer or host (<c>PEER_CHALLENGE</c>). Event-like: it is dated by its on-site review and measured in hours.
    /// </summary>
    PeerChallenge = 5,

    /// <summary>A cross-sector learning event with hours, categories and the sectors involved (<c>LEARNING_EVENT</c>).</summary>
    LearningEvent = 6,

    /// <summary>Any other learning, with hours and categories (<c>CPD_ACTIVITY</c>).</summary>
    CpdActivity = 7,
}
