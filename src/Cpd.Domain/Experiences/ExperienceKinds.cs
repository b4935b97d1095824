namespace Cpd.Domain.Experiences;

/// <summary>Facts about <see cref="ExperienceKind"/> values.</summary>
public static class ExperienceKinds
{
    /// <summary>Gets every kind, in declaration order.</summary>
    public static IReadOnlyList<ExperienceKind> All { get; } =
    [
        ExperienceKind.Secondment, ExperienceKind.Shadowing, ExperienceKind.JointWork, ExperienceKind.Mentoring,
        ExperienceKind.PeerChallenge, ExperienceKind.LearningEvent, ExperienceKind.CpdActivity,
    ];

    /// <summary>Returns whether the kind has a start, optional end and FTE (rather than a date and hours).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for period-like kinds.</returns>
    public static bool IsPeriodLike(this ExperienceKind kind) => kind is >= ExperienceKind.Secondment and <= ExperienceKind.Mentoring;

    /// <summary>Returns whether the kind is a learning record (it has hours that count as learning hours).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for <see cref="ExperienceKind.LearningEvent"/> and <see cref="ExperienceKind.CpdActivity"/>.</returns>
    public static bool IsLearning(this ExperienceKind kind) => kind is ExperienceKind.LearningEvent or ExperienceKind.CpdActivity;

    /// <summary>Returns whether the value is a defined kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when defined.</returns>
    public static bool IsDefined(this ExperienceKind kind) => kind is >= ExperienceKind.Secondment and <= ExperienceKind.CpdActivity;

    /// <summary>Returns the API name of the kind, e.g. <c>JOINT_WORK</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The upper snake-case name.</returns>
    public static string ToCode(this ExperienceKind kind) => kind switch
    {
        ExperienceKind.Secondment => "SECONDMENT",
        ExperienceKind.Shadowing => "SHADOWING",
        ExperienceKind.JointWork => "JOINT_WORK",
        ExperienceKind.Mentoring => "MENTORING",
        ExperienceKind.PeerChallenge => "PEER_CHALLENGE",
        ExperienceKind.LearningEvent => "LEARNING_EVENT",
        ExperienceKind.CpdActivity => "CPD_ACTIVITY",
        _ => "UNKNOWN",
    };

    /// <summary>Returns the lower-case English noun of the kind for explanations, e.g. <c>joint work</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The noun.</returns>
    public static string ToNoun(this ExperienceKind kind) => kind switch
    {
        ExperienceKind.Secondment => "secondment",
        ExperienceKind.Shadowing => "shadowing",
        ExperienceKind.JointWork => "joint work",
        ExperienceKind.Mentoring => "mentoring",
        ExperienceKind.PeerChallenge => "peer challenge",
        ExperienceKind.LearningEvent => "learning event",
        ExperienceKind.CpdActivity => "CPD activity",
        _ => "experience",
    };
}
